import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOKEN } from '../../src/quotes/token-end.js';
import { tokenize } from '../../src/quotes/tokens.js';

/** What TOKEN alone finds, with its lower case: the reference the char-code scanner must agree with. */
function byPattern(text: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(`${match.index}:${match[0]}:${match[0].toLowerCase()}`);
  return found;
}

function byTokenizer(text: string): string[] {
  return tokenize(text, []).map((token) => `${token.start}:${token.text}:${token.lower}`);
}

/** Pieces that sit on the scanner's edges: initials, titles, joiners, dashes and curly marks, non-ASCII letters and spaces, astral symbols. */
const PIECES = ['–', '—', '…', '‘', '”', '«', '»', '\u2028', '\u200a', '\u2027', '\u2030', 'McD', 'x’y', 'a', 'Z', 'S', 'M', 'r', 's', '.', "'", '’', '-', '&', '+', ' ', '\n', '\t', '\u00a0', '\u3000', 'é', 'É', 'ß', '7', '٣', '_', '"', '“', ',', '😀', 'Sen', 'Mrs', 'Mr', 'St', 'Prof', 'U.S.', 'J.D.', 'OPEC+', 'x\u0301', 'G.', 'Corp', 'Jr', 'Ó'];

describe('tokenize', () => {
  it.each([
    ['U.S.-based', ['0:U.S.', '4:-', '5:based']],
    ['Mrs. May', ['0:Mrs.', '5:May']],
    ['Mrs.May', ['0:Mrs.May']],
    ['the St. Louis', ['0:the', '4:St.', '8:Louis']],
    ['Sen.\u00a0Cruz', ['0:Sen.', '5:Cruz']],
    ['xSen. y', ['0:xSen', '4:.', '6:y']],
    ['don’t stop', ['0:don’t', '6:stop']],
    ['Putin’s aide', ['0:Putin’s', '8:aide']],
    ['OPEC+ met', ['0:OPEC+', '6:met']],
    ['Café-Noël', ['0:Café-Noël']],
    ['a--b', ['0:a', '1:-', '2:-', '3:b']],
    ['“Yes,” he said', ['0:“', '1:Yes', '4:,', '5:”', '7:he', '10:said']],
    ['word—word', ['0:word', '4:—', '5:word']],
    ['William G. Gale', ['0:William', '8:G.', '11:Gale']],
    ['C. Éva Nagy', ['0:C.', '3:Éva', '7:Nagy']],
    ['Plan B. then', ['0:Plan', '5:B', '6:.', '8:then']],
    ['Nvidia Corp. said', ['0:Nvidia', '7:Corp.', '13:said']],
    ['Donald Trump Jr. said', ['0:Donald', '7:Trump', '13:Jr.', '17:said']],
  ])('splits %j like the pattern', (text, expected) => {
    const words = (found: string[]): string[] => found.map((entry) => entry.split(':').slice(0, 2).join(':'));
    expect(words(byTokenizer(text))).toEqual(expected);
    expect(words(byPattern(text))).toEqual(expected);
  });

  it('agrees with the pattern on any mix of edge pieces', () => {
    const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(texts, (text) => {
      expect(byTokenizer(text)).toEqual(byPattern(text));
    }), { numRuns: 2000 });
  });

  it('agrees with the pattern on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      expect(byTokenizer(text)).toEqual(byPattern(text));
    }));
  });
});
