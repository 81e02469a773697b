import type { Sentence, Span } from '../model.js';
import type { QuotedSpan } from './marks.js';

/** A stretch of narrative read as one unit: a sentence, or sentences joined by a quote running across them. */
export interface Frame extends Span {
  /** Body paragraph index, or -1 for a headline-like field. */
  paragraph: number;
  headline: boolean;
}

/** A sentence that opens in lower case continues the one before (a split after "said ..."). */
const LOWERCASE_START = /^\p{Ll}/u;
/** A quoted question or exclamation ends a sentence only for the splitter: its attribution follows ("“Why?” Justice X asked."). */
const QUESTION_OPENERS = new Set(['"', '“', "'", '‘', '«']);
const QUESTION_CLOSERS = new Set(['"', '”', "'", '’', '»']);
const QUESTION_ENDS = new Set(['?', '!']);

/** The text [start, end) opens with a quote mark and ends with "?" or "!" and a closing mark (read by characters, not sliced). */
function isQuotedQuestion(text: string, start: number, end: number): boolean {
  return end - start >= 3 && QUESTION_OPENERS.has(text[start]!) && QUESTION_CLOSERS.has(text[end - 1]!) && QUESTION_ENDS.has(text[end - 2]!);
}

/**
 * Joins consecutive sentences while a quote opened in one closes in a later one, so that a
 * quote of several sentences and its attribution are read together. Headline-like fields
 * (headline, standfirst, related headlines) are frames of their own, in reading order. A sentence
 * starting in lower case is joined to the one before it.
 */
export function buildFrames(text: string, sentences: readonly Sentence[], quotes: readonly QuotedSpan[], headlines: readonly Span[]): Frame[] {
  const frames: Frame[] = headlines.map((span) => ({ start: span.start, end: span.end, paragraph: -1, headline: true }));
  let q = 0;
  let current: Frame | null = null;
  for (const sentence of sentences) {
    const continues = current !== null && current.paragraph === sentence.paragraph && (LOWERCASE_START.test(text.slice(sentence.start, sentence.start + 1)) || isQuotedQuestion(text, current.start, current.end));
    if (current && (current.end >= sentence.start || continues)) {
      current.end = Math.max(current.end, sentence.end);
    } else {
      if (current) frames.push(current);
      current = { start: sentence.start, end: sentence.end, paragraph: sentence.paragraph, headline: false };
    }
    while (q < quotes.length && quotes[q]!.open < current.end) {
      const quote = quotes[q]!;
      const closeEnd = (quote.close ?? quote.end - 1) + 1;
      if (quote.open >= current.start && closeEnd > current.end) current.end = closeEnd;
      q++;
    }
  }
  if (current) frames.push(current);
  // In reading order: a related headline or sign-off line can sit anywhere in the body.
  return frames.sort((a, b) => a.start - b.start);
}
