import type { TextField } from '../model.js';
import { SECTION_LABELS } from './lexicons/labels.js';

/** A section label of no more than this many words is recognised without being in the lexicon. */
const MAX_LABEL_WORDS = 3;
/** No label, in the lexicon or not, is longer than this; longer lines are not looked at. */
const MAX_LABEL_CHARS = 60;

/** A label may close with a colon ("Read also:") or, in footers, a period. */
const TRAILING_MARK = /[:.]$/;
const SPACES = /\s+/;
const LABEL_START = /^\p{Lu}/u;
const NO_TERMINAL = /[^.!?…"'”’)]$/;
/** A known label leading a line: "Read more: Kremlin rejects plan". */
const LABEL_PREFIX = /^([^:]{2,40}):\s+/;

/** Whether a whole line is a section label ("Details", "Reminder", "Read more:"). */
export function isLabel(value: string): boolean {
  if (value.length > MAX_LABEL_CHARS) return false;
  const bare = value.replace(TRAILING_MARK, '');
  if (SECTION_LABELS.has(bare.toLowerCase())) return true;
  return bare.split(SPACES).length <= MAX_LABEL_WORDS && LABEL_START.test(bare) && NO_TERMINAL.test(value);
}

/** A known label opening a line, and where the rest of the line starts, or undefined. */
export function labelPrefix(value: string, offset: number): { label: TextField; rest: number } | undefined {
  const match = LABEL_PREFIX.exec(value);
  const label = match?.[1];
  if (match === null || label === undefined || !SECTION_LABELS.has(label.toLowerCase())) return undefined;
  return { label: { start: offset, end: offset + label.length, value: label }, rest: match[0].length };
}
