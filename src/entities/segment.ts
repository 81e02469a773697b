/**
 * Splits one run of capitalised words into typed candidates, from local evidence only. The
 * rules are tried at each position in this order, each with an id kept on the mention:
 *   1. opener    — drop words that never start a name ("The", "However", months) and positional
 *                  capitals that are ordinary words ("Meanwhile", "Details")
 *   2. org-head  — a run ending in, or opening with "X of", an organisation head word or company
 *                  suffix is one ORG: "Russian Defence Ministry", "Institute for the Study of War";
 *                  it wins over a listed phrase only when the head lies beyond that phrase
 *   3. gazetteer — the longest listed phrase: places, nationalities, well-known organisations;
 *                  a compass word before a listed place joins it ("East Africa"); a town
 *                  before a club word is the club ("Manchester United")
 *   4. place-head — "Lake Victoria", "Emirates Stadium"
 *   5. title     — title and role words are skipped and mark what follows as a person:
 *                  "Foreign Minister Sergei Lavrov" → PERSON "Sergei Lavrov" (CoNLL convention)
 *   6. name      — the remaining words up to the next title, place or connector; PERSON when a
 *                  title, a role cue ("spokesman"), a first name or a middle initial says so,
 *                  ORG for a bare acronym, otherwise left untyped for the document-level pass.
 * In a results table ("Leeds 2 Southampton 0") a run opening with a town ("Manchester United")
 * and unlisted names are clubs (ORG), as in CoNLL-2003; countries stay places (national sides
 * are tagged LOC there). Player tables carry "( U.S. )" and so are not results tables.
 */
import type { EntityType, Span } from '../model.js';
import { hasCommonLowerCase, isOrdinaryWord } from './lexicons/english.js';
import {
  isClubSuffix, isCompanySuffix, longestPhraseFrom, isCompassWord, isFirstName, isNotName, isOrgHead, isPlaceHeadAfter,
  isPlaceHeadBefore, isRoleCue, isTitleWord, lookup, type GazetteerEntry,
} from './gazetteer.js';
import { isSpaceGap, phrase, type Run } from './words.js';

export interface Candidate extends Span {
  /** Undefined while only the document-level pass can type it. */
  type: EntityType | undefined;
  rule: string;
  /** Surface text of the span. */
  surface: string;
  /** The gazetteer's canonical name, when the span is a listed alias. */
  canonical?: string;
  /** The span's words, for surname matching. */
  words: string[];
  /** Where each word is, so a hyphenated compound ("Trump-Putin") can be split later. */
  wordSpans: Span[];
  /** True when a hyphen joins two of the words. */
  hyphenated: boolean;
  /** True when the span opens its sentence or a quotation, or sits in a headline. */
  opener: boolean;
}

export interface SentenceContext {
  /** Headline case or all capitals: every capital is positional. */
  headline: boolean;
  /** A results table ("Leeds 2 Southampton 0"): towns and unknown names there are clubs. */
  table: boolean;
  /** The lower-case word right before the run ("spokesman", "in"), or ''. */
  wordBefore: string;
}

/** Names longer than this are rarely one person: "Mohammed bin Salman Al Saud" is the long end. */
const MAX_NAME_WORDS = 5;
/** Acronyms are typed ORG only within this length; longer all-caps words are shouting. */
const ACRONYM_LENGTH = { min: 2, max: 6 } as const;
/** All-caps words at least this long are also looked up title-cased ("MOSCOW" → "Moscow"). */
const SHOUTED_MIN_LENGTH = 3;

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]+$/u;
const ALL_CAPS = /^[\p{Lu}\d&.'’-]+$/u;
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const INITIAL = /^\p{Lu}\.$/u;
/** Gaps that keep a person name together: space, hyphen, particles ("de", "van", "al-", "bin"). */
const NAME_GAP = /^(?:[ \t]+|-|[ \t]+(?:(?:de|da|do|dos|das|del|der|van|von|den|ten|ter|di|du|la|le|bin|ibn)[ \t]+){1,2}|[ \t]+(?:al|el)-)$/;
/** "Volcanology and Geological Disaster Mitigation Centre", "Procter & Gamble Co": joins before a head. */
const AND_GAP = /^[ \t]+(?:and|&)[ \t]+$/;
/** Gaps that continue an organisation's tail: "Ministry of Foreign Affairs", "Institute for the Study of War". */
const ORG_TAIL_GAP = /^[ \t]+(?:of|for|on|and|&)(?:[ \t]+the)?[ \t]+$/;
/** Title words that name a person's office, so a run holding one is not an organisation. */
const PERSONAL_TITLES = new Set([
  'President', 'Minister', 'Secretary', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Mayor', 'King', 'Queen', 'Prince',
  'Pope', 'Chancellor', 'Premier', 'Spokesman', 'Spokeswoman', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Gen.', 'Judge',
  'Ambassador', 'Envoy', 'Chairman', 'Leader',
]);

function titleCase(word: string): string {
  return word.length >= SHOUTED_MIN_LENGTH && ALL_CAPS.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

function hasHyphen(gaps: readonly string[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (gaps[k] === '-') return true;
  return false;
}

/** A title word, or a capitalised role word ("Prosecutor", "Analyst"). */
function isTitle(word: string): boolean {
  return (isTitleWord(word) || isRoleCue(word.toLowerCase())) && !isFirstName(word);
}

export function segmentRun(run: Run, context: SentenceContext): Candidate[] {
  const { words, gaps } = run;
  const n = words.length;
  const text = (k: number): string => words[k]?.text ?? '';
  const shouted = words.some((w) => w.text !== titleCase(w.text));
  const lookupAt = (i: number, j: number): GazetteerEntry | undefined =>
    lookup(phrase(run, i, j)) ?? (shouted ? lookup(words.slice(i, j + 1).map((w) => titleCase(w.text)).join(' ')) : undefined);
  const candidates: Candidate[] = [];
  const emit = (i: number, j: number, type: EntityType | undefined, rule: string, canonical?: string): void => {
    const first = words[i];
    const last = words[j];
    if (!first || !last) return;
    const surface = phrase(run, i, j);
    const span = words.slice(i, j + 1);
    const candidate: Candidate = {
      start: first.start, end: last.end, type, rule, surface, words: span.map((w) => w.text), wordSpans: span,
      hyphenated: hasHyphen(gaps, i, j), opener: (first.opener && !context.table) || context.headline,
    };
    if (canonical !== undefined && canonical !== surface) candidate.canonical = canonical;
    candidates.push(candidate);
  };

  /** Longest gazetteer phrase starting at i: its last index, or -1 (memoised per run). */
  const listedEnds = new Map<number, number>();
  const longestListed = (i: number): number => {
    const known = listedEnds.get(i);
    if (known !== undefined) return known;
    const most = Math.max(longestPhraseFrom(text(i)), shouted ? longestPhraseFrom(titleCase(text(i))) : 0);
    let found = -1;
    for (let j = Math.min(n - 1, i + most - 1); j >= i && found < 0; j--) if (lookupAt(i, j)) found = j;
    listedEnds.set(i, found);
    return found;
  };

  /** Index of an organisation head the words from i lead to without a person in between, or -1. */
  const orgHeadFrom = (i: number): number => {
    for (let j = i; j < n; j++) {
      const word = text(j);
      if (isOrgHead(word) && (j > i || ORG_TAIL_GAP.test(gaps[j] ?? ''))) return j;
      if (PERSONAL_TITLES.has(word) || (j > i && !isSpaceGap(run, j - 1) && !AND_GAP.test(gaps[j - 1] ?? ''))) return -1;
      if (j > i && longestListed(j) >= 0) return -1;
    }
    return -1;
  };

  /** Extends an organisation past its head: more heads, suffixes and "of …" tails. */
  const orgEnd = (head: number): number => {
    let end = head;
    let inTail = false;
    while (end + 1 < n) {
      const next = text(end + 1);
      if (ORG_TAIL_GAP.test(gaps[end] ?? '')) inTail = true;
      else if (!isSpaceGap(run, end) || !(inTail || isOrgHead(next) || isCompanySuffix(next))) break;
      if (isNotName(next) || PERSONAL_TITLES.has(next)) break;
      end++;
    }
    return end;
  };

  let i = 0;
  let titled = false;
  while (i < n) {
    const word = text(i);
    const listed = longestListed(i);
    if (listed < 0 && isNotName(word)) {
      i++;
      continue;
    }
    const positional = (words[i]?.opener === true && !context.table) || context.headline;
    if (positional && listed < 0 && isOrdinaryWord(titleCase(word)) && !isFirstName(word) && !isTitle(word)) {
      i++;
      continue;
    }
    const head = orgHeadFrom(i);
    const end = head >= 0 ? orgEnd(head) : -1;
    /** "U.S. Senate": a listed place before a head that is itself a listed body stays apart. */
    const bodyAfterPlace = listed >= 0 && head === listed + 1 && end === head && lookup(text(head))?.type === 'ORG';
    if (end > listed && !bodyAfterPlace) {
      emit(i, end, 'ORG', 'org-head');
      i = end + 1;
      titled = false;
      continue;
    }
    const nameFirst = listed === i && isFirstName(word) && i + 1 < n && isSpaceGap(run, i) && longestListed(i + 1) < 0 &&
      !isTitle(text(i + 1)) && !isClubSuffix(text(i + 1)) && !isPlaceHeadAfter(text(i + 1));
    if (listed >= 0 && !nameFirst) {
      const entry = lookupAt(i, listed);
      const followed = listed + 1 < n && isSpaceGap(run, listed);
      const placeHead = entry?.type === 'GPE' && followed && isPlaceHeadAfter(text(listed + 1));
      if (entry?.list === 'city' && followed && isClubSuffix(text(listed + 1))) {
        emit(i, listed + 1, 'ORG', 'club');
        i = listed + 2;
        continue;
      }
      if (entry && context.table && entry.list === 'city') {
        emit(i, n - 1, 'ORG', 'results-table');
        break;
      }
      else if (placeHead) emit(i, listed + 1, 'LOC', 'place-head');
      else if (entry) emit(i, listed, entry.type, entry.list, entry.canonical);
      i = listed + (placeHead ? 2 : 1);
      titled = false;
      continue;
    }
    if (isCompassWord(word) && i + 1 < n && isSpaceGap(run, i) && lookupAt(i + 1, i + 1)?.type !== 'NORP' && longestListed(i + 1) >= 0) {
      const end = longestListed(i + 1);
      emit(i, end, 'LOC', 'compass-place');
      i = end + 1;
      continue;
    }
    if (isPlaceHeadBefore(word) && i + 1 < n && isSpaceGap(run, i)) {
      emit(i, i + 1, 'LOC', 'place-head');
      i += 2;
      continue;
    }
    if (isTitle(word)) {
      titled = true;
      i++;
      continue;
    }
    /** "Rival Honda", "Top seed Jannik Sinner": an opener that is also a common word, before a name. */
    const commonBeforeName = i + 1 < n && isSpaceGap(run, i) && hasCommonLowerCase(word);
    if (positional && commonBeforeName && !isFirstName(word)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && j - i + 1 < MAX_NAME_WORDS && NAME_GAP.test(gaps[j] ?? '')) {
      const next = text(j + 1);
      if (isTitle(next) || isNotName(next) || (longestListed(j + 1) >= 0 && !isFirstName(next))) break;
      j++;
    }
    if (j + 1 < n && NAME_SUFFIX.test(text(j + 1))) j++;
    if (j > i && isPlaceHeadAfter(text(j))) {
      emit(i, j, 'LOC', 'place-head');
      i = j + 1;
      continue;
    }
    const cuedByRole = i === 0 && isRoleCue(context.wordBefore);
    const hasInitial = words.slice(i + 1, j).some((w) => INITIAL.test(w.text));
    const acronym = i === j && ACRONYM.test(word) && word.length >= ACRONYM_LENGTH.min && word.length <= ACRONYM_LENGTH.max && !context.headline;
    const nameLike = isFirstName(word) || words.slice(i, j + 1).some((w) => !hasCommonLowerCase(w.text) || !isOrdinaryWord(w.text));
    if ((titled || cuedByRole) && nameLike) emit(i, j, 'PERSON', titled ? 'title' : 'role-cue');
    else if ((j > i && isFirstName(word)) || hasInitial) emit(i, j, 'PERSON', 'first-name');
    else if (acronym) emit(i, j, 'ORG', 'acronym');
    else if (context.table) emit(i, j, 'ORG', 'results-table');
    else emit(i, j, undefined, 'name');
    titled = false;
    i = j + 1;
  }
  return candidates;
}
