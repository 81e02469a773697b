/**
 * PostgreSQL against SQLite on the same real articles: N ingest processes at once into one
 * PostgreSQL database (each on its share of the files, in its own folder) against one ingest of
 * all of them into SQLite, in articles/s and their ratio; then query latencies on both, each the
 * median of a few runs, beside a bare `node -e 0`.
 *
 *   npm run bench:postgres -- DIR [--writers N] [--jobs J]
 *
 * DIR holds article files (e.g. PolNeAR texts from write-texts.js). A throwaway PostgreSQL server
 * is started from the installed binaries, or $CORPUS_TEST_POSTGRES is used (a URL whose user may
 * create databases). --jobs is each PostgreSQL writer's analysis workers (default 1: the writers
 * share the cores); the SQLite ingest keeps its default (a worker per core).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { latency, measure, measureAll } from './measure.js';
import { createDatabase, startPostgres, type PostgresServer } from './postgres-server.js';

const BIN = resolve('bin/corpus.js');
const QUERY_RUNS = 5;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { writers: { type: 'string' }, jobs: { type: 'string' } } });
  const source = positionals[0];
  const writers = Number(values.writers ?? 4);
  if (source === undefined || !Number.isInteger(writers) || writers < 1) {
    process.stderr.write('usage: npm run bench:postgres -- DIR [--writers N] [--jobs J]\n');
    process.exitCode = 2;
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'corpus-bench-pg-'));
  let server: PostgresServer | undefined;
  try {
    // Each writer its own folder, the files dealt out in turn.
    const files = readdirSync(source).filter((f) => /\.(txt|md|html?)$/i.test(f)).sort();
    const folders = Array.from({ length: writers }, (_, i) => join(work, `share-${i}`));
    folders.forEach((f) => mkdirSync(f));
    files.forEach((file, i) => copyFileSync(join(source, file), join(folders[i % writers] as string, file)));
    console.log(`${files.length} articles from ${source}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);

    let admin = process.env['CORPUS_TEST_POSTGRES'] ?? '';
    if (admin === '') {
      server = await startPostgres();
      admin = server.url;
    }
    const sqlite = join(work, 'corpus.db');
    const lite = measure(work, [BIN, 'ingest', ...folders, '--db', sqlite, '--quiet']);
    console.log(`SQLite, 1 ingest (default --jobs): ${lite.seconds.toFixed(1)} s, ${(files.length / lite.seconds).toFixed(1)} articles/s, CPU ${lite.cpu.toFixed(1)} s`);

    const jobs = ['--jobs', values.jobs ?? '1'];
    const one = await createDatabase(admin, 'corpus_bench_one');
    const single = await measureAll(work, [[BIN, 'ingest', ...folders, '--db', one, '--quiet', ...jobs]]);
    console.log(`PostgreSQL, 1 ingest (${jobs.join(' ')}): ${single.seconds.toFixed(1)} s, ${(files.length / single.seconds).toFixed(1)} articles/s, CPU ${single.cpu.toFixed(1)} s (corpus only)`);

    const url = await createDatabase(admin, 'corpus_bench');
    const many = await measureAll(work, folders.map((folder) => [BIN, 'ingest', folder, '--db', url, '--quiet', ...jobs]));
    const rate = files.length / many.seconds;
    console.log(`PostgreSQL, ${writers} ingests at once (${jobs.join(' ')} each): ${many.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s, CPU ${many.cpu.toFixed(1)} s (corpus only, all ${writers})`);
    console.log(`ratio PostgreSQL ×${writers} / SQLite ×1: ${(rate / (files.length / lite.seconds)).toFixed(2)}`);

    const stats = (db: string): string => measure(work, [BIN, 'stats', '--db', db, '--format', 'json']).stdout;
    console.log(`stats of the one PostgreSQL ingest equal SQLite's: ${stats(sqlite) === stats(one) ? 'yes' : 'NO'}`);
    const figures = (db: string): Record<string, unknown> => {
      const { top_speakers: _top, ...counts } = JSON.parse(stats(db)) as Record<string, unknown>;
      return counts;
    };
    // Where the order articles are stored in matters (see docs/schema.md), concurrent writers differ from one run.
    console.log(`counts after ${writers} ingests at once: ${JSON.stringify(figures(url))}; after one: ${JSON.stringify(figures(sqlite))}`);
    const top = (JSON.parse(stats(sqlite)) as { top_speakers: { speaker: string }[] }).top_speakers[0]?.speaker ?? 'Nobody';
    const surname = top.split(' ').at(-1) ?? top;
    const bare = latency(work, ['-e', '0'], QUERY_RUNS);
    console.log(`node -e 0: ${bare.ms.toFixed(0)} ms (median of ${QUERY_RUNS})`);
    const queries: [string, string[]][] = [
      [`--speaker ${surname}`, ['--speaker', surname]],
      [`--entity ${surname} --limit 20`, ['--entity', surname, '--limit', '20']],
      ['--text "minister"', ['--text', 'minister']],
      ['--speaker Nobodyknown (no rows)', ['--speaker', 'Nobodyknown']],
      ['stats', []],
    ];
    for (const [label, args] of queries) {
      const command = (db: string): string[] => (label === 'stats' ? [BIN, 'stats', '--db', db, '--format', 'json'] : [BIN, 'query', ...args, '--db', db, '--format', 'ndjson']);
      const a = latency(work, command(sqlite), QUERY_RUNS);
      const b = latency(work, command(url), QUERY_RUNS);
      console.log(`${label.padEnd(34)} SQLite ${a.ms.toFixed(0).padStart(5)} ms, PostgreSQL ${b.ms.toFixed(0).padStart(5)} ms (${b.rows} rows; ${(b.ms / a.ms).toFixed(2)}x)`);
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end`);
  } finally {
    server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
