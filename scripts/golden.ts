/**
 * The golden analysis: every fixture article's full `corpus analyze` output, and the
 * `corpus export` of a database those articles were ingested into, byte for byte. Speed work
 * must leave both unchanged (tests/golden/analysis.test.ts compares); a deliberate change to
 * the analysis regenerates them with one command, whose diff is then reviewed:
 *
 *   npm run golden
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Folders of fixture articles, relative to the repository root (paths in the output are too). */
const INPUT_DIRS = ['fixtures/articles', 'fixtures/structure', 'fixtures/html'];
const ARTICLE_FILE = /\.(txt|html)$/;

export const GOLDEN_ANALYSIS = 'fixtures/expected/analysis.jsonl';
export const GOLDEN_EXPORT = 'fixtures/expected/export.jsonl';

/** Room for the whole output on stdout. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The fixture article files, in a stable order. */
export function goldenInputs(root: string): string[] {
  return INPUT_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => ARTICLE_FILE.test(name))
      .sort()
      .map((name) => `${dir}/${name}`),
  );
}

function corpus(root: string, args: readonly string[]): Run {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'corpus.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '',
    maxBuffer: MAX_OUTPUT_BYTES,
    env: { ...process.env, CORPUS_DB: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `corpus analyze` of every fixture. */
export function goldenAnalysis(root: string, extra: readonly string[] = []): Run {
  return corpus(root, ['analyze', ...extra, ...goldenInputs(root)]);
}

/** `corpus export` after ingesting every fixture into a new database (ingest flags in `extra`). */
export function goldenExport(root: string, extra: readonly string[] = []): Run {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-golden-'));
  try {
    const db = join(dir, 'corpus.db');
    const ingest = corpus(root, ['ingest', '--quiet', '--db', db, ...extra, ...goldenInputs(root)]);
    if (ingest.code !== 0) return ingest;
    return corpus(root, ['export', '--db', db]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  for (const [file, run] of [[GOLDEN_ANALYSIS, goldenAnalysis(root)], [GOLDEN_EXPORT, goldenExport(root)]] as const) {
    if (run.code !== 0) throw new Error(`${file}: corpus exited ${run.code}: ${run.stderr}`);
    writeFileSync(join(root, file), run.stdout);
    process.stderr.write(`${file}: ${run.stdout.split('\n').length - 1} articles\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
