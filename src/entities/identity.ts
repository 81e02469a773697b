/**
 * One identity per person, place and organisation across articles, as pure functions.
 *
 * Contract for the store:
 *   - `identityKey(name, type)` — entities with equal keys are one canonical entity. Call it with
 *     each article entity's `name` (and, to find earlier matches, each alias). Keys merge spelling
 *     and transliteration variants (Yuri/Yury, Sergey/Sergei, Zelensky/Zelenskyy, Witkoff/Vitkoff),
 *     listed aliases (US/U.S./United States, Russian Federation/Russia) and old place spellings
 *     (Kiev/Kyiv); they keep different people apart (John Smith/Jane Smith) and generations
 *     apart (Trump/Donald Trump Jr.: the store joins those only by evidence, `generationVariant`).
 *     Keys start with the type group, so a place never merges with a person.
 *   - `matchShortName(name, type, known)` — for an entity named by one word (a surname the article
 *     never expanded: "Peskov"), the key of the one known full name it stands for, or undefined when
 *     none or several match (the store then files it under its own key). `known` holds the keys
 *     of canonical entities of that type, e.g. from the store's canonical table.
 *   - `nameKey(name)` — the same key without the type group; the recogniser uses it to merge
 *     variants within one article ("Kiev" and "Kyiv", "Zelenskiy" and "Zelenskyy").
 *   - `isSpellingVariant(a, b, type)` — looser check for review tools ("Aleksandr"/"Alexander"):
 *     same word count, every word alike by Double Metaphone and Jaro–Winkler. Never used for
 *     automatic merging.
 * Editors' corrections (merge, split, rename) belong to the store; these functions stay pure.
 */
import { createRequire } from 'node:module';
import type { EntityType } from '../model.js';
import { lookup } from './gazetteer.js';
import { PLACE_SPELLINGS } from './lexicons/places.js';
import { TITLE_WORDS } from './lexicons/titles.js';
import { FIRST_NAME_FORMS } from '../lexicons/first-name-forms.js';

const require = createRequire(import.meta.url);
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number;
const DoubleMetaphone = require('natural/lib/natural/phonetics/double_metaphone.js') as new () => { process(word: string): [string, string] };
const metaphone = new DoubleMetaphone();

/** Words this alike (0–1) by Jaro–Winkler count as one spelling in `isSpellingVariant`. */
const VARIANT_SIMILARITY = 0.9;

/** Types that share one namespace: a GPE named in one article may be a LOC in another. */
const TYPE_GROUP: Readonly<Record<EntityType, string>> = { PERSON: 'per', ORG: 'org', GPE: 'loc', LOC: 'loc', NORP: 'norp', DATE: 'date' };

/** Generational suffixes, as they stand in a folded key (a suffixed key's last word, where the store indexes it). */
export const GENERATION_WORDS: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv'];
const FOLDED_SUFFIX = new RegExp(`^(?:${GENERATION_WORDS.join('|')})$`);
const titles = new Set(TITLE_WORDS.map((t) => t.toLowerCase().replace(/\./g, '')));

/**
 * Spelling rules applied in order to one lower-case word, so transliterations collapse:
 * Yury → iuri ← Yuri, Zelenskyy → zelenski ← Zelensky, Vitkoff → vitkov ← Witkoff.
 */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/g, 'h'], [/x/g, 'ks'], [/w/g, 'v'], [/ph/g, 'f'], [/ck/g, 'k'], [/q/g, 'k'],
  [/(?:yy|iy|ij|yi|ii)$/g, 'i'], [/ey/g, 'ei'], [/y/g, 'i'], [/j(?=[aeiou])/g, 'i'], [/ff$/g, 'v'],
  [/(.)\1+/g, '$1'],
];

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(name: string): string[] {
  return fold(name).replace(/[’']s\b/g, '').replace(/[.’']/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

function spellingKey(word: string): string {
  return SPELLING_RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/** The name every listed alias or old spelling of a place or body resolves to. */
function canonicalName(name: string): string {
  const trimmed = name.trim().replace(/^the\s+/i, '');
  const respelled = PLACE_SPELLINGS[trimmed] ?? trimmed;
  return lookup(respelled)?.canonical ?? respelled;
}

/** Names whose key is remembered, per memo; a memo is emptied when it grows past this. */
const KEY_MEMO_SIZE = 50_000;
const nameKeys = new Map<string, string>();
const personKeys = new Map<string, string>();

/** The key `compute` gives `name`, remembered: the recognizer asks again for each mention. */
function remembered(memo: Map<string, string>, name: string, compute: (name: string) => string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= KEY_MEMO_SIZE) memo.clear();
    key = compute(name);
    memo.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return words(canonicalName(name)).map(spellingKey).join(' ');
}

/** The type-free part of a key: listed aliases resolved, spelling variants collapsed. */
export function nameKey(name: string): string {
  return remembered(nameKeys, name, computeNameKey);
}

/**
 * A person's key words: titles before the name dropped ("Sen.", "Mayor", "Mr."), the first name
 * of a two-or-more-word name in its formal form ("Joe" → "joseph", "Bill" → "william"), every
 * word spelling-folded. Middle names and generational suffixes stay: `personVariant` decides.
 */
function personWords(name: string): string[] {
  const parts = words(name);
  while (parts.length > 1 && titles.has(parts[0] ?? '')) parts.shift();
  if (parts.length > 1) parts[0] = FIRST_NAME_FORMS[parts[0] ?? ''] ?? parts[0] ?? '';
  return parts.map((w) => (FOLDED_SUFFIX.test(w) ? w : spellingKey(w)));
}

export function identityKey(name: string, type: EntityType): string {
  const group = TYPE_GROUP[type];
  if (type !== 'PERSON') return `${group}:${nameKey(name)}`;
  return `${group}:${remembered(personKeys, name, personKey)}`;
}

function personKey(name: string): string {
  return personWords(name).join(' ');
}

/** A person's key words as first name, middle names, surname and generational suffix ('' for none). */
export interface PersonParts {
  first: string;
  middle: string[];
  last: string;
  suffix: string;
}

/** A person's name in parts, spelling-folded as in keys ("Joseph R. Biden Jr." → joseph, [r], biden, jr); undefined for one word. */
export function personParts(name: string): PersonParts | undefined {
  return nameParts(personWords(name));
}

/** The surname a person's name files under, as in keys: "Mr. Obama" and "Barack H. Obama" → obama, "Joseph Biden Jr." → biden. */
export function surnameKey(name: string): string {
  const parts = personWords(name);
  return nameParts(parts)?.last ?? parts.at(-1) ?? '';
}

function nameParts(key: readonly string[]): PersonParts | undefined {
  const suffixed = key.length > 2 && FOLDED_SUFFIX.test(key.at(-1) ?? '');
  const core = suffixed ? key.slice(0, -1) : key;
  if (core.length < 2) return undefined;
  return { first: core[0] ?? '', middle: core.slice(1, -1), last: core.at(-1) ?? '', suffix: suffixed ? (key.at(-1) ?? '') : '' };
}

/** A middle word met by another: the same word, or one is the other's initial ("j" and "john"). */
function sameMiddle(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Whether `short`'s middle names pair, in order, with some of `long`'s. */
function middlesFit(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const word of long) if (k < short.length && sameMiddle(short[k] ?? '', word)) k++;
  return k === short.length;
}

/**
 * How two person keys relate when they share first name, surname and suffix: `variant` when
 * one's middle names are absent or pair with the other's ("donald j trump" / "donald trump",
 * "hillary rodham clinton" / "hillary clinton", "james b comey" / "james comey"), `conflict`
 * when both have middle names that do not pair ("george w bush" / "george h w bush"), and
 * undefined when they are other names (another first name, surname or suffix).
 */
export function personVariant(a: string, b: string): 'variant' | 'conflict' | undefined {
  const pa = nameParts(keyWords(a));
  const pb = nameParts(keyWords(b));
  if (!pa || !pb || pa.first !== pb.first || pa.last !== pb.last || pa.suffix !== pb.suffix) return undefined;
  const [short, long] = pa.middle.length <= pb.middle.length ? [pa.middle, pb.middle] : [pb.middle, pa.middle];
  return middlesFit(short, long) ? 'variant' : 'conflict';
}

/** The generational suffix of a person key ('' for none): "per:joseph r biden jr" → "jr". */
export function generationOf(key: string): string {
  return nameParts(keyWords(key))?.suffix ?? '';
}

/**
 * How two person keys relate when one of them names a generation the other does not, or another
 * one ("joseph r biden jr" / "joseph biden", "john doe sr" / "john doe jr"): `personVariant` of
 * the names without their suffixes, undefined when the suffixes are the same.
 */
export function generationVariant(a: string, b: string): 'variant' | 'conflict' | undefined {
  const ga = generationOf(a);
  const gb = generationOf(b);
  if (ga === gb) return undefined;
  const strip = (key: string, suffix: string): string => (suffix === '' ? key : key.slice(0, -(suffix.length + 1)));
  return personVariant(strip(a, ga), strip(b, gb));
}

/**
 * Whether a query of several words names the person `name` (a name or alias): its first word is
 * the name's first name (short forms met: "Joe" finds "Joseph"), its last word the surname (a
 * suffix must be asked for: "Donald Trump" never finds "Donald Trump Jr."), and any words between
 * are middle names of the name. "Jeb Bush" never finds "George W. Bush", "Donald Trump" never
 * "Donald Trump's son".
 */
export function queryNamesPerson(query: string, name: string): boolean {
  const q = personParts(query);
  const n = personParts(name);
  if (!q || !n || q.first !== n.first || q.last !== n.last || q.suffix !== n.suffix) return false;
  return middlesFit(q.middle, n.middle);
}

/** The key's words after the type group. */
function keyWords(key: string): string[] {
  return key.slice(key.indexOf(':') + 1).split(' ');
}

export function matchShortName(name: string, type: EntityType, known: readonly string[]): string | undefined {
  const key = identityKey(name, type);
  const short = keyWords(key);
  if (short.length !== 1 || known.includes(key)) return undefined;
  const group = key.slice(0, key.indexOf(':') + 1);
  const matches = new Set(known.filter((k) => {
    if (!k.startsWith(group)) return false;
    const full = keyWords(k);
    return full.length > 1 && full.at(-1) === short[0];
  }));
  return matches.size === 1 ? [...matches][0] : undefined;
}

function soundAlike(a: string, b: string): boolean {
  const [a1, a2] = metaphone.process(a);
  const [b1, b2] = metaphone.process(b);
  return a1 === b1 || a1 === b2 || a2 === b1;
}

export function isSpellingVariant(a: string, b: string, type: EntityType): boolean {
  const wa = keyWords(identityKey(a, type));
  const wb = keyWords(identityKey(b, type));
  if (wa.length !== wb.length) return false;
  return wa.every((w, k) => {
    const other = wb[k] ?? '';
    if (FOLDED_SUFFIX.test(w) || FOLDED_SUFFIX.test(other)) return w === other;
    return w === other || (soundAlike(w, other) && jaroWinkler(w, other) >= VARIANT_SIMILARITY);
  });
}
