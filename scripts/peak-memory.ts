/**
 * Peak memory (#13): the peak resident set size of `corpus ingest` and `corpus analyze` on one
 * long article, built by joining the bundled fixture articles until it reaches SIZE_MB (default
 * 5), as measured by GNU time (`/usr/bin/time -v`, "Maximum resident set size"). Against a peer
 * in the same run: a node process that only reads the file (the floor of any run).
 *
 *   npx tsc -p tsconfig.bench.json && node dist/bench/scripts/peak-memory.js [SIZE_MB]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/corpus.js');
const FIXTURES = resolve('fixtures/articles');
const BYTES_PER_MB = 1024 * 1024;
const KB_PER_MB = 1024;
const DEFAULT_SIZE_MB = 5;
const TIME = '/usr/bin/time';

/** One long article: a headline, then the fixture stories' paragraphs over and over. */
function longArticle(bytes: number): string {
  const bodies = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8').trim());
  const parts = ['A very long article made of many short ones'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length] ?? '';
    parts.push(body);
    size += Buffer.byteLength(body) + 2;
  }
  return parts.join('\n\n');
}

/** Peak RSS in MB of `node ARGS`, from GNU time's report on stderr. */
function peakMb(args: readonly string[]): number {
  const run = spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || kb === undefined) throw new Error(`${args.join(' ')} failed: ${run.stderr.slice(-500)}`);
  return Number(kb) / KB_PER_MB;
}

function main(sizeMb: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-peak-'));
  try {
    const file = join(dir, 'long.txt');
    writeFileSync(file, longArticle(sizeMb * BYTES_PER_MB));
    const peer = peakMb(['-e', `require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8')`]);
    const ingest = peakMb([BIN, 'ingest', file, '--db', join(dir, 'corpus.db'), '--quiet']);
    const analyze = peakMb([BIN, 'analyze', file, '--max-size', '1G']);
    const line = (what: string, mb: number): string => `${what.padEnd(28)} ${mb.toFixed(0).padStart(5)} MB  (${(mb / peer).toFixed(1)}x the peer)`;
    console.log(`one ${sizeMb} MB article, peak resident memory:`);
    console.log(line('peer: node reads the file', peer));
    console.log(line('corpus ingest', ingest));
    console.log(line('corpus analyze > /dev/null', analyze));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(Number(process.argv[2] ?? DEFAULT_SIZE_MB));
