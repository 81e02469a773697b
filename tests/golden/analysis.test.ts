import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_ANALYSIS, GOLDEN_EXPORT, goldenAnalysis, goldenExport, type Run } from '../../scripts/golden.js';
import { ROOT } from '../cli/run-cli.js';

/**
 * The whole analysis of every fixture, byte for byte, as `analyze` prints it and as `export`
 * reads it back from the store. Speed changes must keep it identical; a deliberate change to
 * the analysis regenerates it with `npm run golden` (then review the diff).
 */
function expectGolden(run: Run, file: string): void {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const expected = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const actual = run.stdout.split('\n');
  expect(actual.length).toBe(expected.length);
  // Line by line, so a failure names the article rather than printing megabytes.
  actual.forEach((line, i) => expect(line, `${file} line ${i + 1}`).toBe(expected[i]));
}

describe('golden analysis (regenerate with npm run golden)', () => {
  it.each([['0'], ['2']])('analyze --jobs %s prints the golden analysis of every fixture, in input order', (jobs) => {
    expectGolden(goldenAnalysis(ROOT, ['--jobs', jobs]), GOLDEN_ANALYSIS);
  });

  // The writer stores articles in the order the files were found, so entity ids and every
  // other row come out the same whether analysis runs in this thread or in workers.
  it.each([['0'], ['1'], ['3']])('ingest --jobs %s then export gives the golden export', (jobs) => {
    expectGolden(goldenExport(ROOT, ['--jobs', jobs]), GOLDEN_EXPORT);
  });
});
