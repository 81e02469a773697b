import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/entities/dates.js';
import { capitalisedWords } from '../../src/entities/words.js';

function dates(text: string): string[] {
  return findDates(text, capitalisedWords(text, 0, text.length)).map((d) => text.slice(d.start, d.end));
}

describe('findDates', () => {
  it.each<[string, string[]]>([
    ['Talks resumed on Thursday.', ['Thursday']],
    ['The deadline is August 15, 2025, officials said.', ['August 15, 2025']],
    ['It opened on 3 September 2024 in Geneva.', ['3 September 2024']],
    ['Shares fell on Aug. 14 after the report.', ['Aug. 14']],
    ['Prices peaked in March 2022.', ['March 2022']],
    ['They may meet in May, or not at all.', []],
    ['May said she would stay.', []],
    ['It began on 1st May 2023.', ['1st May 2023']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
