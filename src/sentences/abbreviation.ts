import {
  ALWAYS_INTERNAL,
  CLOCK,
  MONTHS,
  NUMBER_PREFIXES,
  ORDINARY,
  STREET_SUFFIXES,
  TITLES,
} from './lexicons/abbreviations.js';
import { AFTER_CLOCK, TIME_PREPOSITIONS, ZONE_NOUN } from './lexicons/clock.js';
import { SENTENCE_STARTERS } from './lexicons/starters.js';
import { isDigit, isSpace, isUpper, skipSpace } from './chars.js';
import { SENTENCE_RULES, type SentenceRule } from './rules.js';
import { countWords, nextWordStart, wordAt, wordEnd, type Token } from './words.js';

const PERIOD = 0x2e;
/** A fronted time phrase ("At 5", "Shortly after 9") has at most this many words before the clock time. */
const MAX_FRONTED_TIME_WORDS = 3;

/** Initialisms: single letters each followed by a period, "U.S", "J.D", "U.S.A" (the last period is the candidate). */
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** A single letter: an initial ("E. Smith") or the pronoun "I". */
const SINGLE_LETTER = /^\p{L}$/u;
/** Tokens with no letter ("553", "$100.00") are never abbreviations. */
const HAS_LETTER = /\p{L}/u;

/** What the splitter knows around a period that ends a word and is followed by white space. */
export interface PeriodContext {
  text: string;
  /** The word before the period. */
  token: Token;
  /** First character of the next word, past white space and opening quotes. */
  next: number;
  sentenceStart: number;
  end: number;
}

/**
 * Decides whether a period after a word ends the sentence, given that the next word is not
 * lower case. Returns the rule that ends it, or null when the period belongs to an
 * abbreviation that the sentence runs through. The classes are tried in this order:
 *   1. no letters ("$100.00.", "2022.")            → ends
 *   2. Latin "e.g.", "i.e."                        → never ends
 *   3. clock "a.m.", "p.m."                        → ends unless a day, zone or fronted phrase
 *   4. capitalised title "Sen.", "Lt.", "Mt."       → never ends before a word or number
 *      (but "Main St." is a street: then as 6)
 *   5. number-taking "No. 5", month "Feb. 7"        → never ends before a number
 *   6. ordinary "Co.", initialism "U.S.", initial "E." → ends only before a sentence starter
 *   7. any other word                              → ends
 */
export function periodRule(context: PeriodContext): SentenceRule | null {
  const { text, token, next } = context;
  const key = token.key;
  if (key === null || !HAS_LETTER.test(key)) return SENTENCE_RULES.terminal;
  if (ALWAYS_INTERNAL.has(key)) return null;
  if (CLOCK.has(key)) return clockEnds(context) ? SENTENCE_RULES.clock : null;
  const nextIsNumber = isDigit(text.charCodeAt(next));
  if (TITLES.has(key) && isUpper(text.charCodeAt(token.start)) && !isStreetSuffix(context)) return null;
  if (nextIsNumber && (NUMBER_PREFIXES.has(key) || MONTHS.has(key))) return null;
  if (ORDINARY.has(key) || MONTHS.has(key) || STREET_SUFFIXES.has(key) || INITIALISM.test(key) || SINGLE_LETTER.test(key)) {
    return startsSentence(text, next, context.end) ? SENTENCE_RULES.abbreviation : null;
  }
  return SENTENCE_RULES.terminal;
}

/** "St." after a name or number is a street ("Main St.", "5th St."), which can end a sentence. */
function isStreetSuffix({ text, token, sentenceStart }: PeriodContext): boolean {
  if (!STREET_SUFFIXES.has(token.key ?? '')) return false;
  let before = token.start - 1;
  while (before > sentenceStart && isSpace(text.charCodeAt(before))) before--;
  if (before < sentenceStart || before === token.start - 1) return false;
  let wordStart = before;
  while (wordStart > sentenceStart && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  const first = text.charCodeAt(wordStart);
  return isUpper(first) || isDigit(first);
}

/** Whether a sentence starter begins at `at`; an initial ("A. A. Milne") is not one. */
function startsSentence(text: string, at: number, end: number): boolean {
  if (!isUpper(text.charCodeAt(at))) return false;
  const word = wordAt(text, at, end);
  if (word.length === 1 && text.charCodeAt(at + 1) === PERIOD) return false;
  return SENTENCE_STARTERS.has(word);
}

/**
 * "He left at 6 p.m. Mr. Smith stayed." ends after "p.m."; "At 5 a.m. Mr. Smith left." and
 * "at 10 a.m. Monday" do not. A sentence starter ends even a fronted phrase: "At 5 a.m. The".
 */
function clockEnds({ text, token, next, sentenceStart, end }: PeriodContext): boolean {
  if (!isUpper(text.charCodeAt(next))) return false;
  const nextEnd = wordEnd(text, next, end);
  if (AFTER_CLOCK.has(text.slice(next, nextEnd).toLowerCase())) return false;
  const after = nextWordStart(text, nextEnd, end);
  if (wordAt(text, after, end) === ZONE_NOUN) return false;
  return startsSentence(text, next, end) || !isFrontedTimePhrase(text, sentenceStart, token.start);
}

function isFrontedTimePhrase(text: string, sentenceStart: number, clockStart: number): boolean {
  const first = skipSpace(text, sentenceStart, clockStart);
  const firstWord = wordAt(text, first, clockStart);
  return TIME_PREPOSITIONS.has(firstWord) && countWords(text, first, clockStart) <= MAX_FRONTED_TIME_WORDS;
}
