import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonLine } from '../../src/cli/json-out.js';

const written = (value: unknown): { text: string; writes: number } => {
  const pieces: string[] = [];
  writeJsonLine(value, (text) => void pieces.push(text));
  return { text: pieces.join(''), writes: pieces.length };
};

describe('writeJsonLine', () => {
  it('writes the same text as JSON.stringify, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value).text).toBe(`${JSON.stringify(value)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined fields and writes undefined items as null, like JSON.stringify', () => {
    const value = { a: undefined, b: [1, undefined, { c: undefined, d: 2 }], e: 'x' };
    expect(written(value).text).toBe(`${JSON.stringify(value)}\n`);
  });

  it('writes a large article in pieces, never as one string', () => {
    const article = { text: 'word '.repeat(1000), sentences: Array.from({ length: 50_000 }, (_, i) => ({ start: i, end: i + 1 })) };
    const { text, writes } = written(article);
    expect(text).toBe(`${JSON.stringify(article)}\n`);
    expect(writes).toBeGreaterThan(10);
  });
});
