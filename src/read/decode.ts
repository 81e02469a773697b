import iconv from 'iconv-lite';
import { CorpusError } from '../errors.js';
import { checkControls } from './controls.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Stray control characters kept in the text (see controls.ts); 0 for clean text. */
  controls: number;
}

/**
 * Bytes that Windows-1252 leaves undefined. A file that is not UTF-8 but contains one of
 * these is not legacy Western text either, so we refuse it rather than guess.
 */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** CRLF and lone CR become LF so offsets mean the same on every platform. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Decodes a text file's bytes: BOM dropped, UTF-16 by BOM, otherwise strict UTF-8 with a
 * Windows-1252 fallback for legacy newsroom files. Throws EMPTY, BINARY (NUL bytes or a
 * density of control characters, see controls.ts) or ENCODING.
 */
export function decodeText(bytes: Uint8Array, subject?: string): Decoded {
  let decoded: Omit<Decoded, 'controls'>;
  if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    if (bytes.includes(0)) {
      throw new CorpusError('BINARY', 'binary file (contains NUL bytes)', subject);
    }
    const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
    decoded = decodeUtf8OrLegacy(body, subject);
  }
  const controls = checkControls(decoded.text, subject);
  const text = normalizeNewlines(decoded.text);
  if (text.trim() === '') {
    throw new CorpusError('EMPTY', 'empty file (no text)', subject);
  }
  return { text, encoding: decoded.encoding, controls };
}

function decodeUtf8OrLegacy(bytes: Uint8Array, subject?: string): Omit<Decoded, 'controls'> {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (bytes.some((b) => CP1252_UNDEFINED.has(b))) {
      throw new CorpusError('ENCODING', 'not valid UTF-8 or Windows-1252 text', subject);
    }
    // Node's TextDecoder treats windows-1252 as Latin-1 (0x93 → U+0093), so iconv-lite maps 0x80–0x9F.
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}
