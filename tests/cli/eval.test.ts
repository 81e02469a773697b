import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './run-cli.js';

/**
 * `corpus eval` end to end on the gold files in the repo. The floors sit a little under
 * today's figures: a change that costs accuracy fails here before it lands.
 */
function metrics(kind: string, path: string): Record<string, number> {
  const run = cli(['eval', kind, path, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, number>;
}

describe('corpus eval', () => {
  it('quotes: the held-out test split', () => {
    const m = metrics('quotes', join(FIXTURES, 'gold', 'quotes-test.jsonl'));
    expect(m['directMixed.f1']).toBeGreaterThanOrEqual(0.95);
    expect(m['directMixed.speakerAccuracy']).toBeGreaterThanOrEqual(0.88);
    expect(m['all.f1']).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes: the blind held-out articles', () => {
    const m = metrics('quotes', join(FIXTURES, 'gold', 'quotes-test-blind.jsonl'));
    expect(m['directMixed.f1']).toBeGreaterThanOrEqual(0.95);
    expect(m['directMixed.speakerAccuracy']).toBeGreaterThanOrEqual(0.92);
    expect(m['all.f1']).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes: the newspaper-style development articles', () => {
    const m = metrics('quotes', join(FIXTURES, 'gold', 'quotes-dev-news.jsonl'));
    expect(m['directMixed.f1']).toBeGreaterThanOrEqual(0.95);
    expect(m['directMixed.speakerAccuracy']).toBeGreaterThanOrEqual(0.88);
    expect(m['all.f1']).toBeGreaterThanOrEqual(0.92);
  });

  it('entities: the independent news NER set', () => {
    expect(metrics('entities', join(FIXTURES, 'gold', 'ner-news.conll'))['micro_f1']).toBeGreaterThanOrEqual(0.85);
  });

  it('html: the small test pages', () => {
    expect(metrics('html', join(FIXTURES, 'html', 'eval-pages'))['f1']).toBeGreaterThanOrEqual(0.85);
  });

  it('a missing gold file is one line on stderr and exit 2', () => {
    const missing = join(FIXTURES, 'gold', 'missing.jsonl');
    expect(cli(['eval', 'quotes', missing])).toEqual({
      code: 2,
      stdout: '',
      stderr: `corpus: error: ${missing}: cannot read: no such file or directory\n`,
    });
  });
});
