/**
 * The English word lexicon of natural's Brill tagger (MIT; tags from the Penn Treebank, i.e. wire
 * news). It tells an ordinary word that happens to be capitalised ("Meanwhile", "Details") from a
 * proper noun ("Moscow", "Trump"). Only each word's first (most frequent) tag is read, as a proper
 * noun's, a common noun's or another, and whether a word may be a verb, so the lexicon is built
 * into sorted word lists (`data/english-words.ts`), split on first use.
 */
import { BASE_VERB_WORDS, COMMON_NOUN_WORDS, OTHER_WORDS, PROPER_NOUN_WORDS, THIRD_PERSON_VERB_WORDS } from '../data/english-words.js';

interface Lists {
  proper: readonly string[];
  noun: readonly string[];
  other: readonly string[];
  thirdPersonVerb: readonly string[];
  baseVerb: readonly string[];
}
let split: Lists | undefined;

function lists(): Lists {
  split ??= {
    proper: PROPER_NOUN_WORDS.split('\n'),
    noun: COMMON_NOUN_WORDS.split('\n'),
    other: OTHER_WORDS.split('\n'),
    thirdPersonVerb: THIRD_PERSON_VERB_WORDS.split('\n'),
    baseVerb: BASE_VERB_WORDS.split('\n'),
  };
  return split;
}

/** Binary search: the lists are in code-unit order, as `<` compares strings. */
function listed(words: readonly string[], word: string): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = words[mid] ?? '';
    if (at === word) return true;
    if (at < word) low = mid + 1;
    else high = mid;
  }
  return false;
}

const UNKNOWN = 0;
const PROPER = 1;
const NOUN = 2;
const OTHER = 3;

/** Whether the lexicon's first tag for the word is a proper noun's, a common noun's, another, or it has none. */
function firstTagOf(word: string): number {
  const { proper, noun, other } = lists();
  if (listed(proper, word)) return PROPER;
  if (listed(noun, word)) return NOUN;
  return listed(other, word) ? OTHER : UNKNOWN;
}

/** True when the lexicon's first tag for the word is a noun's, proper or common ("plans", "world"). */
export function isFirstTaggedNoun(word: string): boolean {
  const tag = firstTagOf(word);
  return tag === PROPER || tag === NOUN;
}

/**
 * True when a word ending in "s" may be a verb in the third person ("Hits", "Hammers", "Ties"):
 * tagged so in either case, or its stem is a verb. Headlines put such a verb right after a name.
 */
export function mayBeThirdPersonVerb(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const lower = word.toLowerCase();
  const { thirdPersonVerb, baseVerb } = lists();
  return listed(thirdPersonVerb, lower) || listed(thirdPersonVerb, word) || listed(baseVerb, lower.slice(0, -1)) ||
    (lower.endsWith('es') && listed(baseVerb, lower.slice(0, -2)));
}

/**
 * True when a capitalised word is mainly an ordinary English word rather than a name:
 * its capitalised form is not tagged as a proper noun first, or only its lower-case form is known.
 */
export function isOrdinaryWord(word: string): boolean {
  return (classOf(word) & ORDINARY) !== 0;
}

/** True when the word's lower-case form is an ordinary English word ("Battle", "Green", "Trump"). */
export function hasCommonLowerCase(word: string): boolean {
  return (classOf(word) & COMMON_LOWER_CASE) !== 0;
}

/** True when the lexicon knows neither the word nor its lower-case form. */
export function isUnknownWord(word: string): boolean {
  return (classOf(word) & KNOWN) === 0;
}

/** True when the word, as written, is first tagged a proper noun ("Xiao", "Nvidia"). */
export function isTaggedProperNoun(word: string): boolean {
  return (classOf(word) & PROPER_NOUN) !== 0;
}

const ORDINARY = 1;
const COMMON_LOWER_CASE = 2;
const KNOWN = 4;
const PROPER_NOUN = 8;
/** Words whose class is remembered: the same capitalised words come up in every article. Emptied when full. */
const CLASS_MEMO_SIZE = 50_000;
const classes = new Map<string, number>();

/** Every answer for one word, from at most two look-ups, remembered. */
function classOf(word: string): number {
  let found = classes.get(word);
  if (found !== undefined) return found;
  const tag = firstTagOf(word);
  const lowerTag = firstTagOf(word.toLowerCase());
  const ordinary = tag !== UNKNOWN ? tag !== PROPER : lowerTag !== UNKNOWN;
  const commonLower = lowerTag === NOUN || lowerTag === OTHER;
  found = (ordinary ? ORDINARY : 0) | (commonLower ? COMMON_LOWER_CASE : 0) |
    (tag !== UNKNOWN || lowerTag !== UNKNOWN ? KNOWN : 0) | (tag === PROPER ? PROPER_NOUN : 0);
  if (classes.size >= CLASS_MEMO_SIZE) classes.clear();
  classes.set(word, found);
  return found;
}
