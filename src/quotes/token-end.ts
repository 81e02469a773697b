/**
 * Where the token starting at an offset ends, by char codes, for ASCII text: the tokenizer's
 * hot path. It follows TOKEN (below) exactly and gives up (returns NEEDS_PATTERN) wherever a
 * non-ASCII character could change the answer, so that the caller runs the pattern itself.
 */

/** Initials (`J.D.`, `U.S.`), titles with their period (`Sen.`), words with inner apostrophes, hyphens or dots (and `OPEC+`), or one punctuation mark. */
export const TOKEN = /(?:\p{Lu}\.){2,}|\b(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|St)\.(?=\s)|[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\+?|[^\s\p{L}\p{N}]/gu;

/** Returned when the text at the offset is not plain ASCII and TOKEN must decide. */
export const NEEDS_PATTERN = -1;

/** The titles of TOKEN's second branch, written before a period and a space. */
const TITLES: readonly string[] = ['Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St'];
/** Initials need at least this many letter-period pairs (`U.S.`). */
const MIN_INITIALS = 2;
const ASCII_LIMIT = 0x80;
const PERIOD = 0x2e;
const PLUS = 0x2b;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
const UNDERSCORE = 0x5f;
const SPACE = 0x20;
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isAlnum(code: number): boolean {
  return isUpper(code) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** ASCII white space as `\s` knows it: tab, line feed, vertical tab, form feed, carriage return, space. */
export function isAsciiSpace(code: number): boolean {
  return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
}

/** `\b` before a word in a `u` pattern without `i`: the character before is not an ASCII word character. */
function wordBoundaryBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  return !(isAlnum(code) || code === UNDERSCORE);
}

/**
 * End of the token at `at`, where the text holds a character other than white space; or
 * NEEDS_PATTERN. A code of NaN (past the end) is neither ASCII-limited nor a letter: it stops
 * every run, as the end of the text does for the pattern.
 */
export function asciiTokenEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= ASCII_LIMIT) return NEEDS_PATTERN;
  if (!isAlnum(code)) return at + 1;
  if (isUpper(code)) {
    const initials = initialsEnd(text, at);
    if (initials !== at) return initials;
    const title = titleEnd(text, at);
    if (title !== at) return title;
  }
  return wordEnd(text, at);
}

/** `(?:\p{Lu}\.){2,}`: the end of the initials at `at`, or `at` when there are none. */
function initialsEnd(text: string, at: number): number {
  let k = at;
  let pairs = 0;
  for (;;) {
    const code = text.charCodeAt(k);
    if (code >= ASCII_LIMIT) return NEEDS_PATTERN;
    if (!isUpper(code) || text.charCodeAt(k + 1) !== PERIOD) break;
    k += 2;
    pairs++;
  }
  return pairs >= MIN_INITIALS ? k : at;
}

/** `\b(?:Sen|…)\.(?=\s)`: the end of a title and its period at `at`, or `at`. */
function titleEnd(text: string, at: number): number {
  if (!wordBoundaryBefore(text, at)) return at;
  for (const title of TITLES) {
    const period = at + title.length;
    if (text.charCodeAt(period) !== PERIOD || !text.startsWith(title, at)) continue;
    const next = text.charCodeAt(period + 1);
    if (next >= ASCII_LIMIT) return NEEDS_PATTERN;
    return isAsciiSpace(next) ? period + 1 : at;
  }
  return at;
}

/** `[\p{L}\p{N}]+(?:['\-.&][\p{L}\p{N}]+)*\+?` over ASCII: letters and digits, inner joiners, a final plus. */
function wordEnd(text: string, at: number): number {
  let k = at;
  for (;;) {
    let code = text.charCodeAt(k);
    while (isAlnum(code)) code = text.charCodeAt(++k);
    if (code >= ASCII_LIMIT) return NEEDS_PATTERN;
    if (code !== APOSTROPHE && code !== HYPHEN && code !== PERIOD && code !== AMPERSAND) break;
    const after = text.charCodeAt(k + 1);
    if (after >= ASCII_LIMIT) return NEEDS_PATTERN;
    if (!isAlnum(after)) break;
    k++;
  }
  return text.charCodeAt(k) === PLUS ? k + 1 : k;
}
