import { tokenIndexAt, type Token } from './tokens.js';

/** Words shorter than this are left out of the count: small words stay lower case in a title ("of", "to", "the"). */
const MIN_COUNTED_LENGTH = 4;
/** Fewest counted words for a line to be judged at all; every one of them must be capitalised (prose rich in names still has a lower-case verb). */
const MIN_COUNTED_WORDS = 3;
/** Longest line looked at, in characters: a headline or a related story's title; longer lines are prose. */
const MAX_TITLE_LINE_CHARS = 200;
const LOWER_A = 97;
const LOWER_Z = 122;
/** Past ASCII, a character that lower-casing leaves alone is taken for a lower-case letter (a rare guess either way). */
const FIRST_NON_ASCII = 128;

function isLowerLetter(code: number): boolean {
  return (code >= LOWER_A && code <= LOWER_Z) || code >= FIRST_NON_ASCII;
}

/**
 * Marks the tokens of title-case lines ("Donald Trump Tells Florida Voters to Turn Out"), where
 * a capital letter says nothing of a name: a verb there is capitalised like the names around it
 * (#10). Quoted words are no tokens and do not count. Only short lines are read.
 */
export function titleCaseTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const marked = new Uint8Array(tokens.length);
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd - lineStart <= MAX_TITLE_LINE_CHARS && lineEnd > lineStart) markLine(tokens, marked, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return marked;
}

function markLine(tokens: readonly Token[], marked: Uint8Array, lineStart: number, lineEnd: number): void {
  const first = tokenIndexAt(tokens, lineStart);
  let end = first;
  let counted = 0;
  let capitalised = 0;
  for (; end < tokens.length && tokens[end]!.start < lineEnd; end++) {
    const token = tokens[end]!;
    if (token.quote || token.text.length < MIN_COUNTED_LENGTH || !(token.capitalized || isLowerLetter(token.lower.charCodeAt(0)))) continue;
    counted++;
    if (token.capitalized) capitalised++;
  }
  if (counted >= MIN_COUNTED_WORDS && capitalised === counted) marked.fill(1, first, end);
}
