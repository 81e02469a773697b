import type { Span } from '../model.js';
import { firstKeyAtOrAfter } from './search.js';

/** A stretch of quoted words: `start`/`end` cover the words, `open`/`close` the marks around them. */
export interface QuotedSpan extends Span {
  open: number;
  /** Index of the closing mark, or null for an unbalanced mark (the quote stops at its paragraph's end). */
  close: number | null;
  /** True when the quote runs over several paragraphs, its opening mark repeated on each. */
  multiParagraph: boolean;
}

const DOUBLE_OPENERS = new Set(['“', '„', '‟', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';
const SINGLE_OPENERS = new Set(['‘', "'"]);
const SINGLE_CLOSERS = new Set(['’', "'"]);
/** A single-quoted stretch longer than this is an apostrophe misread as a mark. */
const MAX_SINGLE_QUOTE_CHARS = 300;
/**
 * Two apostrophes standing for a straight double mark (`''Not yet,'' she said.`), as archived
 * newspaper text (LexisNexis, the New York Times archive) writes quotation marks (#10).
 */
const APOSTROPHE_PAIR = "''";
/** A paragraph that opens with a mark again, read from the end of the one before (sticky). */
const OPENING_MARK_AT_START = /\s*(?:[“„‟«"]|'')/y;
const DOUBLE_MARK = /[“”„‟«»"]/g;
const SINGLE_MARK = /[‘’']/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Finds quoted stretches in each region (paragraphs, headline). Double marks first — curly,
 * straight, low-9 and guillemets — then single marks outside them. A quote whose paragraph
 * ends open continues into the next paragraph when that one opens with a mark again (the
 * wire convention for a multi-paragraph quote); otherwise it stops at its paragraph's end,
 * so an unbalanced mark never swallows the article. A second opening mark before a closing
 * one ends the first quote there, unclosed.
 */
export function findQuotedSpans(text: string, regions: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  // Marks are found once for the whole text: a search per region would run on past the region's end.
  const singleMarks = positionsOf(text, SINGLE_MARK);
  // Pairs of apostrophes are found among the single marks: one character class per pass stays fast.
  const doubleMarks = withApostrophePairs(text, positionsOf(text, DOUBLE_MARK), singleMarks);
  let carried: number | null = null;
  regions.forEach((region, index) => {
    const inside: Span[] = [];
    const unclosed = (openAt: number, endAt: number): void => {
      const start = openAt + markLength(text, openAt);
      const end = start + text.slice(start, endAt).trimEnd().length;
      if (end > start) found.push({ start, end, open: openAt, close: null, multiParagraph: openAt < region.start });
      inside.push({ start: openAt, end: endAt });
    };
    let open = carried;
    let from = region.start;
    if (carried !== null) {
      const mark = region.start + text.slice(region.start, region.end).search(/\S/);
      from = mark + markLength(text, mark);
    }
    carried = null;
    for (let m = firstAtOrAfter(doubleMarks, from); m < doubleMarks.length && doubleMarks[m]! < region.end; m++) {
      const i = doubleMarks[m]!;
      if (i < from) continue;
      const ch = text[i]!;
      const length = markLength(text, i);
      const straight = ch === STRAIGHT_DOUBLE || length > 1;
      if (DOUBLE_OPENERS.has(ch) || (straight && open === null)) {
        if (open !== null) unclosed(open, i);
        open = SPACE.test(text[i + length] ?? ' ') && straight ? null : i;
      } else if ((DOUBLE_CLOSERS.has(ch) || straight) && open !== null) {
        found.push({ start: open + markLength(text, open), end: i, open, close: i, multiParagraph: open < region.start });
        inside.push({ start: open, end: i + length });
        open = null;
      }
    }
    const next = regions[index + 1];
    if (open !== null) {
      OPENING_MARK_AT_START.lastIndex = region.end;
      if (next && OPENING_MARK_AT_START.test(text)) carried = open;
      else unclosed(open, region.end);
    }
    found.push(...singleQuoted(text, singleMarks, region, inside));
  });
  return found.map((span) => withoutPadding(text, span)).sort((a, b) => a.start - b.start);
}

/** Characters of the quotation mark at `at`: two for a pair of apostrophes, else one. */
export function markLength(text: string, at: number): number {
  return text.startsWith(APOSTROPHE_PAIR, at) ? APOSTROPHE_PAIR.length : 1;
}

/** The double marks with the first offset of each pair of apostrophes among the single marks, in order. */
function withApostrophePairs(text: string, doubles: number[], singles: readonly number[]): number[] {
  const pairs: number[] = [];
  for (let k = 0; k + 1 < singles.length; k++) {
    const at = singles[k]!;
    if (singles[k + 1] === at + 1 && text.startsWith(APOSTROPHE_PAIR, at)) {
      pairs.push(at);
      k++;
    }
  }
  if (pairs.length === 0) return doubles;
  return [...doubles, ...pairs].sort((a, b) => a - b);
}

/** Offsets of every match of a global pattern (of one mark), in order. */
function positionsOf(text: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) positions.push(match.index);
  return positions;
}

/** Index of the first position at or after `offset`, in sorted positions. */
function firstAtOrAfter(positions: readonly number[], offset: number): number {
  return firstKeyAtOrAfter(positions.length, (index) => positions[index]!, offset);
}

/**
 * Drops spaces just inside the marks (`« Nous sommes là »`) and the comma that hands over to
 * the attribution (`“We will,” he said` → `We will`), so the span holds only the quoted words.
 */
function withoutPadding(text: string, span: QuotedSpan): QuotedSpan {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  if (span.close !== null && text[end - 1] === ',') end--;
  return { ...span, start, end };
}

/** Single-quoted stretches in a region, outside its double-quoted ones; apostrophes are skipped. */
function singleQuoted(text: string, marks: readonly number[], region: Span, inside: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  const skips = [...inside].sort((a, b) => a.start - b.start);
  let skip = 0;
  let open: number | null = null;
  let m = firstAtOrAfter(marks, region.start);
  while (m < marks.length && marks[m]! < region.end) {
    const i = marks[m]!;
    while (skips[skip] && skips[skip]!.end <= i) skip++;
    const covering = skips[skip];
    if (covering && i >= covering.start) {
      m = firstAtOrAfter(marks, covering.end);
      skip++;
      open = null;
      continue;
    }
    m++;
    const ch = text[i]!;
    if (open !== null && i - open > MAX_SINGLE_QUOTE_CHARS) open = null;
    if (open === null) {
      if (SINGLE_OPENERS.has(ch) && !WORD_CHAR.test(text[i - 1] ?? ' ') && WORD_CHAR.test(text[i + 1] ?? ' ')) open = i;
    } else if (SINGLE_CLOSERS.has(ch) && !SPACE.test(text[i - 1] ?? ' ') && !WORD_CHAR.test(text[i + 1] ?? ' ')) {
      found.push({ start: open + 1, end: i, open, close: i, multiParagraph: false });
      open = null;
    }
  }
  return found;
}
