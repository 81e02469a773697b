import type { Span } from '../model.js';

/** A non-empty line, trimmed: `text.slice(start, end) === value`. */
export interface Line extends Span {
  value: string;
}

/** A candidate paragraph: one line, or the lines of a hard-wrapped block. */
export interface Unit extends Span {
  value: string;
  /** How many lines of the text it spans. */
  lines: number;
}

/**
 * Hard-wrapped copy breaks lines at a fixed width (commonly 60 to 80 characters): every line of
 * a wrapped block but its last is within these bounds. Longer lines are whole paragraphs (the
 * one-line-per-paragraph convention); shorter ones are headlines, labels or list items.
 */
const MAX_WRAPPED_LINE_CHARS = 100;
const MIN_WRAPPED_LINE_CHARS = 40;
/** A wrapped line falls short of the longest one by no more than a long word or two. */
const MAX_WRAP_SLACK_CHARS = 25;
/** Share of a wrapped block's lines (all but the last) that stop mid-sentence. */
const MIN_SHARE_BROKEN_MID_SENTENCE = 0.5;

/** Sentence-final punctuation at the end of a line, possibly inside closing quotes or brackets. */
export const ENDS_WITH_TERMINAL = /[.!?…]["'”’»)\]]*$/;

const LINE_BREAK = /\r?\n|\r|\u2028|\u2029/g;

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const value = raw.trim();
    if (value === '') return;
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: from + lead, end: from + lead + value.length, value });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return out;
}

/**
 * The text's candidate paragraphs. Blocks are runs of lines between blank lines; a block is
 * one paragraph when it is hard-wrapped (every line but the last has about the wrap width and
 * many stop mid-sentence), or a short first line (a headline, a label) over one such
 * paragraph; otherwise each of its lines is a paragraph.
 */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const block of blocks(text)) {
    if (isHardWrapped(block)) {
      out.push(joined(text, block));
    } else if (isHardWrapped(block.slice(1))) {
      out.push(single(block[0] as Line), joined(text, block.slice(1)));
    } else {
      for (const line of block) out.push(single(line));
    }
  }
  return out;
}

const single = ({ start, end, value }: Line): Unit => ({ start, end, value, lines: 1 });

function joined(text: string, block: readonly Line[]): Unit {
  const start = (block[0] as Line).start;
  const end = (block[block.length - 1] as Line).end;
  return { start, end, value: text.slice(start, end), lines: block.length };
}

function blocks(text: string): Line[][] {
  const out: Line[][] = [];
  let previous: Line | undefined;
  for (const line of lines(text)) {
    const gap = previous === undefined ? '' : text.slice(previous.end, line.start);
    if (previous === undefined || countBreaks(gap) > 1) out.push([line]);
    else out[out.length - 1]?.push(line);
    previous = line;
  }
  return out;
}

function countBreaks(gap: string): number {
  return gap.match(LINE_BREAK)?.length ?? 0;
}

function isHardWrapped(block: readonly Line[]): boolean {
  if (block.length < 2) return false;
  const wrapped = block.slice(0, -1);
  const width = wrapped.reduce((max, { value }) => Math.max(max, value.length), 0);
  const floor = Math.max(MIN_WRAPPED_LINE_CHARS, width - MAX_WRAP_SLACK_CHARS);
  const atWidth = width <= MAX_WRAPPED_LINE_CHARS && wrapped.every(({ value }) => value.length >= floor);
  const broken = wrapped.filter(({ value }) => !ENDS_WITH_TERMINAL.test(value)).length;
  return atWidth && broken >= wrapped.length * MIN_SHARE_BROKEN_MID_SENTENCE;
}
