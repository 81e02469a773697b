import { describe, expect, it } from 'vitest';
import { f1, shingleOverlap } from '../../src/eval/shingles.js';

describe('shingleOverlap', () => {
  it.each([
    ['identical text', 'one two three four five', 'one two three four five', 1, 1],
    ['case and punctuation ignored', 'One, two; three four!', 'one two three four', 1, 1],
    ['half the prediction is extra', 'a b c d e', 'a b c d e x y z w v', 2 / 7, 1],
    ['the prediction misses the end', 'a b c d e f', 'a b c d', 1, 1 / 3],
    ['an empty prediction', 'a b c d', '', 0, 0],
    ['both empty', '', '', 1, 1],
    ['short texts compare as one shingle', 'hello world', 'hello world', 1, 1],
    ['repeated shingles counted as a multiset', 'a b c d a b c d', 'a b c d', 1, 1 / 5],
    ['non-Latin words are tokens', 'Москва и Санкт-Петербург сегодня', 'Москва и Санкт-Петербург сегодня', 1, 1],
  ])('%s', (_label, gold, predicted, precision, recall) => {
    const o = shingleOverlap(gold, predicted);
    expect(o.precision).toBeCloseTo(precision, 6);
    expect(o.recall).toBeCloseTo(recall, 6);
  });

  it('f1 is the harmonic mean, 0 when both are 0', () => {
    expect(f1(1, 0.5)).toBeCloseTo(2 / 3, 6);
    expect(f1(0, 0)).toBe(0);
  });
});
