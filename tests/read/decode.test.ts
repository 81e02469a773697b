import { describe, expect, it } from 'vitest';
import { decodeText, normalizeNewlines } from '../../src/read/decode.js';
import { CorpusError } from '../../src/errors.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', bytes('Kyiv said “yes”.'), 'Kyiv said “yes”.', 'utf-8'],
    ['UTF-8 with a BOM (dropped)', bytes([0xef, 0xbb, 0xbf], 'Hello.'), 'Hello.', 'utf-8'],
    ['CRLF becomes LF', bytes('One.\r\nTwo.\r\n'), 'One.\nTwo.\n', 'utf-8'],
    ['Windows-1252 curly quotes and é', bytes([0x93], 'Caf', [0xe9, 0x94]), '“Café”', 'windows-1252'],
    ['UTF-16LE by BOM', Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), 'Hi', 'utf-16le'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding, controls: 0 });
  });

  it.each([
    ['empty', bytes(''), 'EMPTY'],
    ['only white space', bytes('  \n\n\t '), 'EMPTY'],
    ['NUL bytes', bytes([0x89], 'PNG', [0x00, 0x00, 0x01]), 'BINARY'],
    ['a density of control characters', bytes('abc', [0x01, 0x02], 'def'), 'BINARY'],
    ['NUL characters in UTF-16', Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x00, 0x00]), 'BINARY'],
    ['bytes undefined in Windows-1252', bytes('abc ', [0x81, 0xc3], ' def'), 'ENCODING'],
  ])('refuses %s', (_name, input, code) => {
    const attempt = (): unknown => decodeText(input, 'file.txt');
    expect(attempt).toThrow(CorpusError);
    try {
      attempt();
    } catch (error) {
      expect((error as CorpusError).code).toBe(code);
      expect((error as CorpusError).subject).toBe('file.txt');
    }
  });
});

describe('normalizeNewlines', () => {
  it('turns lone CR into LF', () => {
    expect(normalizeNewlines('a\rb\r\nc')).toBe('a\nb\nc');
  });
});
