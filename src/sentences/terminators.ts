import { periodRule } from './abbreviation.js';
import { isCloser, isContinuation, isDigit, isLetter, isLower, isSpace, skipSpace } from './chars.js';
import { isItemMarker } from './lists.js';
import { quoteAttributionFollows } from './attribution.js';
import { SENTENCE_RULES, type SentenceRule } from './rules.js';
import { nextWordStart, tokenBefore } from './words.js';

const PERIOD = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const SPACE = 0x20;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
/** Reference marks after a sentence ("[12]", "[a]") are this short, brackets included. */
const MAX_REFERENCE_MARK_CHARS = 6;
/** Periods an ellipsis counts for ("…" is one character standing for three). */
const ELLIPSIS_DOTS = 3;
/** An ellipsis of this many dots after a space is an omission followed by the sentence's period. */
const ELLIPSIS_WITH_PERIOD_DOTS = 4;

/** The outcome of looking at one run of terminal punctuation. */
export interface Verdict {
  /** End of the sentence (exclusive), or -1 when the sentence goes on. */
  cut: number;
  /** Where to look for the next run. */
  resume: number;
  rule: SentenceRule | null;
}

const isTerminator = (code: number): boolean =>
  code === PERIOD || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS;

/**
 * Looks at the run of `. ! ? …` that starts at `at` and says whether the sentence that
 * started at `sentenceStart` ends there. Steps:
 *   1. take the run, and spaced dots after it (". . .");
 *   2. "[...]" is an editorial omission: never a boundary;
 *   3. with `!` or `?`: a boundary before white space and a word that is not lower case,
 *      unless an attribution follows the closing quote ("“Why?” Peskov asked.");
 *   4. one period: a boundary unless it belongs to an abbreviation or a list marker;
 *   5. an ellipsis: see `ellipsisVerdict`.
 */
export function judgeRun(text: string, at: number, sentenceStart: number, end: number): Verdict {
  let runEnd = at;
  let dots = 0;
  let asksOrExclaims = false;
  while (runEnd < end) {
    const code = text.charCodeAt(runEnd);
    if (!isTerminator(code)) break;
    if (code === PERIOD) dots++;
    else if (code === ELLIPSIS) dots += ELLIPSIS_DOTS;
    else asksOrExclaims = true;
    runEnd++;
  }
  let spacedEnd = runEnd;
  while (text.charCodeAt(spacedEnd) === SPACE && text.charCodeAt(spacedEnd + 1) === PERIOD && spacedEnd + 1 < end) {
    spacedEnd += 2;
    dots++;
  }
  const none: Verdict = { cut: -1, resume: spacedEnd, rule: null };
  if (text.charCodeAt(at - 1) === OPEN_SQUARE && text.charCodeAt(spacedEnd) === CLOSE_SQUARE) return none;
  const cut = boundaryAfter(text, spacedEnd, end);
  if (asksOrExclaims) {
    if (cut === -1 || quoteAttributionFollows(text, spacedEnd, cut, end)) return none;
    return { cut, resume: cut, rule: SENTENCE_RULES.terminal };
  }
  if (dots === 1) return periodVerdict(text, at, cut, sentenceStart, end);
  return ellipsisVerdict(text, at, runEnd, spacedEnd, dots, cut, end);
}

/**
 * Where a sentence would end after punctuation that finishes at `from`: past closing quotes,
 * brackets and reference marks ("plasma.[81]"), if white space or the end of the region
 * follows and the next word does not continue the sentence (lower case, or `,;:`). Returns -1
 * when it cannot end there.
 */
function boundaryAfter(text: string, from: number, end: number): number {
  let cut = from;
  for (;;) {
    if (cut < end && isCloser(text.charCodeAt(cut))) cut++;
    else if (text.charCodeAt(cut) === OPEN_SQUARE) cut = referenceMarkEnd(text, cut, end);
    else break;
    if (cut === -1) return -1;
  }
  if (cut === end) return cut;
  if (!isSpace(text.charCodeAt(cut))) return -1;
  const next = skipSpace(text, cut, end);
  if (next === end) return cut;
  const code = text.charCodeAt(next);
  return isLower(code) || isContinuation(code) ? -1 : cut;
}

/** End of a reference mark "[12]" or "[a]" that starts at `from`, or -1. */
function referenceMarkEnd(text: string, from: number, end: number): number {
  const limit = Math.min(end, from + MAX_REFERENCE_MARK_CHARS);
  for (let i = from + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === CLOSE_SQUARE) return i > from + 1 ? i + 1 : -1;
    if (!isDigit(code) && !isLetter(code)) return -1;
  }
  return -1;
}

function periodVerdict(text: string, at: number, cut: number, sentenceStart: number, end: number): Verdict {
  const resume = at + 1;
  if (cut === -1) return { cut, resume, rule: null };
  const token = tokenBefore(text, at, sentenceStart);
  if (isItemMarker(text, token.start, sentenceStart, end)) return { cut: -1, resume, rule: null };
  const next = nextWordStart(text, cut, end);
  if (next === end) return { cut, resume: cut, rule: SENTENCE_RULES.paragraphEnd };
  const rule = periodRule({ text, token, next, sentenceStart, end });
  if (rule === null) return { cut: -1, resume, rule: null };
  return { cut, resume: cut, rule };
}

/**
 * Ellipses by where they stand:
 *   - after a space, three dots are an omission inside the sentence ("the thing is . . . I
 *     didn't"); four are an omission and the period ("with a period . . . . Next");
 *   - a period, then a spaced ellipsis and a new sentence: the period ends the sentence and the
 *     ellipsis opens the next ("compounds. . . . The practice");
 *   - otherwise, attached to a word ("that.... She", "mean...see"): a boundary where one fits.
 */
function ellipsisVerdict(
  text: string,
  at: number,
  runEnd: number,
  spacedEnd: number,
  dots: number,
  cut: number,
  end: number,
): Verdict {
  const none: Verdict = { cut: -1, resume: spacedEnd, rule: null };
  if (cut === -1) return none;
  const afterSpace = at === 0 || isSpace(text.charCodeAt(at - 1));
  if (afterSpace) {
    return dots >= ELLIPSIS_WITH_PERIOD_DOTS ? { cut, resume: cut, rule: SENTENCE_RULES.ellipsis } : none;
  }
  const periodThenSpaced = runEnd === at + 1 && spacedEnd > runEnd && dots >= ELLIPSIS_WITH_PERIOD_DOTS;
  if (periodThenSpaced && cut === spacedEnd && skipSpace(text, cut, end) < end) {
    return { cut: at + 1, resume: at + 1, rule: SENTENCE_RULES.periodBeforeEllipsis };
  }
  return { cut, resume: cut, rule: SENTENCE_RULES.ellipsis };
}
