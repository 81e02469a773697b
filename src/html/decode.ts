import { CorpusError } from '../errors.js';
import { decodeText, normalizeNewlines } from '../read/decode.js';
import iconv from 'iconv-lite';
import { checkControls } from '../read/controls.js';

/** Browsers look for a charset declaration in the first 1024 bytes; we allow for long heads. */
const SNIFF_BYTES = 4096;

/** `<meta charset=x>`, `<meta http-equiv=Content-Type content="...; charset=x">`, `<?xml encoding=x?>`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i;

/** Declared UTF-16 in a byte stream without a BOM is a mistake; the HTML standard reads it as UTF-8. */
const UTF16_LABEL = /^utf-?16/i;

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  encoding: string;
  /** Stray control characters in the page (see read/controls.ts). */
  controls: number;
}

/**
 * Decodes a saved web page: a byte-order mark wins, then the page's own declaration
 * (`<meta charset>`, http-equiv Content-Type, XML declaration), else strict UTF-8 with a
 * Windows-1252 fallback for undeclared legacy pages (see `decodeText`). A page declared as
 * UTF-8 whose bytes are not UTF-8 gets the same fallback. Bytes that are valid UTF-8 are read
 * as UTF-8 whatever the page declares: re-saved pages often keep a stale legacy declaration,
 * and legacy text that happens to be valid UTF-8 beyond ASCII is vanishingly rare.
 * Throws EMPTY, BINARY or ENCODING.
 */
export function decodeHtml(bytes: Uint8Array, subject?: string): DecodedHtml {
  const declared = hasBom(bytes) ? undefined : declaredEncoding(bytes);
  if (declared === undefined || declared === 'utf-8' || isUtf8(bytes)) return decodeText(bytes, subject);
  const decoded = decodeAs(declared, bytes);
  const controls = checkControls(decoded, subject);
  const text = normalizeNewlines(decoded);
  if (text.trim() === '') throw new CorpusError('EMPTY', 'empty file (no text)', subject);
  return { text, encoding: declared, controls };
}

/**
 * iconv-lite where it knows the encoding: Node 20's TextDecoder decodes windows-1252 (the
 * WHATWG meaning of "iso-8859-1" too) as Latin-1, turning curly quotes and dashes into C1
 * control characters (nodejs/node#56542).
 */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  return iconv.encodingExists(encoding)
    ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
    : new TextDecoder(encoding).decode(bytes);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

/** The WHATWG encoding a page declares, or undefined when it declares none we know. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
  if (label === undefined) return undefined;
  if (UTF16_LABEL.test(label)) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
