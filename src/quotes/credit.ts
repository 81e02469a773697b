import { DETERMINERS, ROLE_NOUNS } from './lexicons/speakers.js';
import { isPassiveReport, type Clause } from './indirect.js';
import { phraseStartingAt, type SpeakerPhrase } from './phrase.js';
import { afterDateline, isCapitalized, type Token } from './tokens.js';

/** Words joining a report to its author: "a material of the ISW", "an article by Reuters". */
const AUTHOR_LINKS = new Set(['of', 'by']);
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ';', ':', ',']);
/** A reported clause shorter than this many tokens is a fragment, not a claim. */
const MIN_CLAIM_TOKENS = 3;

/** A sentence that credits the one before it to a source, and who that source is. */
export interface Credit {
  /** Token index of the reporting participle ("reported", "stated"), the cue. */
  verb: number;
  source: SpeakerPhrase;
}

/**
 * "This is reported by The Times." / "This was stated in a material of the Institute for the
 * Study of War": a frame [from, to) that names the source of the sentence before it. Aggregator
 * copy puts the source after the claim; the claim is the source's reported speech.
 */
export function creditOf(tokens: readonly Token[], from: number, to: number): Credit | null {
  const at = afterDateline(tokens, from, to);
  if (!isPassiveReport(tokens, at)) return null;
  const verb = tokens[at + 2]?.lower === 'been' ? at + 3 : at + 2;
  const link = tokens[verb + 1]?.lower;
  let sourceAt = -1;
  if (link === 'by') sourceAt = verb + 2;
  else if (link === 'in') {
    let k = verb + 2;
    if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    if (isDocumentOrOutlet(ROLE_NOUNS.get(tokens[k]?.lower ?? '')) && AUTHOR_LINKS.has(tokens[k + 1]?.lower ?? '')) sourceAt = k + 2;
  }
  const source = sourceAt >= 0 ? phraseStartingAt(tokens, sourceAt, to) : null;
  return source && source.kind !== 'pronoun' ? { verb, source } : null;
}

/** The claim a credit points back to: the frame before it, without an opening connective ("However,") or closing stop. */
export function creditedClaim(tokens: readonly Token[], from: number, to: number): Clause | null {
  let first = afterDateline(tokens, from, to);
  if (tokens[first + 1]?.text === ',' && isCapitalized(tokens[first])) first += 2;
  let end = to;
  while (end > first && CLOSING_PUNCTUATION.has(tokens[end - 1]!.text)) end--;
  return end - first >= MIN_CLAIM_TOKENS ? { first, end, pattern: 'credited' } : null;
}

function isDocumentOrOutlet(kind: string | undefined): boolean {
  return kind === 'media' || kind === 'document';
}
