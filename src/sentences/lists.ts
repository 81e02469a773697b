import { isBullet, isSpace, skipSpace } from './chars.js';

/**
 * An item marker at the start of a sentence: "1.", "1)", "1.)" or "a." followed by white space.
 * Numbers stay short so that years ("2024.") are not taken for items.
 */
const ITEM_MARKER = /(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)/y;
/** Items of a list run inline are short; the next marker is looked for this far at most. */
const MAX_ITEM_CHARS = 2000;

/** Where the words of a sentence begin, after a leading bullet: "• 9. The first item" → "9.". */
export function itemContentStart(text: string, sentenceStart: number, end: number): number {
  return isBullet(text.charCodeAt(sentenceStart)) ? skipSpace(text, sentenceStart + 1, end) : sentenceStart;
}

/** Whether the token at `tokenStart` is the item marker of the sentence that starts at `sentenceStart`. */
export function isItemMarker(text: string, tokenStart: number, sentenceStart: number, end: number): boolean {
  if (tokenStart !== itemContentStart(text, sentenceStart, end)) return false;
  ITEM_MARKER.lastIndex = tokenStart;
  return ITEM_MARKER.test(text);
}

/**
 * Where the next item of the list that the sentence at `sentenceStart` opens begins, or -1.
 * A bulleted item runs to the next bullet after white space; a numbered or lettered one to
 * the next number or letter in sequence with the same delimiter ("1) … 2) …", "a. … b. …").
 */
export function nextItemStart(text: string, sentenceStart: number, end: number): number {
  const first = text.charCodeAt(sentenceStart);
  const limit = Math.min(end, sentenceStart + MAX_ITEM_CHARS);
  if (isBullet(first)) return nextBullet(text, sentenceStart + 1, limit);
  ITEM_MARKER.lastIndex = sentenceStart;
  const marker = ITEM_MARKER.exec(text);
  if (marker === null) return -1;
  const [, label = '', delimiter = ''] = marker;
  return findMarker(text, successor(label) + delimiter, sentenceStart + marker[0].length, limit);
}

function nextBullet(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (isBullet(text.charCodeAt(i)) && isSpace(text.charCodeAt(i - 1))) return i;
  }
  return -1;
}

function successor(label: string): string {
  const number = Number(label);
  return Number.isInteger(number) ? String(number + 1) : String.fromCharCode(label.charCodeAt(0) + 1);
}

/** Index of `marker` standing as a word of its own (white space on both sides) in `[from, end)`. */
function findMarker(text: string, marker: string, from: number, end: number): number {
  const window = text.slice(from, end);
  for (let at = window.indexOf(marker); at !== -1 && from + at + marker.length < end; at = window.indexOf(marker, at + 1)) {
    const index = from + at;
    if (isSpace(text.charCodeAt(index - 1)) && isSpace(text.charCodeAt(index + marker.length))) return index;
  }
  return -1;
}
