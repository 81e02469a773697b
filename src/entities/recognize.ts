/**
 * Named-entity recognition for one article, rule-based and data-driven. Stages, in order:
 *   1. words    — capitalised words of each sentence, grouped into runs (`words.ts`)
 *   2. segment  — each run split into typed candidates from local evidence (`segment.ts`)
 *   3. resolve  — untyped candidates typed from the whole article (`resolve.ts`)
 *   4. place tails — a body whose name ends in a country or region ("Human Rights in China")
 *                 is one mention again (`place-tails.ts`)
 *      short forms — a company named in full ("Magna International Inc") is its short form
 *                 ("Magna") wherever the article spells it (`short-forms.ts`)
 *   5. dates    — weekdays and written-out dates, found apart (`dates.ts`)
 *   6. structure — the dateline's place and agency, byline and credit names, photo credits
 *                 (`structural.ts`), which replace prose mentions on the same words
 *   7. group    — mentions grouped into entities with aliases (`group.ts`)
 * Spans follow CoNLL-2003: titles are outside PERSON spans, possessive endings are outside every
 * span, and hyphenated compounds ("US-Russian", "Trump-Putin") yield the names inside them.
 */
import type { Entity, Sentence, Structure } from '../model.js';
import { findDates, type DateMention } from './dates.js';
import { groupEntities } from './group.js';
import type { KnownNames } from './known-names.js';
import { resolveCandidates, type Resolved } from './resolve.js';
import { segmentRun, type Candidate } from './segment.js';
import { withPlaceTails } from './place-tails.js';
import { withCompanyShortForms } from './short-forms.js';
import { structuralMentions } from './structural.js';
import { capitalisedWords, groupRuns, isLowerLetterAt, wordBefore, type Word } from './words.js';

/** A sentence this share capitalised (or more) is in headline case, where capitals say nothing. */
const HEADLINE_CAPITAL_SHARE = 0.6;
/** Shorter sentences are never judged headline case: "Kremlin aide Yuri Ushakov said." */
const HEADLINE_MIN_WORDS = 4;

/** `match`: prose giving a match score, where towns playing are clubs. */
type LineKind = 'prose' | 'match' | 'headline' | 'table';

/** A match score ("won 2-1", "drew 0-0"). */
const SCORE = /(?<![\d.-])\d{1,2}-\d{1,2}(?![\d.-])/;

/** Only names, each followed by whole numbers: "Southampton 0 Leeds 2", "Leeds 5 3 1 1 10 6 10". */
const RESULTS_LINE = /^\s*(?:\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*(?:\s+\d+)+\s*)+$/u;

const DIGIT = /\d/g;

/**
 * Where the first digit at or after a position is. Sentences come in text order, so one search
 * serves every sentence up to that digit: no sentence rescans the text after it.
 */
function digitFinder(text: string): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from < searchedFrom || found < from) {
      DIGIT.lastIndex = from;
      found = DIGIT.exec(text)?.index ?? text.length;
      searchedFrom = from;
    }
    return found;
  };
}

/**
 * Headline case when most words are capitalised (words counted as spaces plus one: close
 * enough, and fast); a results table when the line is only names and scores; a match report
 * when prose gives a score.
 */
function lineKind(text: string, sentence: Sentence, words: readonly Word[], nextDigit: (from: number) => number): LineKind {
  let total = 1;
  let lower = isLowerLetterAt(text, sentence.start);
  for (let i = text.indexOf(' ', sentence.start); i >= 0 && i < sentence.end; i = text.indexOf(' ', i + 1)) {
    total++;
    if (!lower && isLowerLetterAt(text, i + 1)) lower = true;
  }
  const digits = nextDigit(sentence.start) < sentence.end;
  const line = digits ? text.slice(sentence.start, sentence.end) : '';
  if (digits && !lower && RESULTS_LINE.test(line)) return 'table';
  const headline = words.length >= HEADLINE_MIN_WORDS * HEADLINE_CAPITAL_SHARE && total >= HEADLINE_MIN_WORDS;
  if (headline && words.length / total >= HEADLINE_CAPITAL_SHARE) return 'headline';
  return digits && SCORE.test(line) ? 'match' : 'prose';
}

/** What the recognizer may know beyond the sentences. */
export interface RecognizeOptions {
  /** The article's structure: its dateline, byline and credits name places, agencies and people. */
  structure?: Structure;
  /** Names already on record in the corpus (`known-names.ts`); without them the article stands alone. */
  knownNames?: KnownNames;
}

export function recognizeEntities(text: string, sentences: readonly Sentence[], options: RecognizeOptions = {}): Entity[] {
  const candidates: Candidate[] = [];
  const dates: Resolved[] = [];
  const nextDigit = digitFinder(text);
  for (const sentence of sentences) {
    const words = capitalisedWords(text, sentence.start, sentence.end);
    if (words.length === 0) continue;
    for (const date of findDates(text, words)) dates.push(dateMention(date));
    const kind = lineKind(text, sentence, words, nextDigit);
    for (const run of groupRuns(text, words)) {
      const before = wordBefore(text, run.words[0]?.start ?? sentence.start, sentence.start);
      const context = { headline: kind === 'headline', table: kind === 'table', scores: kind === 'match', text, wordBefore: before };
      candidates.push(...segmentRun(run, context));
    }
  }
  const prose = withCompanyShortForms(text, withPlaceTails(text, resolveCandidates(text, candidates, options.knownNames)));
  const structural = options.structure ? structuralMentions(text, options.structure) : [];
  return groupEntities([...withStructural(prose, structural), ...dates]);
}

/** Structural mentions replace prose mentions on the same words; the result is in text order. */
function withStructural(prose: readonly Resolved[], structural: readonly Resolved[]): Resolved[] {
  if (structural.length === 0) return [...prose];
  const overlaps = (r: Resolved): boolean => structural.some((s) => r.start < s.end && s.start < r.end);
  return [...prose.filter((r) => !overlaps(r)), ...structural].sort((a, b) => a.start - b.start);
}

function dateMention(date: DateMention): Resolved {
  return {
    ...date, type: 'DATE', rule: 'date', words: [date.surface], wordSpans: [{ start: date.start, end: date.end }],
    hyphenated: false, opener: false,
  };
}
