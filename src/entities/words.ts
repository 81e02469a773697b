/**
 * Finds the capitalised words of a sentence and groups them into runs: maximal sequences joined
 * only by spaces, hyphens or name connectors ("of", "for the", "de", "al-"). Runs are raw
 * material; `segment.ts` decides which parts of a run name what.
 */
import type { Span } from '../model.js';
import { ATTACHED_PARTICLE_PATTERN, NAME_PARTICLE_PATTERN } from '../lexicons/name-particles.js';

export interface Word extends Span {
  text: string;
  /** Opens the sentence, a quotation or a label ("Meanwhile", "“Yes"): capitalised by position. */
  opener: boolean;
}

export interface Run {
  words: Word[];
  /** gaps[i] is the text between words[i] and words[i + 1]. */
  gaps: string[];
}

/**
 * Dotted acronyms ("U.S.", "U.N."), or a capitalised word with an inner apostrophe ("O’Brien").
 * Sticky: it is tried only where a scan by hand found a capital (every capital starts a match),
 * which is much faster than letting the regex search the lower-case text between words. No
 * lookbehind: the character before a match is checked by hand too.
 */
const CAPITALISED_WORD = /(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}&]*(?:['’]\p{Lu}\p{L}*)?/uy;
const CAPITAL = /\p{Lu}/uy;
/** A capital right after one of these is inside a word ("iPhone", "S&P", "d’Estaing"). */
const INSIDE_WORD = /[\p{L}\p{N}&'’.]/u;

const SPACE = 0x20;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOW_SURROGATE = 0xdc00;
const LOW_SURROGATE_END = 0xdfff;

/** Words that keep their full stop: "Jr.", "Inc.", "Sen.". Single capitals ("W.") keep it too. */
const DOTTED_ABBREVIATIONS = new Set([
  'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Maj', 'Capt', 'Sgt', 'Adm',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'St', 'Mt', 'Ft', 'Bros', 'Jan', 'Feb', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec',
]);

/** Generational suffixes that stay inside a person's name: "Donald Trump Jr.". */
export const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** What may stand between two words of one run. */
const JOINING_GAP = new RegExp(
  `^(?:[ \\t]+|-|[ \\t]+(?:of|for|on|and|&|(?:(?:${NAME_PARTICLE_PATTERN})[ \\t]+)*(?:${NAME_PARTICLE_PATTERN}))(?:[ \\t]+the)?[ \\t]+|[ \\t]+(?:${ATTACHED_PARTICLE_PATTERN})-)$`,
);

/** Characters after which a capital is positional: sentence and quote openers, labels, dashes. */
const OPENER_BEFORE = new Set(['“', '"', '‘', "'", '(', '[', ':', '–', '—', '•', '*']);

/**
 * Is the word at `start` capitalised by position? `quoteOpens` is called only when a straight
 * quote stands before the word; it says whether that quote is an opening one.
 */
function isOpener(text: string, start: number, sentenceStart: number, quoteOpens: (at: number) => boolean): boolean {
  let i = start - 1;
  while (i >= sentenceStart && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < sentenceStart) return true;
  const ch = text[i] ?? '';
  if (ch === '"') return quoteOpens(i);
  return OPENER_BEFORE.has(ch) || (ch === '-' && i < start - 1);
}

const STRAIGHT_QUOTE = 0x22;

/** Straight quotes in `text[from, to)`, by hand: `indexOf` would run on to the end of the text. */
function countQuotes(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === STRAIGHT_QUOTE) count++;
  return count;
}

/** Where the next upper-case letter at or after `from` starts, or `end`; ASCII is tested by hand. */
function nextCapital(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < ASCII_END) {
      if (code >= UPPER_A && code <= UPPER_Z) return i;
      continue;
    }
    // The second half of a pair: the regex reads pairs whole, from their first half.
    if (code >= LOW_SURROGATE && code <= LOW_SURROGATE_END) continue;
    CAPITAL.lastIndex = i;
    if (CAPITAL.test(text)) return i;
  }
  return end;
}

/** The capitalised words of `text[start, end)` in order. */
export function capitalisedWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  /** Straight quotes are counted lazily, once over the sentence: odd ones open ('" Sinner told' closes). */
  let quotes = 0;
  let counted = start;
  const quoteOpens = (at: number): boolean => {
    quotes += countQuotes(text, counted, at + 1);
    counted = at + 1;
    return quotes % 2 === 1;
  };
  for (let wordStart = nextCapital(text, start, end); wordStart < end; ) {
    CAPITALISED_WORD.lastIndex = wordStart;
    const word = CAPITALISED_WORD.exec(text)?.[0] ?? '';
    // The scan goes on after the match, as a global regex's search would.
    const next = nextCapital(text, wordStart + word.length, end);
    const before = text.charCodeAt(wordStart - 1);
    if (wordStart > start && before !== SPACE && INSIDE_WORD.test(text[wordStart - 1] ?? '')) {
      wordStart = next;
      continue;
    }
    let wordEnd = Math.min(end, wordStart + word.length);
    if (text[wordEnd] === '.' && wordEnd + 1 <= end && (word.length === 1 || DOTTED_ABBREVIATIONS.has(word))) wordEnd += 1;
    const surface = wordEnd === wordStart + word.length ? word : text.slice(wordStart, wordEnd);
    words.push({ start: wordStart, end: wordEnd, text: surface, opener: isOpener(text, wordStart, start, quoteOpens) });
    wordStart = next;
  }
  return words;
}

/** Groups words into runs joined by spaces, hyphens and connectors. */
export function groupRuns(text: string, words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const word of words) {
    const previous = current?.words.at(-1);
    const gap = previous ? text.slice(previous.end, word.start) : '';
    if (current && previous && JOINING_GAP.test(gap)) {
      current.words.push(word);
      current.gaps.push(gap);
    } else {
      current = { words: [word], gaps: [] };
      runs.push(current);
    }
  }
  return runs;
}

/** The run's words i..j (inclusive) as one phrase, inner whitespace normalised. */
export function phrase(run: Run, i: number, j: number): string {
  let out = run.words[i]?.text ?? '';
  for (let k = i; k < j; k++) out += (run.gaps[k] ?? ' ').replace(/\s+/g, ' ') + (run.words[k + 1]?.text ?? '');
  return out;
}

/** Is the gap after word k a plain space (not a hyphen or a connector)? */
export function isSpaceGap(run: Run, k: number): boolean {
  const gap = run.gaps[k];
  return gap !== undefined && /^[ \t]+$/.test(gap);
}

const LOWER_LETTER = /\p{Ll}/u;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const ASCII_END = 0x80;

/** Lower-case letter test with an ASCII fast path (it runs on every character of context). */
export function isLowerLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < ASCII_END) return code >= LOWER_A && code <= LOWER_Z;
  return LOWER_LETTER.test(text[i] ?? '');
}

/** The lower-case word ending right before `pos` (spaces and commas skipped), not reading before `floor`. */
export function wordBefore(text: string, pos: number, floor: number): string {
  let end = pos;
  while (end > floor && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  let start = end;
  while (start > floor && isLowerLetterAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The lower-case word starting right after `pos` (spaces and commas skipped). */
export function wordAfter(text: string, pos: number): string {
  let start = pos;
  while (start < text.length && (text[start] === ' ' || text[start] === ',')) start++;
  let end = start;
  while (end < text.length && isLowerLetterAt(text, end)) end++;
  return text.slice(start, end);
}
