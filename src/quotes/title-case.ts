import type { Token } from './tokens.js';

/** Words shorter than this are left out of the count: small words stay lower case in a title ("of", "to", "the"). */
const MIN_COUNTED_LENGTH = 4;
/** Fewest counted words for a line to be judged at all; every one of them must be capitalised (prose rich in names still has a lower-case verb). */
const MIN_COUNTED_WORDS = 3;
const NEWLINE = 10;
const LETTER = /^\p{L}/u;

/**
 * Marks the tokens of title-case lines ("Donald Trump Tells Florida Voters to Turn Out"), where
 * a capital letter says nothing of a name: a verb there is capitalised like the names around it
 * (#10). Quoted words are no tokens and do not count.
 */
export function titleCaseTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const marked = new Uint8Array(tokens.length);
  let lineFirst = 0;
  let counted = 0;
  let capitalised = 0;
  const close = (end: number): void => {
    if (counted >= MIN_COUNTED_WORDS && capitalised === counted) marked.fill(1, lineFirst, end);
    lineFirst = end;
    counted = 0;
    capitalised = 0;
  };
  tokens.forEach((token, i) => {
    if (i > lineFirst && newlineBetween(text, tokens[i - 1]!.end, token.start)) close(i);
    if (token.quote || token.text.length < MIN_COUNTED_LENGTH || !LETTER.test(token.text)) return;
    counted++;
    if (token.capitalized) capitalised++;
  });
  close(tokens.length);
  return marked;
}

function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === NEWLINE) return true;
  return false;
}
