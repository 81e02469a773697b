import { describe, expect, it } from 'vitest';
import { wholeWords } from '../../src/store/match.js';

describe('wholeWords', () => {
  it.each([
    ['Peskov', 'Dmitry Peskov', true],
    ['peskov', 'Dmitry Peskov', true],
    ['Peskov', 'Peskova', false],
    ['Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov', true],
    ['Dmitry Peskov', 'Peskov Dmitry', false],
    ['zelenskyy', 'Volodymyr Zelenskyy', true],
    ['Zelensky', 'Volodymyr Zelenskyy', false],
    ['Sybiha', 'Andrii Sybiha', true],
    ['José', 'Jose Ramos', true],
    ['U.S.', 'U.S. officials', true],
    ['', 'anything', false],
  ])('%s in %s → %s', (needle, haystack, expected) => {
    expect(wholeWords(needle)(haystack)).toBe(expected);
  });

  it('never matches a missing value', () => {
    expect(wholeWords('Peskov')(null)).toBe(false);
  });
});
