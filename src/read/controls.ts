import { CorpusError } from '../errors.js';

/**
 * Stray control characters in article text (#13). CMS copy carries the odd ESC, vertical tab,
 * C1 control or zero-width space inside normal prose; one of them must not cost the article.
 * The text is stored exactly as decoded (offsets stay true), the analysis reads these
 * characters as spaces, and only a real density of control characters marks a binary file.
 */

/**
 * C0 controls other than tab, LF, VT, FF and CR (which are white space to every stage),
 * DEL and the C1 controls: characters that never belong in prose.
 */
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * What the analysis reads as a space: the controls above plus NUL (possible in UTF-16 text),
 * the zero-width space and a byte-order mark inside the text (both mark a break between
 * words). Soft hyphens and zero-width (non-)joiners sit inside words, so they stay.
 */
const READ_AS_SPACE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g;
const ANY_READ_AS_SPACE = new RegExp(READ_AS_SPACE.source);

/**
 * Above this share of control characters a file is binary, not text with stray characters.
 * Real wire copy with stray characters has a handful in thousands (well under 0.1%); bytes
 * of a binary format that happen to decode have roughly one in ten.
 */
export const BINARY_CONTROL_SHARE = 0.01;

/** How many stray control characters the text holds. */
export function countControls(text: string): number {
  return text.match(CONTROL)?.length ?? 0;
}

/**
 * Counts the stray control characters, refusing the text as BINARY when it holds a NUL or
 * when they are more than `BINARY_CONTROL_SHARE` of it. Returns the count (0 for clean text).
 */
export function checkControls(text: string, subject?: string): number {
  if (text.includes('\u0000')) throw new CorpusError('BINARY', 'binary file (contains NUL bytes)', subject);
  const count = countControls(text);
  if (count > text.length * BINARY_CONTROL_SHARE) {
    const percent = ((100 * count) / text.length).toFixed(1);
    throw new CorpusError('BINARY', `binary file (${percent}% control characters)`, subject);
  }
  return count;
}

/** The warning for a file that landed with stray control characters. */
export function controlsWarning(count: number): string {
  return `${count} stray control character${count === 1 ? '' : 's'} (kept in the text, read as spaces)`;
}

/**
 * The text the analysis stages read: the same length as `text` (every offset means the same
 * character), with stray controls and zero-width spaces as plain spaces so that words,
 * sentences and quotes break where a reader sees a break.
 */
export function textForAnalysis(text: string): string {
  // Clean text (nearly all of it) is not copied: a copy of a 5 MB article is 10 MB more.
  return ANY_READ_AS_SPACE.test(text) ? text.replace(READ_AS_SPACE, ' ') : text;
}
