/**
 * Scale: makes N distinct articles by recombining the fixture articles' sentences, ingests
 * them with the CLI into a new database and reports ingest time and peak RSS, an unchanged
 * re-run's time per file, the database size per article, and query latencies (--speaker,
 * --entity, --text) against a bare `node -e 0` on the same machine, each the median of a few runs.
 *
 *   npm run bench:scale -- --articles N [--jobs J] [--keep DIR]
 *
 * --keep DIR keeps (and on a later run reuses) the generated articles and database there.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { analyze } from '../src/pipeline.js';
import { sourceFromString } from '../src/read/load.js';
import { latency, measure } from './measure.js';

const BIN = resolve('bin/corpus.js');
const FIXTURES = resolve('fixtures/articles');
const FILES_PER_FOLDER = 1000;
const QUERY_RUNS = 5;
const MS_PER_S = 1000;
const KB = 1024;
const PARAGRAPHS = [4, 9] as const;
const SENTENCES_PER_PARAGRAPH = [1, 3] as const;

/** A small fixed-seed generator (mulberry32), so article N is the same text on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The fixtures' body sentences, as the pipeline splits them. */
function fixtureSentences(): string[] {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const article = analyze(sourceFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text', name));
      return article.sentences.map((s) => article.text.slice(s.start, s.end).trim()).filter((s) => s.length > 0);
    });
}

/** Article `i`: a headline and paragraphs of sentences drawn from the pool; its serial line makes it distinct. */
function article(i: number, pool: readonly string[]): string {
  const next = random(i + 1);
  const pick = (): string => pool[Math.floor(next() * pool.length)] ?? '';
  const between = ([lo, hi]: readonly [number, number]): number => lo + Math.floor(next() * (hi - lo + 1));
  const paragraphs = Array.from({ length: between(PARAGRAPHS) }, () => Array.from({ length: between(SENTENCES_PER_PARAGRAPH) }, pick).join(' '));
  return `${pick().replace(/[.!?”"]+$/, '')}\n\n${paragraphs.join('\n\n')}\n\n(Serial ${i}.)\n`;
}

function generate(dir: string, n: number): number {
  const pool = fixtureSentences();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const folder = join(dir, String(Math.floor(i / FILES_PER_FOLDER)).padStart(5, '0'));
    if (i % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const text = article(i, pool);
    writeFileSync(join(folder, `a${i}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, jobs: { type: 'string' }, keep: { type: 'string' } } });
  const n = Number(values.articles);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write('usage: npm run bench:scale -- --articles N [--jobs J] [--keep DIR]\n');
    process.exitCode = 2;
    return;
  }
  const work = values.keep !== undefined ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'corpus-scale-'));
  mkdirSync(work, { recursive: true });
  const dir = join(work, `articles-${n}`);
  const db = join(work, `corpus-${n}.db`);
  const jobs = values.jobs !== undefined ? ['--jobs', values.jobs] : [];
  try {
    const t0 = performance.now();
    const reuse = values.keep !== undefined && existsSync(dir);
    const bytes = reuse ? 0 : generate(dir, n);
    const made = (performance.now() - t0) / MS_PER_S;
    console.log(reuse ? `${n} articles reused from ${dir}` : `${n} articles, ${(bytes / 1e6).toFixed(1)} MB, made in ${made.toFixed(1)} s`);
    if (!reuse || !existsSync(db)) {
      rmSync(db, { force: true });
      const ingest = measure(work, [BIN, 'ingest', dir, '--db', db, '--quiet', ...jobs], [0, 3]);
      console.log(`ingest: ${ingest.seconds.toFixed(1)} s, ${(n / ingest.seconds).toFixed(0)} articles/s, peak RSS ${ingest.rssMb.toFixed(0)} MB`);
    }
    const again = measure(work, [BIN, 'ingest', dir, '--db', db, '--quiet', ...jobs], [0, 3]);
    console.log(`unchanged re-run: ${again.seconds.toFixed(1)} s, ${((again.seconds * MS_PER_S) / n).toFixed(3)} ms/file (process start included), peak RSS ${again.rssMb.toFixed(0)} MB`);
    const size = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
    console.log(`database: ${(size / 1e6).toFixed(0)} MB, ${(size / n / KB).toFixed(1)} KB per article`);
    const stats = JSON.parse(measure(work, [BIN, 'stats', '--db', db, '--format', 'json']).stdout) as { top_speakers: { speaker: string }[] };
    const speaker = stats.top_speakers[0]?.speaker ?? 'Nobody';
    const surname = speaker.split(' ').at(-1) ?? speaker;
    const bare = latency(work, ['-e', '0'], QUERY_RUNS);
    console.log(`node -e 0: ${bare.ms.toFixed(0)} ms (median of ${QUERY_RUNS})`);
    const queries: [string, string[]][] = [
      [`--speaker ${surname}`, ['--speaker', surname]],
      [`--entity ${surname}`, ['--entity', surname]],
      ['--text "minister"', ['--text', 'minister']],
      [`--speaker ${surname} --limit 20`, ['--speaker', surname, '--limit', '20']],
      [`--entity ${surname} --limit 20`, ['--entity', surname, '--limit', '20']],
      ['--speaker Nobodyknown (no rows)', ['--speaker', 'Nobodyknown']],
      ['--text "minister" --limit 20', ['--text', 'minister', '--limit', '20']],
    ];
    for (const [label, args] of queries) {
      const q = latency(work, [BIN, 'query', ...args, '--db', db, '--format', 'ndjson'], QUERY_RUNS);
      console.log(`query ${label.padEnd(34)} ${q.ms.toFixed(0).padStart(6)} ms  ${(q.ms / bare.ms).toFixed(2)}x node -e 0  (${q.rows} rows)`);
    }
  } finally {
    if (values.keep === undefined) rmSync(work, { recursive: true, force: true });
  }
}

main();
