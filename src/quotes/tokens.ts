import type { Span } from '../model.js';
import type { QuotedSpan } from './marks.js';

/** A word or punctuation mark outside quotation marks. Quote marks are tokens of their own. */
export interface Token extends Span {
  text: string;
  lower: string;
  /** Set on quote-mark tokens: the quoted span the mark opens or closes. */
  quote?: QuotedSpan;
  /** True on a mark that opens a quote, false on one that closes it. */
  opens?: boolean;
}

/** Initials (`J.D.`, `U.S.`), titles with their period (`Sen.`), words with inner apostrophes, hyphens or dots (and `OPEC+`), or one punctuation mark. */
const TOKEN = /(?:\p{Lu}\.){2,}|\b(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|St)\.(?=\s)|[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\+?|[^\s\p{L}\p{N}]/gu;

/**
 * Tokenizes the text with the quoted words blanked out, so that cues and speakers are looked
 * for only in the narrative around quotes, in one pass over the text.
 */
export function tokenize(text: string, quotes: readonly QuotedSpan[]): Token[] {
  const marks = new Map<number, { quote: QuotedSpan; opens: boolean }>();
  const pieces: string[] = [];
  let at = 0;
  for (const quote of quotes) {
    if (quote.open < at) continue;
    marks.set(quote.open, { quote, opens: true });
    if (quote.close !== null) marks.set(quote.close, { quote, opens: false });
    pieces.push(text.slice(at, quote.start), ' '.repeat(quote.end - quote.start));
    at = quote.end;
  }
  pieces.push(text.slice(at));
  const masked = pieces.join('');
  const tokens: Token[] = [];
  for (const match of masked.matchAll(TOKEN)) {
    const token: Token = { start: match.index, end: match.index + match[0].length, text: match[0], lower: match[0].toLowerCase() };
    const mark = marks.get(match.index);
    if (mark && match[0].length === 1) Object.assign(token, mark);
    tokens.push(token);
  }
  return tokens;
}

/** True for a word that starts with a capital letter (names, titles, sentence openers). */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text);
}

/** The word without a possessive ending: `Putin’s` → `Putin`. */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, '');
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /[’']s$/u.test(token.text);
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
