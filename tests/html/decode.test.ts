import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/html/decode.js';
import { isCorpusError } from '../../src/errors.js';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeHtml', () => {
  it.each([
    ['UTF-8 without a declaration', bytes('<p>café</p>'), '<p>café</p>', 'utf-8'],
    ['a UTF-8 byte-order mark', bytes([0xef, 0xbb, 0xbf], '<p>naïve</p>'), '<p>naïve</p>', 'utf-8'],
    ['a UTF-16LE byte-order mark', new Uint8Array([0xff, 0xfe, ...ascii('<p>hi</p>').flatMap((b) => [b, 0])]), '<p>hi</p>', 'utf-16le'],
    [
      '<meta charset> naming a legacy encoding',
      bytes('<meta charset="windows-1251"><p>', [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0], '</p>'),
      '<meta charset="windows-1251"><p>Москва</p>',
      'windows-1251',
    ],
    [
      'an http-equiv Content-Type declaration',
      bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>', [0xb3, 0xf3, 0xbf, 0x6b, 0x6f], '</p>'),
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>łóżko</p>',
      'iso-8859-2',
    ],
    ['undeclared Windows-1252 bytes', bytes('<p>', [0x93], 'quoted', [0x94, 0x20, 0x96, 0x20, 0x80], '5</p>'), '<p>“quoted” – €5</p>', 'windows-1252'],
    ['valid UTF-8 under a stale legacy declaration', bytes('<meta charset="gb2312"><p>北京</p>'), '<meta charset="gb2312"><p>北京</p>', 'utf-8'],
    ['CRLF line ends', bytes('<p>a</p>\r\n<p>b</p>\r'), '<p>a</p>\n<p>b</p>\n', 'utf-8'],
  ])('reads %s', (_label, input, text, encoding) => {
    expect(decodeHtml(input)).toEqual({ text, encoding, controls: 0 });
  });

  it.each([
    ['NUL bytes', bytes('<p>a', [0], 'b</p>'), 'BINARY'],
    ['NUL bytes under a legacy declaration', bytes('<meta charset="koi8-r"><p>', [0xc1, 0], '</p>'), 'BINARY'],
    ['an empty file', new Uint8Array([]), 'EMPTY'],
    ['only whitespace under a declaration', bytes('   ', '\n'), 'EMPTY'],
  ])('refuses %s', (_label, input, code) => {
    let caught: unknown;
    try {
      decodeHtml(input, 'page.html');
    } catch (error) {
      caught = error;
    }
    expect(isCorpusError(caught) && caught.code).toBe(code);
  });

  it('either decodes any bytes to text without carriage returns or refuses them with a code', () => {
    const head = fc.constantFrom('', '<meta charset="utf-8">', '<meta charset="windows-1252">', '<meta charset="shift_jis">', '<meta charset="bogus">');
    fc.assert(
      fc.property(head, fc.uint8Array({ maxLength: 200 }), (prefix, tail) => {
        const input = new Uint8Array([...new TextEncoder().encode(prefix), ...tail]);
        try {
          expect(decodeHtml(input).text).not.toContain('\r');
        } catch (error) {
          expect(isCorpusError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
