import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/html.js';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/html/eval-pages');

describe('runEval (html)', () => {
  it('scores body shingles and metadata fields over a folder of pages', async () => {
    const { metrics, lines } = await runEval(PAGES);
    expect(metrics['pages']).toBe(2);
    expect(metrics['precision']).toBeCloseTo(1, 6);
    // market: the page's 40 words (37 shingles) are all in the gold's 58 words (55 shingles).
    expect(metrics['recall']).toBeCloseTo((1 + 37 / 55) / 2, 6);
    expect(metrics['title_accuracy']).toBe(1);
    // ferry's byline is right; market's page names someone else than the gold.
    expect(metrics['byline_accuracy']).toBe(0.5);
    expect(metrics['published_accuracy']).toBe(1);
    expect(metrics['siteName_accuracy']).toBe(1);
    expect(lines[0]).toMatch(/^pages 2 {2}body P 1\.000/);
    expect(lines.some((l) => l.startsWith('byline') && l.includes('misses: market'))).toBe(true);
  });
});
