/**
 * The store alone: the same articles, analysed once outside the timer, saved into a new SQLite
 * database by this checkout's writer and by another built checkout's, in turn, each round; the
 * CPU time of the saving (less sensitive than wall time to a shared machine), median of the rounds.
 *
 *   npm run bench:store -- DIR --baseline OTHER_CHECKOUT [--rounds N]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/model.js';
import { analyze } from '../src/pipeline.js';
import { sourceFromString } from '../src/read/load.js';
import { median } from './measure.js';

const DEFAULT_ROUNDS = 7;
const US_PER_MS = 1000;

/** What a checkout's store offers the benchmark, as its built modules export it. */
interface Store {
  label: string;
  open: { openDatabase(path: string): { close(): unknown } };
  write: { ArticleWriter: new (db: unknown) => { save(a: Article, info: object, file: object): unknown; flushSearchIndex(): void } };
  batch: { WriteBatch: new (db: unknown, beforeCommit: () => void) => { run<T>(work: () => T): T; commit(): void } };
}

async function load(label: string, dist: string): Promise<Store> {
  const from = (module: string): Promise<never> => import(join(dist, 'store', module)) as Promise<never>;
  return { label, open: await from('open.js'), write: await from('write.js'), batch: await from('batch.js') };
}

/** CPU milliseconds of saving every article, in batches as an ingest does. */
function save(store: Store, articles: readonly Article[], names: readonly string[], path: string): number {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const db = store.open.openDatabase(path);
  const started = process.cpuUsage();
  const writer = new store.write.ArticleWriter(db);
  const batch = new store.batch.WriteBatch(db, () => writer.flushSearchIndex());
  articles.forEach((article, i) => batch.run(() => writer.save(article, { format: 'text', encoding: 'utf-8' }, { path: names[i], size: 1, mtimeMs: 1 })));
  batch.commit();
  const used = process.cpuUsage(started);
  db.close();
  return (used.user + used.system) / US_PER_MS;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { baseline: { type: 'string' }, rounds: { type: 'string' } } });
  const dir = positionals[0];
  if (dir === undefined || values.baseline === undefined) {
    process.stderr.write('usage: npm run bench:store -- DIR --baseline OTHER_CHECKOUT [--rounds N]\n');
    process.exitCode = 2;
    return;
  }
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const articles = names.map((name) => analyze(sourceFromString(readFileSync(join(dir, name), 'utf8'), 'text', name)));
  const stores = [await load('this checkout', resolve('dist/bench/src')), await load(values.baseline, join(resolve(values.baseline), 'dist'))];
  const work = mkdtempSync(join(tmpdir(), 'corpus-bench-store-'));
  const cpu = new Map<string, number[]>(stores.map((s) => [s.label, []]));
  try {
    for (let round = 0; round < Number(values.rounds ?? DEFAULT_ROUNDS); round++) {
      for (const store of stores) cpu.get(store.label)?.push(save(store, articles, names, join(work, 'corpus.db')));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`${articles.length} articles from ${dir}`);
  for (const [label, times] of cpu) console.log(`${label}: CPU ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(times).toFixed(0)} ms`);
}

await main();
