import { describe, expect, it } from 'vitest';
import { lines, units } from '../../src/structure/lines.js';

const values = (text: string): string[] => units(text).map((u) => u.value);

describe('lines', () => {
  it('trims lines, drops blank ones and keeps offsets under CRLF', () => {
    const text = '  One \r\n\r\nTwo\r\n';
    expect(lines(text)).toEqual([
      { start: 2, end: 5, value: 'One' },
      { start: 10, end: 13, value: 'Two' },
    ]);
  });
});

describe('units', () => {
  it.each([
    ['one paragraph per line', 'First line.\nSecond line.\nThird line.', ['First line.', 'Second line.', 'Third line.']],
    ['blank lines between paragraphs, trailing blanks', 'First.\n\nSecond.\n\n\n\n', ['First.', 'Second.']],
    [
      'a hard-wrapped block joins into one paragraph',
      'The ministers met on Thursday and approved a new package\nof sanctions targeting tankers of the shadow fleet and\nbanks in third countries.\n\nNext.',
      ['The ministers met on Thursday and approved a new package\nof sanctions targeting tankers of the shadow fleet and\nbanks in third countries.', 'Next.'],
    ],
    [
      'a headline directly over a hard-wrapped paragraph',
      'EU backs sanctions\nBRUSSELS (Reuters) - European Union ministers on Thursday approved\na new package of sanctions against Russia on the shadow fleet.',
      ['EU backs sanctions', 'BRUSSELS (Reuters) - European Union ministers on Thursday approved\na new package of sanctions against Russia on the shadow fleet.'],
    ],
    ['a short headline over body lines stays apart', 'Kremlin rejects plan\nThe Kremlin said on Friday that it rejected the plan.', ['Kremlin rejects plan', 'The Kremlin said on Friday that it rejected the plan.']],
  ])('%s', (_name, text, expected) => expect(values(text)).toEqual(expected));
});
