import { findQuotedSpans } from '../../src/quotes/marks.js';
import { tokenize, type Token } from '../../src/quotes/tokens.js';

/** The quote stage's tokens of a text read as one paragraph. */
export function tokensOf(text: string): Token[] {
  return tokenize(text, findQuotedSpans(text, [{ start: 0, end: text.length }]));
}

/** Index of the first token that reads `word`, at or after token `from`. */
export function tokenAt(tokens: readonly Token[], word: string, from = 0): number {
  const index = tokens.findIndex((token, i) => i >= from && token.text === word);
  if (index < 0) throw new Error(`no token ${word}`);
  return index;
}

/** The words of tokens [first, end), as the text holds them. */
export function wordsOf(text: string, tokens: readonly Token[], first: number, end: number): string {
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end);
}
