/**
 * Where the token starting at an offset ends, by char codes, for ASCII text: the tokenizer's
 * hot path. It follows TOKEN (below) exactly and gives up (returns NEEDS_PATTERN) wherever a
 * non-ASCII character could change the answer, so that the caller runs the pattern itself.
 */

/**
 * Abbreviations that keep their period inside a name: titles before it (`Sen.`) and company or
 * generation suffixes after it (`Nvidia Corp.`, `Donald Trump Jr.`), so that the period does not
 * cut the name in two.
 */
const TITLE_LIST = ['Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'Corp', 'Inc', 'Co', 'Ltd', 'Jr', 'Sr', 'Bros'];
const TITLES: ReadonlySet<string> = new Set(TITLE_LIST);

/** Initials (`J.D.`, `U.S.`), a middle or first initial before a name (`William G. Gale`), titles and suffixes with their period (`Sen.`, `Corp.`), words with inner apostrophes, hyphens or dots (and `OPEC+`), or one punctuation mark. */
export const TOKEN = new RegExp(`(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?= \\p{Lu})|\\b(?:${TITLE_LIST.join('|')})\\.(?=\\s)|[\\p{L}\\p{N}]+(?:[’'\\-.&][\\p{L}\\p{N}]+)*\\+?|[^\\s\\p{L}\\p{N}]`, 'gu');

/** Returned when the text at the offset is not plain ASCII and TOKEN must decide. */
export const NEEDS_PATTERN = -1;

const LONGEST_TITLE = 4;
/** Initials need at least this many letter-period pairs (`U.S.`). */
const MIN_INITIALS = 2;
const ASCII_LIMIT = 0x80;
/** What the scanner reads past the end of the text: NUL, a character of no class, that ends every run. */
const PAST_END = 0;
const PERIOD = 0x2e;
const SPACE_CODE = 0x20;
const PLUS = 0x2b;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
const UNDERSCORE = 0x5f;
/** `’`, which joins words like an apostrophe (`don’t`, `Russia’s`). */
const RIGHT_SINGLE_QUOTE = 0x2019;
/**
 * General punctuation from the hyphen to the hyphenation point (dashes, curly quotes, bullets,
 * the ellipsis): none is a letter, digit or space, so each is a token of one character.
 */
const PUNCTUATION_FIRST = 0x2010;
const PUNCTUATION_LAST = 0x2027;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;

/** Classes of ASCII characters, as bits, looked up by char code. */
const UPPER = 1;
const LOWER_OR_DIGIT = 2;
const SPACE = 4;
const ALNUM = UPPER | LOWER_OR_DIGIT;
const ASCII_CLASS = new Uint8Array(ASCII_LIMIT);
for (let code = 0; code < ASCII_LIMIT; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Z]/.test(char)) ASCII_CLASS[code] = UPPER;
  else if (/[a-z0-9]/.test(char)) ASCII_CLASS[code] = LOWER_OR_DIGIT;
  else if (/\s/.test(char)) ASCII_CLASS[code] = SPACE;
}

/** Non-ASCII punctuation common in news copy, known to be no letter, digit or space. */
function isWidePunctuation(code: number): boolean {
  return (code >= PUNCTUATION_FIRST && code <= PUNCTUATION_LAST) || code === LEFT_GUILLEMET || code === RIGHT_GUILLEMET;
}

/**
 * The char code at `k`, or PAST_END beyond the text. Reading past the end would give NaN and
 * make V8 drop its optimised code for these loops; PAST_END is in no class, like NaN.
 */
function codeAt(text: string, k: number): number {
  return k < text.length ? text.charCodeAt(k) : PAST_END;
}

/** The class bits of a char code; 0 for anything not ASCII. */
function classOf(code: number): number {
  return code < ASCII_LIMIT ? ASCII_CLASS[code]! : 0;
}

/** ASCII white space as `\s` knows it: tab, line feed, vertical tab, form feed, carriage return, space. */
export function isAsciiSpace(code: number): boolean {
  return classOf(code) === SPACE;
}

/** True when the text holds an ASCII capital in [from, to): only then can lower-casing change a scanned token. */
export function hasAsciiUpper(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (classOf(codeAt(text, k)) === UPPER) return true;
  return false;
}

/** `\b` before a word in a `u` pattern without `i`: the character before is not an ASCII word character. */
function wordBoundaryBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = codeAt(text, at - 1);
  return (classOf(code) & ALNUM) === 0 && code !== UNDERSCORE;
}

/**
 * End of the token at `at`, where the text holds a character other than white space; or
 * NEEDS_PATTERN.
 */
export function asciiTokenEnd(text: string, at: number): number {
  const code = codeAt(text, at);
  if (code >= ASCII_LIMIT) return isWidePunctuation(code) ? at + 1 : NEEDS_PATTERN;
  const kind = classOf(code);
  if ((kind & ALNUM) === 0) return at + 1;
  if (kind === UPPER) {
    const initials = initialsEnd(text, at);
    if (initials !== at) return initials;
    const title = titleEnd(text, at);
    if (title !== at) return title;
  }
  return wordEnd(text, at);
}

/** `(?:\p{Lu}\.){2,}`: the end of the initials at `at`, or `at` when there are none. */
function initialsEnd(text: string, at: number): number {
  if (codeAt(text, at + 1) !== PERIOD) return at;
  let k = at;
  let pairs = 0;
  for (;;) {
    const code = codeAt(text, k);
    if (code >= ASCII_LIMIT) return NEEDS_PATTERN;
    if (classOf(code) !== UPPER || codeAt(text, k + 1) !== PERIOD) break;
    k += 2;
    pairs++;
  }
  if (pairs >= MIN_INITIALS) return k;
  // `\p{Lu}\.(?= \p{Lu})`: one initial, then a space and a capital (`C. Eugene Steuerle`).
  if (pairs === 1 && codeAt(text, k) === SPACE_CODE) {
    const next = codeAt(text, k + 1);
    if (next >= ASCII_LIMIT) return NEEDS_PATTERN;
    if (classOf(next) === UPPER) return k;
  }
  return at;
}

/** `\b(?:Sen|…)\.(?=\s)`: the end of a title and its period at `at`, or `at`. */
function titleEnd(text: string, at: number): number {
  let period = at + 1;
  while (period - at <= LONGEST_TITLE && (classOf(codeAt(text, period)) & ALNUM) !== 0) period++;
  if (codeAt(text, period) !== PERIOD || !TITLES.has(text.slice(at, period)) || !wordBoundaryBefore(text, at)) return at;
  const next = codeAt(text, period + 1);
  if (next >= ASCII_LIMIT) return NEEDS_PATTERN;
  return classOf(next) === SPACE ? period + 1 : at;
}

/** `[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\+?` over ASCII: letters and digits, inner joiners, a final plus. */
function wordEnd(text: string, at: number): number {
  let k = at;
  for (;;) {
    let code = codeAt(text, k);
    while ((classOf(code) & ALNUM) !== 0) code = codeAt(text, ++k);
    if (code >= ASCII_LIMIT && !isWidePunctuation(code)) return NEEDS_PATTERN;
    if (code !== APOSTROPHE && code !== RIGHT_SINGLE_QUOTE && code !== HYPHEN && code !== PERIOD && code !== AMPERSAND) break;
    const after = codeAt(text, k + 1);
    if (after >= ASCII_LIMIT && !isWidePunctuation(after)) return NEEDS_PATTERN;
    if ((classOf(after) & ALNUM) === 0) break;
    k++;
  }
  return codeAt(text, k) === PLUS ? k + 1 : k;
}
