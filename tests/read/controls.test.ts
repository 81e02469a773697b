import { describe, expect, it } from 'vitest';
import { BINARY_CONTROL_SHARE, checkControls, countControls, textForAnalysis } from '../../src/read/controls.js';
import { decodeText } from '../../src/read/decode.js';
import { CorpusError } from '../../src/errors.js';

const PROSE = 'The council met on Tuesday and agreed to widen the bridge before the summer season begins. ';

describe('stray control characters', () => {
  it.each([
    ['one ESC inside prose', `${PROSE}The\u001b vote was close.`, 1],
    ['a vertical tab and a form feed (white space, not counted)', `${PROSE}\u000b${PROSE}\u000c${PROSE}`, 0],
    ['a C1 control and DEL', `${PROSE.repeat(2)}\u0085${PROSE}\u007f`, 2],
    ['zero-width space and soft hyphen (text, not controls)', `${PROSE}wide\u200bbridge Blue\u00adwater`, 0],
  ])('%s lands, counted', (_name, text, count) => {
    expect(checkControls(text, 'a.txt')).toBe(count);
    expect(countControls(text)).toBe(count);
  });

  it('a NUL is always binary', () => {
    expect(() => checkControls(`${PROSE}\u0000`, 'a.txt')).toThrow(/NUL/);
  });

  it(`refuses as binary above ${BINARY_CONTROL_SHARE * 100}% control characters, naming the share`, () => {
    const dense = `${'abcdefghi\u0001'.repeat(20)}`;
    let error: unknown;
    try {
      checkControls(dense, 'x.bin.txt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).code).toBe('BINARY');
    expect((error as CorpusError).message).toBe('binary file (10.0% control characters)');
    expect((error as CorpusError).subject).toBe('x.bin.txt');
    // Right at the limit it is still text.
    const atLimit = `${'a'.repeat(99)}\u0001`;
    expect(checkControls(atLimit)).toBe(1);
  });

  it('the analysis reads controls and zero-width spaces as spaces, same length, soft hyphens kept', () => {
    const text = 'a\u001bb\u0085c\u200bd\ufeffe\u00adf\u200dg\t\n\u000b\u000c😀';
    const read = textForAnalysis(text);
    expect(read).toBe('a b c d e\u00adf\u200dg\t\n\u000b\u000c😀');
    expect(read.length).toBe(text.length);
  });

  it('decodeText keeps the text exact and reports the count', () => {
    const bytes = Buffer.from(`${PROSE}The\u001b vote was close.\n`, 'utf8');
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: `${PROSE}The\u001b vote was close.\n`, encoding: 'utf-8', controls: 1 });
  });
});
