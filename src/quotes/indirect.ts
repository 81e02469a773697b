import type { Span } from '../model.js';
import { isSpeechVerb, type Cue } from './cues.js';
import { BETWEEN_SPEAKER_AND_CUE, DETERMINERS, LISTENER_NOUNS } from './lexicons/speakers.js';
import { phraseStartingAt } from './phrase.js';
import { CLAUSE_OR_OBJECT_VERBS, LISTENER_VERBS, NO_CLAUSE_VERBS, QUESTION_OPENERS, QUESTION_VERBS, THAT_ONLY_VERBS, THAT_OPTIONAL } from './lexicons/speech-verbs.js';
import { afterDateline, isCapitalized, tokenIndexAt, type Token } from './tokens.js';
import type { QuotedSpan } from './marks.js';

/** Farthest "that" may stand after its verb, in tokens (`said during a long news conference that …`). */
const MAX_THAT_GAP = 12;
/** Most words after a trailing cue (`…, a top aide said on Thursday in comments to TV.`). */
const MAX_TRAILING_WORDS = 12;
/** A reported clause shorter than this many tokens is a fragment, not reported speech. */
const MIN_CLAUSE_TOKENS = 3;
const SEPARATORS = new Set([',', '-', '–', '—']);
/** After a comma, these words start something that is no longer the reported clause. */
const CLAUSE_STOPPERS = new Set(['while', 'though', 'although', 'according', 'whereas']);
const DASHES = new Set(['-', '–', '—']);
/** Words that start a clause with another subject, where a fragment's content stops (`… while Meloni called it …`). */
const NEW_SUBJECT_BREAKS = new Set(['while', 'whereas', ';']);
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ';', ':', ',', '-', '–', '—']);
/** Words after a verb that start an adverbial or object, not a bare reported clause ("said in a statement"). */
const NOT_CLAUSE_OPENERS = new Set(['in', 'at', 'to', 'for', 'with', 'by', 'during', 'after', 'before', 'ahead', 'following', 'amid', 'while', 'when', 'of', 'as', 'about', 'from', 'via', 'through', 'without', 'against', 'over', 'on', 'into', 'upon', 'across', 'under', 'goodbye', 'so', 'nothing', 'little', 'yes', 'no', 'sorry', 'hello', 'thanks', 'what', 'how', 'why', 'whether', 'if', 'when', 'where', 'who', 'which',
  // Objects of "claimed", "warned", "told" that are no clause: "claimed responsibility", "claimed victory".
  'responsibility', 'credit', 'victory', 'asylum', 'damages', 'compensation', 'ownership']);
/** Time words that may stand between a verb and its clause ("said on Thursday the talks …"). */
const AFTER_VERB_TIME = new Set(['this', 'last', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'also', 'previously', 'week', 'month', 'year', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night']);
/** Words between a verb and "that" which show the "that" belongs to a noun ("warned against actions that …"). */
const NOT_REPORTING_THAT = new Set(['against', 'about', 'but', 'and']);
/** Auxiliaries: met before "that", they show a bare clause has begun ("said X would … but that …"). */
const FINITE_VERBS = new Set(['would', 'will', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does']);
/** Subjects that open a second reported clause after ", but" or ", and". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'there']);
/** Farthest a second clause's finite verb may stand from its subject, in tokens ("it still could"). */
const MAX_SUBJECT_TO_VERB = 2;
/** Words that join a second report to the first ("… but warned that …", "… and that …"). */
const SECOND_REPORT = new Set(['but', 'and']);
/** "This is stated in …, reports UNN": a sentence about a report, the aggregator's credit, not speech. */
const PASSIVE_SUBJECTS = new Set(['this', 'it']);
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'has', 'had']);

/** Past participles of a passive report ("is stated", "was said", "has been written"). */
const REPORTED_FORM = /ed$|^said$|^written$/;
/** First characters of a bare clause's opener: a letter, or a number ("said 12 people …"). */
const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_WITH_NUMBER = /^\p{N}/u;
/** A word after a trailing attribution's verb (not punctuation). */
const STARTS_WITH_WORD_CHARACTER = /^[\p{L}\p{N}]/u;

export function isPassiveReport(tokens: readonly Token[], at: number): boolean {
  if (!PASSIVE_SUBJECTS.has(tokens[at]?.lower ?? '') || !PASSIVE_AUXILIARIES.has(tokens[at + 1]?.lower ?? '')) return false;
  const next = tokens[at + 2]?.lower === 'been' ? tokens[at + 3] : tokens[at + 2];
  return next !== undefined && REPORTED_FORM.test(next.lower);
}

/** A clause opening with a participle ("Speaking from the window, …") is an adverbial, not what was said. */
const PARTICIPLE_OPENING = /^\p{Lu}\p{Ll}+ing$/u;
/** A participle after a comma ends a trailing attribution (", urging governments to …"). */
const PARTICIPLE = /^\p{Ll}+ing$/u;
const THAT = 'that';
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
/** Longest listener without a name ("a regular weekly news conference"), in tokens. */
const MAX_LISTENER_TOKENS = 6;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on']);
/** Words that may follow the verb of a trailing attribution (`…, she said in a statement`); an object may not (`… announced a review`). */
const TAIL_STARTERS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'from', 'via', 'through', 'when', 'while', 'as', 'according', 'by', 'of', 'for', 'with', 'without', 'then', 'separately', 'privately', 'publicly', 'recently', 'repeatedly', 'again']);
/** Words that open a relative clause: after an attribution's comma they describe, they do not report. */
const RELATIVE_WORDS = new Set(['who', 'which', 'where', 'whose', 'whom']);
/** First words of an opening adverbial that only sets the scene of a report: prepositions and subordinators. */
const SCENE_OPENERS = new Set([
  'if', 'when', 'within', 'for', 'to', 'after', 'before', 'although', 'though', 'as', 'since', 'because', 'despite',
  'in', 'on', 'at', 'during', 'under', 'with', 'without', 'unless', 'once', 'until', 'while', 'by', 'from', 'over', 'among',
]);
/** "said at least 12 people …": a quantity, not a place. */
const QUANTITY_AFTER_AT = new Set(['least', 'most']);

/** Token range [first, end) of a reported clause. */
export interface Clause {
  first: number;
  end: number;
  /** How the clause was found, for the rule id. */
  pattern: 'that' | 'bare' | 'trailing' | 'parenthetical' | 'source-first' | 'source-last' | 'headline' | 'credited' | 'question';
}

/**
 * The reported clause of a cue in a frame [from, to), if the cue reports speech: after the
 * verb ("said (that) …"), before a trailing attribution ("…, a top aide said."), or around a
 * source ("According to X, …" / "…, according to X").
 */
export function clauseOf(tokens: readonly Token[], cue: Cue, from: number, to: number, headline: boolean): Clause | null {
  if (cue.kind === 'source') return sourceClause(tokens, cue, from, to);
  // "Zelenskyy: partners must act" is a headline's form; in the body "Tech Enabled: CNET chronicles …" is a label.
  if (cue.kind === 'colon') return headline && cue.phrase?.first === from ? trimmed(tokens, cue.end, to, 'headline') : null;
  if (cue.kind !== 'speech') return null;
  if (QUESTION_VERBS.has(tokens[cue.first]!.lower)) return questionClause(tokens, cue, to);
  if (NO_CLAUSE_VERBS.has(cue.lemma) || NO_CLAUSE_VERBS.has(tokens[cue.first]!.lower)) {
    if (!THAT_ONLY_VERBS.has(tokens[cue.first]!.lower) || tokens[cue.end]?.text !== THAT) return null;
  }
  // "X, who warned that the deficit was dangerous, played down …": the report ends with the relative clause.
  if (RELATIVE_WORDS.has(tokens[cue.first - 1]?.lower ?? '')) to = commaOrEnd(tokens, cue.end, to);
  const verbEnd = cue.position === 'after' && cue.phrase ? cue.phrase.end : cue.end;
  const asSource = asSourceClause(tokens, cue, from, to);
  if (asSource) return asSource;
  // "what Trump says his plan would do": a speech verb in a free relative names what was said; it reports nothing here.
  if (cue.position === 'before' && cue.phrase && RELATIVE_OBJECTS.has(tokens[cue.phrase.first - 1]?.lower ?? '')) return null;
  const that = thatAfter(tokens, verbEnd, to);
  if (that !== null) return headless(tokens, trimmed(tokens, that + 1, to, 'that'));
  return headless(tokens, bareClause(tokens, cue, verbEnd, to, headline)) ?? trailingClause(tokens, cue, from, to);
}

/**
 * "Ms. Okafor asked the board whether the depot would close": the question, from its opening word
 * (past a listener of a few words), is the asker's report. Only for a subject right before the
 * verb: "Peskov, asked whether …, said" and "was asked if" name who was asked, not who asked.
 */
function questionClause(tokens: readonly Token[], cue: Cue, to: number): Clause | null {
  if (cue.position !== 'before' || !cue.phrase || tokens[cue.first - 1]?.text === ',' || BE_FORMS.has(tokens[cue.first - 1]?.lower ?? '')) return null;
  for (let k = cue.end; k < to && k - cue.end <= MAX_LISTENER_TOKENS; k++) {
    const token = tokens[k]!;
    if (token.quote || !STARTS_WITH_LETTER.test(token.text)) return null;
    if (QUESTION_OPENERS.has(token.lower) && token.text === token.lower) return trimmed(tokens, k, to, 'question');
  }
  return null;
}

/** Forms of "be" before a participle: "was asked" is a passive. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Words before a speaker that make its verb a relative clause's: "what X said", "the man that X admires". */
const RELATIVE_OBJECTS = new Set(['what', 'whatever']);
/** Words that cannot open a reported clause: it has no subject ("that was held on a boat", "said is a lie", "and did the same"). */
const SUBJECTLESS_OPENERS = new Set([...FINITE_VERBS, 'and', 'or', 'but', 'got', 'made', 'took', 'gave']);

/** The clause, unless it opens with a verb or a conjunction: then "that" was a relative pronoun, or the verb had an object. */
function headless(tokens: readonly Token[], clause: Clause | null): Clause | null {
  return clause && SUBJECTLESS_OPENERS.has(tokens[clause.first]!.lower) ? null : clause;
}

/** `Peskov said Moscow was ready`: a clause right after a verb that does not need "that" (not after a listener). */
function bareClause(tokens: readonly Token[], cue: Cue, verbEnd: number, to: number, headline: boolean): Clause | null {
  const verb = tokens[cue.first]!.lower;
  if (cue.position === 'after') return null;
  if (CLAUSE_OR_OBJECT_VERBS.has(verb) && !headline) return opensClause(tokens, afterTime(tokens, verbEnd, to), to) ? trimmed(tokens, afterTime(tokens, verbEnd, to), to, 'bare') : null;
  if (!THAT_OPTIONAL.has(verb)) return null;
  let k = LISTENER_VERBS.has(verb) ? afterListener(tokens, verbEnd, to) : verbEnd;
  if (k === null) return null;
  k = afterTime(tokens, k, to);
  const opener = tokens[k];
  const number = STARTS_WITH_NUMBER.test(opener?.text ?? '');
  if (!opener || opener.quote || !(STARTS_WITH_LETTER.test(opener.text) || (number && cue.lemma !== 'add'))) return null;
  const quantity = opener.lower === 'at' && QUANTITY_AFTER_AT.has(tokens[k + 1]?.lower ?? '');
  if (headline || quantity || !NOT_CLAUSE_OPENERS.has(opener.lower)) return trimmed(tokens, k, to, headline ? 'headline' : 'bare');
  return null;
}

/** Farthest a finite verb may stand from the start of a bare clause, in tokens ("it had", "the state's budget office would"). */
const MAX_BARE_SUBJECT_TOKENS = 6;
/** A contracted negation ends a finite verb: "hadn't", "won’t" (split or not by the tokenizer). */
const NEGATED = /n[’']t$/;

/**
 * A subject and then, within a few words, a finite verb: "it would close", "Trump hadn't meant",
 * "the plan went too far". A verb ending in -ed counts after a word or two of subject.
 */
function opensClause(tokens: readonly Token[], from: number, to: number): boolean {
  const opener = tokens[from];
  if (!opener || opener.quote || !STARTS_WITH_LETTER.test(opener.text) || NOT_CLAUSE_OPENERS.has(opener.lower)) return false;
  for (let k = from; k < to && k - from <= MAX_BARE_SUBJECT_TOKENS; k++) {
    const token = tokens[k]!;
    if (token.quote || token.text === ',' || token.text === '.') return false;
    if (FINITE_VERBS.has(token.lower) || NEGATED.test(token.lower) || (k > from && PAST_TENSE.test(token.lower))) return true;
  }
  return false;
}

/** Skips time words after a verb ("said Thursday", "said on Friday", "said last week"). */
function afterTime(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to) {
    const word = tokens[k]!.lower;
    if (AFTER_VERB_TIME.has(word)) k++;
    else if (word === 'on' && AFTER_VERB_TIME.has(tokens[k + 1]?.lower ?? '')) k += 2;
    else break;
  }
  return k;
}

/**
 * Where the clause starts after a listener: "told Reuters his field …", "told reporters only …",
 * "told a press conference in Beijing the surplus …". Null when no listener can be told apart.
 */
function afterListener(tokens: readonly Token[], from: number, to: number): number | null {
  let found: number | null = phraseStartingAt(tokens, from, to)?.end ?? null;
  for (let i = from; found === null && i < to && i - from <= MAX_LISTENER_TOKENS; i++) {
    if (LISTENER_NOUNS.has(tokens[i]!.lower)) found = i + 1;
  }
  if (found === null) return null;
  let k = found;
  const named = phraseStartingAt(tokens, k, to);
  if (named?.kind === 'name' && isCapitalized(tokens[k])) k = named.end;
  while (k < to && PLACE_PREPOSITIONS.has(tokens[k]!.lower)) {
    const place: number = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (!isCapitalized(tokens[place])) break;
    k = place;
    while (k < to && isCapitalized(tokens[k])) k++;
  }
  return k;
}

/** `As the Financial Times writes, citing sources, the EU is …`: the clause after the source's comma(s). */
function asSourceClause(tokens: readonly Token[], cue: Cue, from: number, to: number): Clause | null {
  const start = afterDateline(tokens, from, to);
  if (cue.position !== 'before' || !cue.phrase || tokens[cue.phrase.first - 1]?.lower !== 'as' || cue.phrase.first - 1 !== start) return null;
  let k = cue.end;
  while (k < to && tokens[k]!.text !== ',') k++;
  if (k - cue.end > MAX_THAT_GAP) return null;
  if (PARTICIPLE.test(tokens[k + 1]?.text ?? '')) {
    k++;
    while (k < to && tokens[k]!.text !== ',') k++;
  }
  return trimmed(tokens, k + 1, to, 'source-first');
}

function commaOrEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') return k;
  return to;
}

function thatAfter(tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < to && i - from <= MAX_THAT_GAP; i++) {
    const token = tokens[i]!;
    if (token.quote || (token.text === '.' && !isEllipsis(tokens, i)) || token.text === ';' || token.text === ',' || NOT_REPORTING_THAT.has(token.lower) || FINITE_VERBS.has(token.lower)) return null;
    if (token.lower === THAT && token.text === THAT) return i;
  }
  return null;
}

/** `CLAUSE, NAME said on Thursday.` — the clause stands before the comma that opens the attribution. */
function trailingClause(tokens: readonly Token[], cue: Cue, from: number, to: number): Clause | null {
  const subjectFirst = cue.position === 'before' && cue.phrase ? cue.phrase.first : cue.position === 'after' ? cue.first : null;
  if (subjectFirst === null || subjectFirst - 1 <= from) return null;
  if (!SEPARATORS.has(tokens[subjectFirst - 1]!.text) || tokens[to - 1]?.text === ':') return null;
  // "X, a senator who warned of …, played down …": a verb in a relative clause attributes nothing around it.
  if (RELATIVE_WORDS.has(tokens[cue.first - 1]?.lower ?? '')) return null;
  const start = afterDateline(tokens, from, subjectFirst - 1);
  // "Speaking to reporters, Peskov said" opens with a participle phrase; "Fighting resumes near Goma, UN says" with a gerund subject.
  const participle = PARTICIPLE_OPENING.test(tokens[start]?.text ?? '') && commaOrEnd(tokens, start, subjectFirst - 1) < subjectFirst - 1;
  if (start >= subjectFirst - 1 || participle || isPassiveReport(tokens, start)) return null;
  const tailEnd = cue.position === 'after' && cue.phrase ? cue.phrase.end : cue.end;
  const tailAt = afterTime(tokens, tailEnd, to);
  const tailFirst = tailAt < to ? tokens[tailAt] : undefined;
  if (tailFirst && STARTS_WITH_WORD_CHARACTER.test(tailFirst.text) && !TAIL_STARTERS.has(tailFirst.lower) && !LISTENER_VERBS.has(tokens[cue.first]!.lower)) return null;
  let tailStop = tailEnd;
  while (tailStop < to && tokens[tailStop]!.text !== ',') tailStop++;
  if (tailStop - tailEnd > MAX_TRAILING_WORDS) return null;
  for (let i = tailEnd; i < tailStop; i++) if (tokens[i]!.lower === THAT || tokens[i]!.quote) return null;
  const rest = parenthetical(tokens, start, subjectFirst - 1, tailStop, to);
  if (rest) return rest;
  // "In a few more years, he said, “You won’t …”": an opening adverbial before a quote reports nothing itself.
  if (SCENE_OPENERS.has(tokens[start]!.lower) && tokens[tailStop]?.text === ',' && tokens[tailStop + 1]?.opens) return null;
  return trimmed(tokens, start, subjectFirst - 1, 'trailing');
}

/**
 * `Within months of the deal, Forte said, prices fell.`: an attribution set off by commas in
 * mid-sentence. The main clause after it is the report when the words before it only set the
 * scene (an opening adverbial) or are the shorter part. A relative clause, a participle or a
 * preposition after the attribution's comma describes; it does not report.
 */
function parenthetical(tokens: readonly Token[], start: number, comma: number, tailStop: number, to: number): Clause | null {
  const next = tokens[tailStop + 1];
  if (tokens[tailStop]?.text !== ',' || !next || next.quote || !STARTS_WITH_WORD_CHARACTER.test(next.text)) return null;
  if (TAIL_STARTERS.has(next.lower) || SECOND_REPORT.has(next.lower) || PARTICIPLE.test(next.text) || RELATIVE_WORDS.has(next.lower)) return null;
  const rest = trimmed(tokens, tailStop + 1, to, 'parenthetical');
  if (!rest) return null;
  if (SCENE_OPENERS.has(tokens[start]!.lower)) return rest;
  // "…, the UN said on Friday, less than a week after the truce": a longer tail is a report only if it reads as a
  // clause, or if the words before the attribution are only its subject ("The combination, say economists, marks …").
  const longer = rest.end - rest.first > comma - start;
  return longer && (readsAsClause(tokens, rest) || comma - start <= MAX_BARE_SUBJECT) ? rest : null;
}

/** Longest subject standing alone before a mid-sentence attribution, in tokens. */
const MAX_BARE_SUBJECT = 3;

/** Opens with a name, a determiner or a pronoun, or holds an auxiliary: a clause rather than an adverbial. */
function readsAsClause(tokens: readonly Token[], clause: Clause): boolean {
  const opener = tokens[clause.first]!;
  if (isCapitalized(opener) || DETERMINERS.has(opener.lower) || CLAUSE_SUBJECTS.has(opener.lower)) return true;
  for (let k = clause.first; k < clause.end; k++) if (FINITE_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

function sourceClause(tokens: readonly Token[], cue: Cue, from: number, to: number): Clause | null {
  if (!cue.phrase) return null;
  if (cue.first > from && SEPARATORS.has(tokens[cue.first - 1]!.text)) return trimmed(tokens, afterDateline(tokens, from, cue.first - 1), cue.first - 1, 'source-last');
  let k = cue.phrase.end;
  while (k < to && tokens[k]!.text !== ',') k++;
  if (k - cue.phrase.end > MAX_THAT_GAP) return null;
  // "According to Park Jae-hoon, a professor at Korea University, neither side …": the claim follows the
  // appositive; "… in the view of Rahul Mehta, a strategist at Maybank, who said …" has none.
  const next = tokens[k + 1]?.lower;
  if (next === 'a' || next === 'an') {
    const appositiveEnd = commaOrEnd(tokens, k + 1, to);
    if (appositiveEnd - k > MAX_THAT_GAP || RELATIVE_WORDS.has(tokens[appositiveEnd + 1]?.lower ?? '')) return null;
    k = appositiveEnd;
  }
  return trimmed(tokens, k + 1, to, 'source-first');
}

/** Cuts a clause at a following participle or contrast (", adding …", ", while …") and trims punctuation. */
function trimmed(tokens: readonly Token[], first: number, to: number, pattern: Clause['pattern'], minTokens = MIN_CLAUSE_TOKENS): Clause | null {
  let end = first;
  while (end < to) {
    const token = tokens[end]!;
    if (token.text === ',' && (CLAUSE_STOPPERS.has(tokens[end + 1]?.lower ?? '') || PARTICIPLE.test(tokens[end + 1]?.text ?? ''))) break;
    if (SECOND_REPORT.has(token.lower) && (startsReport(tokens, end + 1) || (afterComma(tokens, end) && startsClause(tokens, end + 1)))) break;
    if (DASHES.has(token.text) && isSpaced(tokens, end)) {
      // "said that besides the tourists — from Italy and Spain — two guards were killed": a dashed aside goes on.
      const closing = closingDash(tokens, end, to);
      if (closing === null) break;
      end = closing;
    }
    end++;
  }
  while (end > first && CLOSING_PUNCTUATION.has(tokens[end - 1]!.text)) end--;
  return end - first >= minTokens ? { first, end, pattern } : null;
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

/** The first token of what a cue reports: after the verb (and a speaker named after it), past a "that". */
export function contentStart(tokens: readonly Token[], cue: Cue): number | null {
  let k = cue.position === 'after' && cue.phrase && cue.phrase.first >= cue.end ? cue.phrase.end : cue.end;
  if (tokens[k]?.text === THAT) k++;
  return k < tokens.length ? k : null;
}

/** End offset of the report that runs on from token `first`, cut like a reported clause, or null when nothing is left. */
export function reportEnd(tokens: readonly Token[], first: number, to: number): number | null {
  const clause = trimmed(tokens, first, to, 'bare', 1);
  return clause ? tokens[clause.end - 1]!.end : null;
}

const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * `X said the plan was “a disaster,” Ms. Ortiz recalled`: a clause ends before another cue's
 * attribution set off by a comma or dash inside it; null when too little is left.
 */
export function cutAtAttribution(tokens: readonly Token[], clause: Clause, cues: readonly Cue[], own: Cue, ownsQuote: (quote: QuotedSpan) => boolean): Clause | null {
  for (const other of cues) {
    if (other === own || other.kind !== 'speech' || other.first <= clause.first || other.first >= clause.end) continue;
    const boundary = other.position === 'before' && other.phrase ? other.phrase.first : other.first;
    const before = tokens[boundary - 1];
    if (boundary <= clause.first || !before) continue;
    if (SEPARATORS.has(before.text)) return trimmed(tokens, clause.first, boundary - 1, clause.pattern);
    // `“…,” Mr. Reyes said`: the comma sits inside the marks; the quote goes with the clause only if it is the clause's own.
    if (before.opens === false && before.quote) {
      return ownsQuote(before.quote) ? trimmed(tokens, clause.first, boundary, clause.pattern) : trimmed(tokens, clause.first, tokenIndexAt(tokens, before.quote.open), clause.pattern);
    }
  }
  return clause;
}

/** Token index of the first word that opens a clause with a subject of its own (`while`, `whereas`, `;`) in [from, to), else `to`. */
export function clauseBreakAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (NEW_SUBJECT_BREAKS.has(tokens[k]!.lower)) return k;
  return to;
}

/** Words of the clause outside quotation marks (quoted words are no tokens; the marks are). */
export function wordsOutsideQuotes(tokens: readonly Token[], clause: Clause): number {
  let words = 0;
  for (let k = clause.first; k < clause.end; k++) if (!tokens[k]!.quote && WORD_START.test(tokens[k]!.text)) words++;
  return words;
}

export function clauseSpan(tokens: readonly Token[], clause: Clause): Span {
  return { start: tokens[clause.first]!.start, end: tokens[clause.end - 1]!.end };
}

/** The spaced dash that closes an aside opened by the dash at `open`, with words after it, or null. */
function closingDash(tokens: readonly Token[], open: number, to: number): number | null {
  for (let k = open + 1; k < to - 1; k++) {
    const token = tokens[k]!;
    if (token.text === '.' || token.quote) return null;
    if (DASHES.has(token.text) && isSpaced(tokens, k)) return k;
  }
  return null;
}

/** A dash with space on both sides sets off an attribution (`… - the article states`, `… - Sybiha`). */
function isSpaced(tokens: readonly Token[], at: number): boolean {
  const dash = tokens[at]!;
  return (tokens[at - 1]?.end ?? -1) < dash.start && (tokens[at + 1]?.start ?? Infinity) > dash.end;
}

/** Periods of an ellipsis, where the writer cut words ("said ... that"): they end nothing. */
function isEllipsis(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.text === '.' || tokens[at + 1]?.text === '.';
}

/** A comma or a closing mark stands before the joiner at `at` (`…, and`, `“… stage,” and`; quoted words are no tokens). */
function afterComma(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return prev?.text === ',' || prev?.opens === false;
}

/**
 * A new clause with a subject of its own: a pronoun or "there" and, within a few words, a finite
 * verb (`…, but there are likely to be …`, `…, and it could take place …`).
 */
function startsClause(tokens: readonly Token[], at: number): boolean {
  if (!CLAUSE_SUBJECTS.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k <= at + MAX_SUBJECT_TO_VERB; k++) if (FINITE_VERBS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "that …" or a speech verb (after an adverb): the start of a second reported clause. */
function startsReport(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (BETWEEN_SPEAKER_AND_CUE.has(tokens[k]?.lower ?? '')) k++;
  const word = tokens[k]?.text ?? '';
  return word === THAT || isSpeechVerb(word);
}


/**
 * The second clause of a report, if one follows the first: after "and that"/"but that", or,
 * for an attribution in mid-sentence, after ", but"/", and" behind the cue (`A, the sources
 * said, but B`).
 */
export function secondClause(tokens: readonly Token[], first: Clause, cue: Cue, to: number): Clause | null {
  let joiner = first.end;
  while (tokens[joiner]?.text === ',' || tokens[joiner]?.opens === false) joiner++;
  if (SECOND_REPORT.has(tokens[joiner]?.lower ?? '') && tokens[joiner + 1]?.text === THAT) return trimmed(tokens, joiner + 2, to, 'that');
  if (first.pattern !== 'trailing' && SECOND_REPORT.has(tokens[joiner]?.lower ?? '') && afterComma(tokens, joiner) && startsClause(tokens, joiner + 1)) return trimmed(tokens, joiner + 1, to, first.pattern);
  if (first.pattern !== 'trailing') return null;
  let k = cue.end;
  while (k < to && tokens[k]!.text !== ',') k++;
  if (tokens[k + 1] && SECOND_REPORT.has(tokens[k + 1]!.lower)) return trimmed(tokens, k + 2, to, 'trailing');
  return null;
}
