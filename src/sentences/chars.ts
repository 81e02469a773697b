/**
 * Character classes the splitter tests one UTF-16 code unit at a time. ASCII is decided by
 * comparisons; other characters by Unicode property regexes compiled once.
 */

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

const FIRST_NON_ASCII = 0x80;

/** Quotes and brackets that may close a sentence after its final punctuation: `.”`, `?)`. */
const CLOSERS = new Set([...'"\'”’»›)]}'].map((c) => c.charCodeAt(0)));
/** Quote marks among the closers: a quotation ends there. */
const CLOSING_QUOTES = new Set([...'"\'”’»›'].map((c) => c.charCodeAt(0)));
/** Quotes and brackets that may open a sentence before its first word: `“The`, `(In`. */
const OPENERS = new Set([...'"\'“‘«‹„([{¿¡'].map((c) => c.charCodeAt(0)));
/** Marks that open a list item wherever they stand after white space. */
const BULLETS = new Set([...'•⁃◦▪‣∙'].map((c) => c.charCodeAt(0)));
/** Punctuation that never begins a sentence, so a period before it is not a boundary. */
const CONTINUATIONS = new Set([...',;:'].map((c) => c.charCodeAt(0)));

const char = (code: number): string => String.fromCharCode(code);

export function isSpace(code: number): boolean {
  if (code < FIRST_NON_ASCII) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(char(code)) || code === 0xfeff;
}

export function isLower(code: number): boolean {
  if (code < FIRST_NON_ASCII) return code >= 0x61 && code <= 0x7a;
  return LOWER_LETTER.test(char(code));
}

export function isUpper(code: number): boolean {
  if (code < FIRST_NON_ASCII) return code >= 0x41 && code <= 0x5a;
  return UPPER_LETTER.test(char(code));
}

export function isLetter(code: number): boolean {
  if (code < FIRST_NON_ASCII) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(char(code));
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export const isCloser = (code: number): boolean => CLOSERS.has(code);
export const isClosingQuote = (code: number): boolean => CLOSING_QUOTES.has(code);
export const isOpener = (code: number): boolean => OPENERS.has(code);
export const isBullet = (code: number): boolean => BULLETS.has(code);
export const isContinuation = (code: number): boolean => CONTINUATIONS.has(code);

/** First index at or after `from` (and before `end`) that is not white space. */
export function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last character before `end` (and at or after `from`) that is not white space. */
export function trimEnd(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
