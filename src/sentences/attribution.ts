import { ATTRIBUTION_VERBS, SPEAKER_PRONOUNS } from './lexicons/attribution.js';
import { isClosingQuote, isUpper } from './chars.js';
import { nextWordStart, wordAt, wordEnd } from './words.js';

/** Longest speaker name between a quote and its verb: "Kremlin spokesman Dmitry Peskov" is too long, "Dmitry Peskov" fits. */
const MAX_SPEAKER_WORDS = 3;

/**
 * Whether the sentence goes on after a quoted question or exclamation because its attribution
 * follows: `“Why now?” Peskov asked.`, `“Enough!” she said.` The closers in `[from, cut)` must
 * hold a quote mark; then a pronoun or up to three capitalised words, then a verb of saying.
 * (After a period, standard punctuation closes the quote with a comma instead, so `."` before
 * a name is taken as the end of the sentence.)
 */
export function quoteAttributionFollows(text: string, from: number, cut: number, end: number): boolean {
  if (!hasClosingQuote(text, from, cut)) return false;
  let at = nextWordStart(text, cut, end);
  const first = wordAt(text, at, end);
  if (SPEAKER_PRONOUNS.has(first)) return ATTRIBUTION_VERBS.has(wordAt(text, nextWordStart(text, wordEnd(text, at, end), end), end));
  for (let words = 0; words < MAX_SPEAKER_WORDS && at < end && isUpper(text.charCodeAt(at)); words++) {
    at = nextWordStart(text, wordEnd(text, at, end), end);
  }
  return ATTRIBUTION_VERBS.has(wordAt(text, at, end));
}

function hasClosingQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClosingQuote(text.charCodeAt(i))) return true;
  return false;
}
