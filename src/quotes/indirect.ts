import type { Span } from '../model.js';
import { isSpeechVerb, type Cue } from './cues.js';
import { BETWEEN_SPEAKER_AND_CUE } from './lexicons/speakers.js';
import { NO_CLAUSE_VERBS, THAT_OPTIONAL } from './lexicons/speech-verbs.js';
import { isCapitalized, type Token } from './tokens.js';

/** Farthest "that" may stand after its verb, in tokens (`said during a long news conference that …`). */
const MAX_THAT_GAP = 12;
/** Most words after a trailing cue (`…, a top aide said on Thursday in comments to TV.`). */
const MAX_TRAILING_WORDS = 12;
/** A reported clause shorter than this many tokens is a fragment, not reported speech. */
const MIN_CLAUSE_TOKENS = 3;
const SEPARATORS = new Set([',', '-', '–', '—']);
/** After a comma, these words start something that is no longer the reported clause. */
const CLAUSE_STOPPERS = new Set(['while', 'adding', 'saying', 'noting', 'stressing', 'though', 'although', 'according', 'whereas', 'citing', 'referring']);
const DASHES = new Set(['-', '–', '—']);
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ';', ':', ',', '-', '–', '—']);
/** Words after a verb that start an adverbial or object, not a bare reported clause ("said in a statement"). */
const NOT_CLAUSE_OPENERS = new Set(['in', 'at', 'to', 'for', 'with', 'by', 'during', 'after', 'before', 'of', 'as', 'about', 'from', 'via', 'through', 'without', 'goodbye', 'so', 'nothing', 'little', 'yes', 'no', 'sorry', 'hello', 'thanks', 'what', 'how', 'why', 'whether', 'if', 'when', 'where', 'who', 'which']);
/** Time words that may stand between a verb and its clause ("said on Thursday the talks …"). */
const AFTER_VERB_TIME = new Set(['on', 'this', 'last', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'also', 'previously', 'week', 'month', 'year', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night']);
/** Words between a verb and "that" which show the "that" belongs to a noun ("warned against actions that …"). */
const NOT_REPORTING_THAT = new Set(['against', 'about', 'of']);
/** Words that join a second report to the first ("… but warned that …", "… and that …"). */
const SECOND_REPORT = new Set(['but', 'and']);
/** A participle after a comma ends a trailing attribution (", urging governments to …"). */
const PARTICIPLE = /^\p{Ll}+ing$/u;
const THAT = 'that';

/** Token range [first, end) of a reported clause. */
export interface Clause {
  first: number;
  end: number;
  /** How the clause was found, for the rule id. */
  pattern: 'that' | 'bare' | 'trailing' | 'source-first' | 'source-last' | 'headline';
}

/**
 * The reported clause of a cue in a frame [from, to), if the cue reports speech: after the
 * verb ("said (that) …"), before a trailing attribution ("…, a top aide said."), or around a
 * source ("According to X, …" / "…, according to X").
 */
export function clauseOf(tokens: readonly Token[], cue: Cue, from: number, to: number, headline: boolean): Clause | null {
  if (cue.kind === 'source') return sourceClause(tokens, cue, from, to);
  if (cue.kind !== 'speech' || NO_CLAUSE_VERBS.has(cue.lemma) || NO_CLAUSE_VERBS.has(tokens[cue.first]!.lower)) return null;
  const verbEnd = cue.position === 'after' && cue.phrase ? cue.phrase.end : cue.end;
  const that = thatAfter(tokens, verbEnd, to);
  if (that !== null) return trimmed(tokens, that + 1, to, 'that');
  const trailing = trailingClause(tokens, cue, from, to);
  if (trailing) return trailing;
  if (!THAT_OPTIONAL.has(tokens[cue.first]!.lower) || cue.position === 'after') return null;
  let k = verbEnd;
  while (k < to && AFTER_VERB_TIME.has(tokens[k]!.lower)) k++;
  const opener = tokens[k];
  if (!opener || opener.quote || !/^[\p{L}\p{N}]/u.test(opener.text)) return null;
  if (headline || !NOT_CLAUSE_OPENERS.has(opener.lower)) return trimmed(tokens, k, to, headline ? 'headline' : 'bare');
  return null;
}

function thatAfter(tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < to && i - from <= MAX_THAT_GAP; i++) {
    const token = tokens[i]!;
    if (token.quote || token.text === '.' || token.text === ';' || NOT_REPORTING_THAT.has(token.lower)) return null;
    if (token.lower === THAT && token.text === THAT) return i;
  }
  return null;
}

/** `CLAUSE, NAME said on Thursday.` — the clause stands before the comma that opens the attribution. */
function trailingClause(tokens: readonly Token[], cue: Cue, from: number, to: number): Clause | null {
  const subjectFirst = cue.position === 'before' && cue.phrase ? cue.phrase.first : cue.position === 'after' ? cue.first : null;
  if (subjectFirst === null || subjectFirst - 1 <= from) return null;
  if (!SEPARATORS.has(tokens[subjectFirst - 1]!.text)) return null;
  const tailEnd = cue.position === 'after' && cue.phrase ? cue.phrase.end : cue.end;
  let tailStop = tailEnd;
  while (tailStop < to && !(tokens[tailStop]!.text === ',' && PARTICIPLE.test(tokens[tailStop + 1]?.text ?? ''))) tailStop++;
  if (tailStop - tailEnd > MAX_TRAILING_WORDS) return null;
  for (let i = tailEnd; i < tailStop; i++) if (tokens[i]!.lower === THAT || tokens[i]!.quote) return null;
  return trimmed(tokens, from, subjectFirst - 1, 'trailing');
}

function sourceClause(tokens: readonly Token[], cue: Cue, from: number, to: number): Clause | null {
  if (!cue.phrase) return null;
  if (cue.first > from && SEPARATORS.has(tokens[cue.first - 1]!.text)) return trimmed(tokens, from, cue.first - 1, 'source-last');
  let k = cue.phrase.end;
  while (k < to && tokens[k]!.text !== ',') k++;
  if (k - cue.phrase.end > MAX_THAT_GAP) return null;
  return trimmed(tokens, k + 1, to, 'source-first');
}

/** Cuts a clause at a following participle or contrast (", adding …", ", while …") and trims punctuation. */
function trimmed(tokens: readonly Token[], first: number, to: number, pattern: Clause['pattern']): Clause | null {
  let end = first;
  while (end < to) {
    const token = tokens[end]!;
    if (token.text === ',' && CLAUSE_STOPPERS.has(tokens[end + 1]?.lower ?? '')) break;
    if (SECOND_REPORT.has(token.lower) && startsReport(tokens, end + 1)) break;
    if (DASHES.has(token.text) && isSpaced(tokens, end)) break;
    end++;
  }
  while (end > first && CLOSING_PUNCTUATION.has(tokens[end - 1]!.text)) end--;
  return end - first >= MIN_CLAUSE_TOKENS ? { first, end, pattern } : null;
}

/** A headline-like field ending in `- Name` (`Talks in Ankara are fake - Sybiha`): the clause before the dash. */
export function dashAttribution(tokens: readonly Token[], from: number, to: number): { clause: Clause; dash: number } | null {
  let last = to;
  while (last > from && CLOSING_PUNCTUATION.has(tokens[last - 1]!.text) && !DASHES.has(tokens[last - 1]!.text)) last--;
  for (let k = last - 1; k > from && last - k <= 4; k--) {
    if (!DASHES.has(tokens[k]!.text)) {
      if (!isCapitalized(tokens[k])) return null;
      continue;
    }
    const clause = trimmed(tokens, from, k, 'headline');
    return clause ? { clause, dash: k } : null;
  }
  return null;
}

export function clauseSpan(tokens: readonly Token[], clause: Clause): Span {
  return { start: tokens[clause.first]!.start, end: tokens[clause.end - 1]!.end };
}

/** A dash with space on both sides sets off an attribution (`… - the article states`, `… - Sybiha`). */
function isSpaced(tokens: readonly Token[], at: number): boolean {
  const dash = tokens[at]!;
  return (tokens[at - 1]?.end ?? -1) < dash.start && (tokens[at + 1]?.start ?? Infinity) > dash.end;
}

/** "that …" or a speech verb (after an adverb): the start of a second reported clause. */
function startsReport(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (BETWEEN_SPEAKER_AND_CUE.has(tokens[k]?.lower ?? '')) k++;
  const word = tokens[k]?.text ?? '';
  return word === THAT || isSpeechVerb(word);
}
