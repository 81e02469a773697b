import type { Cue } from './cues.js';
import { DETERMINERS, TERM_MARKERS, TERM_PHRASES } from './lexicons/speakers.js';
import type { QuotedSpan } from './marks.js';
import type { Token } from './tokens.js';

/** A quoted span with the token indices of its marks in the frame. */
export interface PlacedQuote {
  quote: QuotedSpan;
  /** Token index of the opening mark, and of the closing mark (or the last token inside an unclosed quote). */
  open: number;
  close: number;
}

/** Farthest a cue may stand after a quote's closing mark, in tokens (`”, Ushakov, a …, told`). */
const MAX_TRAILING_CUE_GAP = 40;
/** Farthest a trailing attribution may stand behind a comma-set fragment and still own it ("…,” Mr. McHugh said), in tokens. */
const MAX_ADJACENT_CUE_GAP = 5;
/** Farthest a fragment may stand after the verb that characterises it (`, calling it a risk of “…”`), in tokens. */
const MAX_CHARACTERIZED_GAP = 6;
/** Punctuation that ends an utterance, before the closing mark (`…,”`, `….”`). */
const UTTERANCE_ENDINGS = new Set(['.', ',', '!', '?', '…', ':', ';', '—', '–', '-']);
const SPACE = /\s/;
const STARTS_CAPITALIZED = /^\s*[\p{Lu}\p{N}]/u;
/** Small words left in lower case inside a title ("Ring of Fire", "It Was Just an Accident"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de']);
/** Punctuation after a closing mark that hands over to the attribution (`”, he said`, `’: Syrskyi`). */
const HANDS_OVER = new Set([',', ':']);
/** Most words between a trailing cue and the comma before the rest of its split quote (`said during a rally in Ohio,`). */
const MAX_ATTRIBUTION_TAIL = 12;
/** Words after which a fragment belongs to a new speaker's clause (`an interview in which he stated …`). */
const CLAUSE_BREAKS = new Set(['while', 'whereas', ';', 'which', 'whom']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Longest question before its quoted words, in tokens. */
const MAX_QUESTION_TOKENS = 20;
/** Farthest "asked" may stand before "if"/"whether" (`asked by reporters on Friday if`), in tokens. */
const MAX_ASKED_TO_QUESTION = 6;
const QUESTION_OPENERS = new Set(['if', 'whether']);
const ASKING = new Set(['ask', 'asks', 'asked', 'asking']);
/** Punctuation that ends a question before the quote (the answer may follow: `asked if …, he said “…”`). */
const QUESTION_BREAKS = new Set([',', '.', ':', ';', '?']);
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * Words around the marks that make the quote a name or title: so-called “X”, known as “X”, or
 * a named thing then characterised (`identified the “root causes” as …`).
 */
export function isMarkedTerm(tokens: readonly Token[], placed: PlacedQuote): boolean {
  const prev = tokens[placed.open - 1];
  if (!prev) return false;
  if (TERM_MARKERS.has(prev.lower)) return true;
  if (DETERMINERS.has(prev.lower) && tokens[placed.close + 1]?.lower === 'as') return true;
  if (prev.lower !== 'as') return false;
  const before = [tokens[placed.open - 2]?.lower, tokens[placed.open - 3]?.lower];
  return TERM_PHRASES.some(([first]) => before.includes(first));
}

/**
 * Quoted words inside a reporter's question (`asked if Moscow plans a new “special military
 * operation”`) belong to the question, not to whoever answers it.
 */
export function isQuestionTerm(tokens: readonly Token[], placed: PlacedQuote, frameFirst: number): boolean {
  for (let k = placed.open - 1; k >= frameFirst && placed.open - k <= MAX_QUESTION_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.quote || QUESTION_BREAKS.has(token.text)) return false;
    if (!QUESTION_OPENERS.has(token.lower)) continue;
    for (let j = k - 1; j >= frameFirst && k - j <= MAX_ASKED_TO_QUESTION; j--) if (ASKING.has(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

/** A title or nickname: every word capitalised but the small ones (“Ring of Fire”, “Thala”). */
export function isTitleCase(words: string): boolean {
  // Word by word, stopping at the first lower-case one: most fragments are not titles.
  WORD.lastIndex = 0;
  let index = 0;
  for (let match = WORD.exec(words); match; match = WORD.exec(words), index++) {
    const word = match[0];
    if (!(CAPITAL_OR_DIGIT.test(word) || (index > 0 && TITLE_SMALL_WORDS.has(word)))) return false;
  }
  return index > 0;
}

/**
 * True when the quote is a whole utterance rather than a fragment of a reported sentence: it
 * opens the frame, follows a colon or a cue and comma, or follows another whole quote, and its
 * words end like an utterance or its closing mark ends the frame.
 */
export function isWholeUtterance(tokens: readonly Token[], placed: PlacedQuote, frameFirst: number, frameEnd: number, text: string, cues: readonly Cue[]): boolean {
  const prev = tokens[placed.open - 1];
  const closesFrame = placed.close >= frameEnd - 2 || HANDS_OVER.has(tokens[placed.close + 1]?.text ?? '');
  if (placed.open === frameFirst || !prev || placed.open - 1 < frameFirst) {
    return endsUtterance(text, placed) || closesFrame || placed.quote.close === null;
  }
  if (prev.text === ':') return true;
  if (prev.text !== ',') return false;
  const before = placed.open - 2;
  const afterAttribution = cues.some((cue) => cue.end - 1 === before || (cue.phrase && cue.phrase.end - 1 === before)) || tokens[before]?.quote;
  if (!afterAttribution) return closesFrame && resumesSplitQuote(tokens, text, frameFirst, before, cues);
  return STARTS_CAPITALIZED.test(insideMarks(text, placed)) || closedEarlier(tokens, frameFirst, placed.open);
}

/**
 * `“…,” Ruiz said at the hearing, “…”` or `“…,” she said, turning to the panel, “…”`: the words
 * after a trailing cue run on up to the comma before the quote that finishes the sentence, which
 * is the second part of a split quote, not a fragment of a report.
 */
function resumesSplitQuote(tokens: readonly Token[], text: string, frameFirst: number, comma: number, cues: readonly Cue[]): boolean {
  const cue = cues.findLast((candidate) => candidate.end <= comma);
  if (!cue || comma - cue.end > MAX_ATTRIBUTION_TAIL) return false;
  for (let k = cue.end; k < comma; k++) if (tokens[k]!.quote) return false;
  const opening = Math.min(cue.first, cue.phrase?.first ?? cue.first);
  const mark = tokens[opening - 1];
  // The part before: a whole quote closing right before the attribution, with a comma inside its marks.
  const part = mark?.opens === false ? mark.quote : undefined;
  return part !== undefined && opening - 1 > frameFirst && part.close !== null && /,\s*$/.test(text.slice(part.open + 1, part.close));
}

/**
 * The cue that attributes a quote. A whole quote takes the cue right after it (`”, he said`),
 * else the nearest before it; a fragment takes the first cue before it, the one whose clause
 * it sits in (`Umerov said that … they agreed to meet “soon”` → Umerov). Only cues whose
 * speaker was resolved count.
 */
export function cueFor(tokens: readonly Token[], placed: PlacedQuote, cues: readonly Cue[], whole: boolean, text: string): Cue | undefined {
  const after = cues.find((cue) => cue.first > placed.close && cue.first - placed.close <= MAX_TRAILING_CUE_GAP && !opensBetween(tokens, placed.close, cue.first));
  const before = cues.filter((cue) => cue.end <= placed.open);
  if (!whole) {
    // "…, the utility switched to vented covers, “so they cannot ignite,” Mr. McHugh said": a fragment set off by a
    // comma with its own attribution right behind it belongs to that attribution, not to the report before.
    if (after && tokens[placed.open - 1]?.text === ',' && after.first - placed.close <= MAX_ADJACENT_CUE_GAP) return after;
    const nearest = before.at(-1);
    if (nearest?.kind === 'characterizing' && nearest.position === 'inherited' && placed.open - nearest.end <= MAX_CHARACTERIZED_GAP) return nearest;
    const clauseStart = lastClauseBreak(tokens, before[0]?.first ?? placed.open, placed.open);
    return before.find((cue) => cue.first > clauseStart) ?? after ?? before.at(-1) ?? cues[0];
  }
  const trailing = endsUtterance(text, placed) || tokens[placed.close + 1]?.text === ',';
  if (after && (trailing || before.length === 0)) return after;
  return before.at(-1) ?? after ?? cues[0];
}

/** Index of the last word that starts a new clause with a new subject (`… while Jones called it …`), or -1. */
function lastClauseBreak(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return k;
  return -1;
}

function opensBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]?.opens) return true;
  return false;
}


/**
 * True when the words between the marks end, past any white space, in UTTERANCE_ENDINGS. Read
 * backwards from the closing mark rather than by a pattern over the whole quote.
 */
function endsUtterance(text: string, placed: PlacedQuote): boolean {
  const start = placed.quote.start;
  let k = (placed.quote.close ?? placed.quote.end) - 1;
  while (k >= start && SPACE.test(text[k]!)) k--;
  return k >= start && UTTERANCE_ENDINGS.has(text[k]!);
}

/** The text between the marks, with the comma or stop before the closing mark. */
function insideMarks(text: string, placed: PlacedQuote): string {
  return text.slice(placed.quote.start, placed.quote.close ?? placed.quote.end);
}

/** True when a quote closed earlier in the frame: `“We are ready,” he said, “to talk.”` continues it. */
function closedEarlier(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.quote && tokens[k]!.opens === false) return true;
  return false;
}
