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
 * Tokenizes the text outside quoted words, in one pass: cues and speakers are looked for only
 * in the narrative around quotes. The marks themselves are tokens that point at their quote.
 */
export function tokenize(text: string, quotes: readonly QuotedSpan[]): Token[] {
  const tokens: Token[] = [];
  const closing = new Map<number, QuotedSpan>();
  const byOpen = [...quotes].sort((a, b) => a.open - b.open);
  let next = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const at = match.index;
    while (next < byOpen.length && byOpen[next]!.open < at) next++;
    const token: Token = { start: at, end: at + match[0].length, text: match[0], lower: match[0].toLowerCase() };
    const quote = byOpen[next];
    if (quote && quote.open === at) {
      token.quote = quote;
      token.opens = true;
      const close = quote.close ?? quote.end;
      TOKEN.lastIndex = close;
      if (quote.close !== null) closing.set(close, quote);
      next++;
    } else if (closing.has(at)) {
      token.quote = closing.get(at)!;
      token.opens = false;
      closing.delete(at);
    }
    tokens.push(token);
  }
  return tokens;
}

/** True for a word that starts with a capital letter (names, titles, sentence openers). */
export function isCapitalized(token: Token | undefined): boolean {
  // A first letter that lower-casing changes is a capital; cheaper than a Unicode regex per token.
  return token !== undefined && token.text.charCodeAt(0) !== token.lower.charCodeAt(0);
}

/** The word without a possessive ending: `Putin’s` → `Putin`. */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, '');
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /[’']s$/u.test(token.text);
}

/** Index of the first span starting at or after `offset`, in spans sorted by start (binary search). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((spans[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}

/** Longest dateline before a lede's first word ("CAIRO/DOHA, Jan 10 (Reuters) -"), in tokens. */
const MAX_DATELINE_TOKENS = 16;
const DATELINE_DASHES = new Set(['-', '–', '—']);

/** The first token after a wire dateline (`… (Reuters) -`) at the start of [from, to), else `from`. */
export function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to && k - from <= MAX_DATELINE_TOKENS; k++) {
    if (tokens[k]!.text === ')' && DATELINE_DASHES.has(tokens[k + 1]?.text ?? '')) return k + 2;
  }
  return from;
}
