/**
 * The English word lexicon of natural's Brill tagger (MIT; tags from the Penn Treebank, i.e. wire
 * news). It tells an ordinary word that happens to be capitalised ("Meanwhile", "Details") from a
 * proper noun ("Moscow", "Trump"). Loaded once, on first use, from the `natural` dependency.
 */
import { createRequire } from 'node:module';

type Lexicon = Readonly<Record<string, readonly string[] | undefined>>;

const LEXICON_PATH = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
let lexicon: Lexicon | undefined;

function load(): Lexicon {
  lexicon ??= createRequire(import.meta.url)(LEXICON_PATH) as Lexicon;
  return lexicon;
}

/** The word's first (most frequent) tag, or undefined when the lexicon does not know it. */
export function firstTag(word: string): string | undefined {
  const tags = load()[word];
  return Array.isArray(tags) ? tags[0] : undefined;
}

/** Whether the lexicon gives the word this tag among its tags. */
function hasTag(word: string, tag: string): boolean {
  return load()[word]?.includes(tag) ?? false;
}

/**
 * True when a word ending in "s" may be a verb in the third person ("Hits", "Hammers", "Ties"):
 * tagged so in either case, or its stem is a verb. Headlines put such a verb right after a name.
 */
export function mayBeThirdPersonVerb(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const lower = word.toLowerCase();
  return hasTag(lower, 'VBZ') || hasTag(word, 'VBZ') || hasTag(lower.slice(0, -1), 'VB') || (lower.endsWith('es') && hasTag(lower.slice(0, -2), 'VB'));
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

const ORDINARY = 1;
const COMMON_LOWER_CASE = 2;
/** Words whose class is remembered: the same capitalised words come up in every article. Emptied when full. */
const CLASS_MEMO_SIZE = 50_000;
const classes = new Map<string, number>();

/** Both answers for one word, from at most two look-ups, remembered. */
function classOf(word: string): number {
  let found = classes.get(word);
  if (found !== undefined) return found;
  const tag = firstTag(word);
  const lowerTag = firstTag(word.toLowerCase());
  const ordinary = tag !== undefined ? !tag.startsWith('NNP') : lowerTag !== undefined;
  const commonLower = lowerTag !== undefined && !lowerTag.startsWith('NNP');
  found = (ordinary ? ORDINARY : 0) | (commonLower ? COMMON_LOWER_CASE : 0);
  if (classes.size >= CLASS_MEMO_SIZE) classes.clear();
  classes.set(word, found);
  return found;
}
