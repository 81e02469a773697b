import type { Headline } from '../model.js';
import { FUNCTION_WORDS } from './lexicons/function-words.js';
import { ENDS_WITH_TERMINAL } from './lines.js';

/** A headline is at most this long; longer unpunctuated lines are prose missing its period. */
const MAX_HEADLINE_CHARS = 200;
/** A related-story headline inside the body has this many words; fewer make a label. */
const MIN_RELATED_WORDS = 4;
/** Prose missing its final period tends to be longer than any headline. */
const MAX_RELATED_WORDS = 25;

/** An outlet tag closing a headline: "… - Times", "… – Sybiha", "… | Reuters". */
const SOURCE_TAG = /\s+[-–—|]\s+(\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3})$/u;
const HEADLINE_START = /^["“‘'«\p{Lu}\p{N}]/u;
/** Punctuation that leaves a line unfinished: "… the talks," */
const OPEN_ENDING = /[,;:\-–—]$/;
/** A sentence boundary inside the line: then it is prose, not one headline. */
const INNER_BOUNDARY = /[.!?]["'”’)]*\s+["“‘']?\p{Lu}/u;
const LAST_WORD = /([\p{L}'’]+)\W*$/u;
const SPACES = /\s+/;

/** Whether a line reads as a headline: capitalised, short, not ending like a sentence. */
export function isHeadlineLike(value: string): boolean {
  return (
    value.length <= MAX_HEADLINE_CHARS &&
    HEADLINE_START.test(value) &&
    !ENDS_WITH_TERMINAL.test(value) &&
    !OPEN_ENDING.test(value)
  );
}

/**
 * Whether a body line is the headline of a related story: headline-like, one statement of a
 * few words, and not ending on a function word as cut-off prose would.
 */
export function isRelatedHeadline(value: string): boolean {
  if (!isHeadlineLike(value) || INNER_BOUNDARY.test(value)) return false;
  const words = value.split(SPACES).length;
  const last = LAST_WORD.exec(value)?.[1]?.toLowerCase() ?? '';
  return words >= MIN_RELATED_WORDS && words <= MAX_RELATED_WORDS && !FUNCTION_WORDS.has(last);
}

/** The headline field of a line starting at `offset`, with its outlet tag split off. */
export function headlineField(value: string, offset: number): Headline {
  const tag = SOURCE_TAG.exec(value);
  if (tag === null) return { start: offset, end: offset + value.length, value };
  const source = tag[1] ?? '';
  const title = value.slice(0, tag.index);
  const sourceStart = offset + value.length - source.length;
  return {
    start: offset,
    end: offset + title.length,
    value: title,
    source: { start: sourceStart, end: sourceStart + source.length, value: source },
  };
}
