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
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { measure, median } from './measure.js';
import { startPostgres, type PostgresServer } from './postgres-server.js';

const BIN = resolve('bin/corpus.js');
const QUERY_RUNS = 5;
const MS_PER_S = 1000;

/** Runs N ingests at once; the wall time from the first start to the last exit. */
async function parallel(commands: readonly string[][]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    commands.map(
      (args) =>
        new Promise<void>((done, fail) => {
          const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('close', (code) => (code === 0 ? done() : fail(new Error(`corpus ${args.join(' ')} exited ${code}: ${stderr}`))));
        }),
    ),
  );
  return (performance.now() - started) / MS_PER_S;
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function latency(work: string, args: readonly string[]): { ms: number; rows: number } {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < QUERY_RUNS; i++) {
    const m = measure(work, args, [0, 1]);
    times.push(m.seconds * MS_PER_S);
    rows = m.stdout.split('\n').filter(Boolean).length;
  }
  return { ms: median(times), rows };
}

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
    console.log(`SQLite, 1 ingest (default --jobs): ${lite.seconds.toFixed(1)} s, ${(files.length / lite.seconds).toFixed(1)} articles/s`);

    const jobs = ['--jobs', values.jobs ?? '1'];
    const one = await createDatabase(admin, 'corpus_bench_one');
    const single = await parallel([['ingest', ...folders, '--db', one, '--quiet', ...jobs]]);
    console.log(`PostgreSQL, 1 ingest (${jobs.join(' ')}): ${single.toFixed(1)} s, ${(files.length / single).toFixed(1)} articles/s`);

    const url = await createDatabase(admin, 'corpus_bench');
    const seconds = await parallel(folders.map((folder) => ['ingest', folder, '--db', url, '--quiet', ...jobs]));
    const rate = files.length / seconds;
    console.log(`PostgreSQL, ${writers} ingests at once (${jobs.join(' ')} each): ${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s`);
    console.log(`ratio PostgreSQL ×${writers} / SQLite ×1: ${(rate / (files.length / lite.seconds)).toFixed(2)}`);

    const stats = (db: string): string => measure(work, [BIN, 'stats', '--db', db, '--format', 'json']).stdout;
    console.log(`same stats in both: ${stats(sqlite) === stats(url) ? 'yes' : 'NO'}`);
    const top = (JSON.parse(stats(sqlite)) as { top_speakers: { speaker: string }[] }).top_speakers[0]?.speaker ?? 'Nobody';
    const surname = top.split(' ').at(-1) ?? top;
    const bare = latency(work, ['-e', '0']);
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
      const a = latency(work, command(sqlite));
      const b = latency(work, command(url));
      console.log(`${label.padEnd(34)} SQLite ${a.ms.toFixed(0).padStart(5)} ms, PostgreSQL ${b.ms.toFixed(0).padStart(5)} ms (${b.rows} rows; ${(b.ms / a.ms).toFixed(2)}x)`);
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end`);
  } finally {
    server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
