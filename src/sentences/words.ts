import { isBullet, isDigit, isLetter, isOpener, isSpace } from './chars.js';

/** Longest token (without its final period) that can be an abbreviation: "b.sc", "messrs". */
const MAX_ABBREVIATION_CHARS = 8;

/** Characters inside a word besides letters and digits: "Jean-Claude", "Kremlin's". */
const WORD_JOINERS = new Set([...'-\'’'].map((c) => c.charCodeAt(0)));

const POSSESSIVE = /['’]s$/;

export interface Token {
  start: number;
  /** Lower-cased text, or null when the token is too long to be an abbreviation. */
  key: string | null;
}

/**
 * The white-space-delimited token that ends just before `end` (a period), without its leading
 * quotes, brackets and bullets: for `(“Gen.` it is `Gen`, for `⁃9.` it is `9`.
 */
export function tokenBefore(text: string, end: number, floor: number): Token {
  let start = end;
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
  while (start < end && (isOpener(text.charCodeAt(start)) || isBullet(text.charCodeAt(start)))) start++;
  const key = end - start <= MAX_ABBREVIATION_CHARS ? text.slice(start, end).toLowerCase() : null;
  return { start, key };
}

/** End of the word that starts at `from`: letters and digits, joined by hyphens and apostrophes. */
export function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isLetter(code) || isDigit(code)) i++;
    else if (WORD_JOINERS.has(code) && i + 1 < end && isLetter(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

/** Start of the next word at or after `from`, skipping white space and opening quotes. */
export function nextWordStart(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && !isOpener(code)) break;
    i++;
  }
  return i;
}

/** The word at `from`, lower-cased, with a trailing possessive dropped ("it's" → "it"). */
export function wordAt(text: string, from: number, end: number): string {
  const stop = wordEnd(text, from, end);
  const word = text.slice(from, stop).toLowerCase();
  const apostrophe = word.search(POSSESSIVE);
  return apostrophe > 0 ? word.slice(0, apostrophe) : word;
}

/** Number of white-space-separated words in `text[from, to)`. */
export function countWords(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
