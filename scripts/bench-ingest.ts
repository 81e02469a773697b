/**
 * End-to-end throughput of the CLI over a folder of real articles (.txt), against a peer run
 * in the same process tree on the same files: wink-nlp (sentences and entities, one thread,
 * a devDependency of this benchmark only). Each round runs, one after another:
 *   - `corpus ingest DIR` into a new database,
 *   - `corpus ingest DIR` again (unchanged re-run: stat only),
 *   - `corpus analyze FILES > /dev/null`,
 *   - the wink-nlp pass,
 * each a fresh process timed from spawn to exit, with its peak RSS. The machine is shared, so
 * the ratios (same round) matter more than the absolute figures; the median of the rounds is
 * printed last.
 *
 *   npm run bench:ingest -- FOLDER [--rounds N] [--jobs N] [--baseline CHECKOUT]
 *
 * --baseline runs another built checkout's `corpus ingest` in each round too (before/after).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median, type Measure } from './measure.js';

const BYTES_PER_MB = 1_000_000;
const MS_PER_S = 1000;
const BIN = resolve('bin/corpus.js');
const DEFAULT_ROUNDS = 3;

/** The peer: wink-nlp's reading of each file (sentences, entities), one after another. */
const PEER_SOURCE = `
const fs = require('node:fs'); const path = require('node:path');
const nlp = require(${JSON.stringify(resolve('node_modules/wink-nlp'))})(require(${JSON.stringify(resolve('node_modules/wink-eng-lite-web-model'))}));
const its = nlp.its;
const dir = process.argv[1];
let sentences = 0, entities = 0;
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const doc = nlp.readDoc(fs.readFileSync(path.join(dir, name), 'utf8'));
  sentences += doc.sentences().length();
  entities += doc.entities().out(its.detail).length;
}
process.stderr.write(sentences + ' sentences, ' + entities + ' entities\\n');`;

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: 'string' }, jobs: { type: 'string' }, baseline: { type: 'string' } },
  });
  const folder = positionals[0];
  if (folder === undefined) {
    process.stderr.write('usage: npm run bench:ingest -- FOLDER_OF_TXT_FILES [--rounds N] [--jobs N]\n');
    process.exitCode = 2;
    return;
  }
  const dir = resolve(folder);
  const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const mb = bytes / BYTES_PER_MB;
  const rounds = Number(values.rounds ?? DEFAULT_ROUNDS);
  const jobs = values.jobs !== undefined ? ['--jobs', values.jobs] : [];
  const work = mkdtempSync(join(tmpdir(), 'corpus-bench-'));
  const runs: Record<string, Measure[]> = { ingest: [], rerun: [], analyze: [], peer: [], baseline: [] };
  const baselineBin = values.baseline !== undefined ? join(resolve(values.baseline), 'bin', 'corpus.js') : undefined;
  try {
    console.log(`${files.length} articles, ${mb.toFixed(2)} MB, ${rounds} rounds`);
    console.log(`${'round'.padEnd(7)}${'run'.padEnd(26)}${'articles/s'.padStart(11)}${'MB/s'.padStart(8)}${'s'.padStart(8)}${'RSS MB'.padStart(8)}${'x wink'.padStart(8)}${'CPU s'.padStart(8)}`);
    for (let round = 1; round <= rounds; round++) {
      const db = join(work, `corpus-${round}.db`);
      const ingest = measure(work, [BIN, 'ingest', dir, '--db', db, '--quiet', ...jobs], [0, 3]);
      const rerun = measure(work, [BIN, 'ingest', dir, '--db', db, '--quiet', ...jobs], [0, 3]);
      const analyze = measure(work, [BIN, 'analyze', ...jobs, ...files], [0, 3]);
      const peer = measure(work, ['-e', PEER_SOURCE, dir]);
      const baseline = baselineBin !== undefined ? measure(work, [baselineBin, 'ingest', dir, '--db', `${db}.baseline`, '--quiet'], [0, 3]) : undefined;
      for (const file of [db, `${db}.baseline`]) for (const end of ['', '-wal', '-shm']) rmSync(`${file}${end}`, { force: true });
      const row = (name: string, m: Measure): void =>
        console.log(
          `${String(round).padEnd(7)}${name.padEnd(26)}${(files.length / m.seconds).toFixed(0).padStart(11)}${(mb / m.seconds).toFixed(2).padStart(8)}` +
            `${m.seconds.toFixed(2).padStart(8)}${m.rssMb.toFixed(0).padStart(8)}${(peer.seconds / m.seconds).toFixed(2).padStart(8)}${m.cpu.toFixed(2).padStart(8)}`,
        );
      row('corpus ingest (new db)', ingest);
      row('corpus ingest (unchanged)', rerun);
      row('corpus analyze', analyze);
      row('wink-nlp (1 thread)', peer);
      if (baseline) {
        row('baseline ingest (new db)', baseline);
        runs['baseline']!.push(baseline);
      }
      console.log(`${' '.repeat(7)}unchanged re-run: ${((rerun.seconds * MS_PER_S) / files.length).toFixed(3)} ms/file (process start included)`);
      runs['ingest']!.push(ingest);
      runs['rerun']!.push(rerun);
      runs['analyze']!.push(analyze);
      runs['peer']!.push(peer);
    }
    const ratio = (name: string): string => median(runs[name]!.map((m, i) => runs['peer']![i]!.seconds / m.seconds)).toFixed(2);
    const peerMbs = median(runs['peer']!.map((m) => mb / m.seconds));
    const cpuRatio = (name: string): string => median(runs[name]!.map((m, i) => runs['peer']![i]!.cpu / m.cpu)).toFixed(2);
    if (runs['baseline']!.length > 0) console.log(`median: baseline ingest ${ratio('baseline')}x wink-nlp; this ingest ${median(runs['ingest']!.map((m, i) => runs['baseline']![i]!.seconds / m.seconds)).toFixed(2)}x the baseline`);
    console.log(`median CPU time: wink-nlp ${median(runs['peer']!.map((m) => m.cpu)).toFixed(2)} s = ${cpuRatio('ingest')}x ingest's, ${cpuRatio('analyze')}x analyze's`);
    console.log(
      `median: ingest ${ratio('ingest')}x wink-nlp, analyze ${ratio('analyze')}x (wink-nlp ${peerMbs.toFixed(2)} MB/s); ` +
        `ingest ${median(runs['ingest']!.map((m) => mb / m.seconds)).toFixed(2)} MB/s, peak RSS ${Math.max(...runs['ingest']!.map((m) => m.rssMb)).toFixed(0)} MB`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
