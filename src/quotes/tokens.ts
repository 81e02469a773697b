import type { Span } from '../model.js';
import type { QuotedSpan } from './marks.js';
import { firstKeyAtOrAfter } from './search.js';
import { asciiTokenEnd, hasAsciiUpper, isAsciiSpace, NEEDS_PATTERN, TOKEN } from './token-end.js';

/**
 * A word or punctuation mark outside quotation marks. Quote marks are tokens of their own.
 * Every token has every field (undefined where it does not apply), so that all tokens share
 * one object shape and the property reads in the hot loops stay monomorphic.
 */
export interface Token extends Span {
  text: string;
  lower: string;
  /** Set on quote-mark tokens: the quoted span the mark opens or closes. */
  quote: QuotedSpan | undefined;
  /** True on a mark that opens a quote, false on one that closes it. */
  opens: boolean | undefined;
  /** Ends in a possessive `’s`/`'s`; read so often while parsing phrases that it is computed once. */
  possessive: boolean;
  /** Starts with a capital letter (names, titles, sentence openers); computed once, like `possessive`. */
  capitalized: boolean;
}

/** Length of text from which tokens share one string per distinct word (a long report or transcript, not a news story). */
const INTERN_FROM_CHARS = 100_000;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LOWER_S = 0x73;

/**
 * Tokenizes the text outside quoted words, in one pass: cues and speakers are looked for only
 * in the narrative around quotes. The marks themselves are tokens that point at their quote.
 * ASCII stretches are scanned by char codes; elsewhere the TOKEN pattern decides.
 */
export function tokenize(text: string, quotes: readonly QuotedSpan[]): Token[] {
  const tokens: Token[] = [];
  // One string per distinct word: a long article repeats a few thousand words, and a copy per
  // token (and another for its lower case) held a third of a 5 MB article's live memory (#13).
  // A news-length article's copies weigh little, and looking every word up cost ~7% of the stage.
  const words = text.length >= INTERN_FROM_CHARS ? new Map<string, string>() : null;
  const intern = (word: string): string => {
    if (words === null) return word;
    const known = words.get(word);
    if (known !== undefined) return known;
    words.set(word, word);
    return word;
  };
  // The closing mark of the quote just opened: the words between are skipped, so the next token
  // starts there (one offset, not a map looked up at every token).
  let closeAt = -1;
  let closeQuote: QuotedSpan | undefined;
  const byOpen = [...quotes].sort((a, b) => a.open - b.open);
  let next = 0;
  let at = 0;
  const pairs = text.includes("''");
  while (at < text.length) {
    if (isAsciiSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = asciiTokenEnd(text, at);
    // Lower-casing is slow on text with non-ASCII characters; a scanned token needs it only for a capital.
    let caseless = end !== NEEDS_PATTERN && !hasAsciiUpper(text, at, end);
    if (end === NEEDS_PATTERN) {
      TOKEN.lastIndex = at;
      const match = TOKEN.exec(text);
      if (!match) break;
      at = match.index;
      end = at + match[0].length;
      caseless = false;
    }
    while (next < byOpen.length && byOpen[next]!.open < at) next++;
    const word = intern(text.slice(at, end));
    const lower = caseless ? word : intern(word.toLowerCase());
    // A first letter that lower-casing changes is a capital; cheaper than a Unicode pattern.
    const capitalized = !caseless && word.charCodeAt(0) !== lower.charCodeAt(0);
    const token: Token = { start: at, end, text: word, lower, quote: undefined, opens: undefined, possessive: endsPossessive(word), capitalized };
    const quote = byOpen[next];
    // A mark of two apostrophes is one token (looked for only in text that has such pairs).
    if (pairs && end === at + 1 && text.charCodeAt(at) === APOSTROPHE && text.charCodeAt(end) === APOSTROPHE && (quote?.open === at || closeAt === at)) token.end = end = at + 2;
    at = end;
    if (quote && quote.open === token.start) {
      token.quote = quote;
      token.opens = true;
      const close = quote.close ?? quote.end;
      at = close;
      if (quote.close !== null) {
        closeAt = close;
        closeQuote = quote;
      }
      next++;
    } else if (closeAt === token.start) {
      token.quote = closeQuote;
      token.opens = false;
      closeAt = -1;
    }
    tokens.push(token);
  }
  return tokens;
}

/** True for a word that starts with a capital letter (names, titles, sentence openers). */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.capitalized;
}

/** True for a word ending in `’s` or `'s` (char codes: this runs once per token). */
function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== LOWER_S) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE;
}

/** The word without a possessive ending: `Putin’s` → `Putin`. */
export function withoutPossessive(word: string): string {
  return endsPossessive(word) ? word.slice(0, -2) : word;
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && token.possessive;
}

/** Index of the first span starting at or after `offset`, in spans sorted by start (binary search). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  return firstKeyAtOrAfter(spans.length, (index) => spans[index]!.start, offset);
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
