/**
 * Ingest throughput: articles/s and MB/s of `corpus ingest` (first run, then an unchanged
 * re-run) over a folder of articles copied until there are TARGET_ARTICLES, against a peer in
 * the same process tree: a child process that only reads each file and inserts its text into
 * SQLite (no analysis, one table, one transaction per file), the floor of any ingest.
 *
 *   npx tsc -p tsconfig.bench.json && node dist/bench/scripts/bench-ingest.js FOLDER
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Enough articles that process start-up is a small share of the run. */
const TARGET_ARTICLES = 2000;
const BYTES_PER_MB = 1_000_000;
const MS_PER_S = 1000;
const BIN = resolve('bin/corpus.js');

const PEER_SOURCE = `
const Database = require(${JSON.stringify(resolve('node_modules/better-sqlite3'))});
const fs = require('node:fs'); const path = require('node:path');
const [dir, dbPath] = process.argv.slice(1);
const db = new Database(dbPath); db.pragma('journal_mode = WAL');
db.exec('CREATE TABLE IF NOT EXISTS raw (path TEXT PRIMARY KEY, text TEXT)');
const insert = db.prepare('INSERT OR REPLACE INTO raw VALUES (?, ?)');
for (const name of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  db.transaction(() => insert.run(file, fs.readFileSync(file, 'utf8')))();
}
db.close();`;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / MS_PER_S;
}

function main(folder: string | undefined): void {
  if (folder === undefined) {
    process.stderr.write('usage: node dist/bench/scripts/bench-ingest.js FOLDER_OF_TXT_FILES\n');
    process.exitCode = 2;
    return;
  }
  const texts = readdirSync(folder).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(folder, n), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'corpus-bench-'));
  try {
    const dir = join(work, 'articles');
    mkdirSync(dir);
    let bytes = 0;
    for (let i = 0; i < TARGET_ARTICLES; i++) {
      // A distinct last line makes every copy a distinct article.
      const text = `${texts[i % texts.length] ?? ''}\n(Copy ${i}.)\n`;
      writeFileSync(join(dir, `a${i}.txt`), text);
      bytes += Buffer.byteLength(text);
    }
    const mb = bytes / BYTES_PER_MB;
    const db = join(work, 'corpus.db');
    const corpus = (): void => void execFileSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--quiet']);
    const first = timed(corpus);
    const again = timed(corpus);
    const peer = timed(() => void execFileSync(process.execPath, ['-e', PEER_SOURCE, dir, join(work, 'peer.db')]));
    const row = (name: string, s: number): string =>
      `${name.padEnd(36)}${(TARGET_ARTICLES / s).toFixed(0).padStart(12)}${(mb / s).toFixed(2).padStart(10)}${s.toFixed(2).padStart(9)}`;
    console.log(`${TARGET_ARTICLES} articles, ${mb.toFixed(2)} MB`);
    console.log(`${'run'.padEnd(36)}${'articles/s'.padStart(12)}${'MB/s'.padStart(10)}${'s'.padStart(9)}`);
    console.log(row('corpus ingest (new database)', first));
    console.log(row('corpus ingest (unchanged re-run)', again));
    console.log(row('peer: read + insert raw text', peer));
    console.log(`ingest at ${(peer / first).toFixed(2)}x the peer's speed; unchanged re-run at ${(peer / again).toFixed(2)}x`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv[2]);
