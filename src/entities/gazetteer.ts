/**
 * One lookup over every gazetteer: phrase → entity type and canonical name. Built once from the
 * generated tables in `data/` and the hand lists in `lexicons/`; matching code lives elsewhere.
 */
import type { EntityType } from '../model.js';
import { NEWS_AGENCIES } from '../lexicons/agencies.js';
import type { EntityRule } from './rules.js';
import { hasCommonLowerCase, isOrdinaryWord } from './lexicons/english.js';
import { CITY_NAMES } from './data/cities.js';
import { AIRLINE_NAMES, AMBIGUOUS_COMPANY_NAMES, COMPANY_NAMES } from './data/companies.js';
import { COUNTRY_NAMES } from './data/countries.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './data/first-names.js';
import { NATIONALITY_NAMES } from './data/nationalities.js';
import { US_STATE_NAMES } from './data/us-states.js';
import { WORLD_FIRST_NAMES } from './lexicons/first-names.js';
import { MONTHS, NOT_NAMES, WEEKDAYS } from './lexicons/not-names.js';
import {
  CLUB_PREFIXES, CLUB_SUFFIXES, COMPANY_HOLDINGS, COMPANY_POSSESSIONS, COMPANY_SUFFIXES, KNOWN_ORGANISATIONS, ORGANISATION_CUES, ORGANISATION_HEADS, ORGANISATION_NOUNS,
} from './lexicons/organisations.js';
import {
  COMPASS_WORDS, COUNTRY_ALIASES, EXTRA_CITIES, EXTRA_NATIONALITIES, PLACE_HEADS_AFTER, PLACE_HEADS_BEFORE, PLACE_NOUNS_AFTER, PLACE_NOUNS_BEFORE_OF,
  REGIONS,
} from './lexicons/places.js';
import { PERSON_HOLDINGS, PERSON_VERBS, ROLE_CUES, TITLE_WORDS } from './lexicons/titles.js';

export interface GazetteerEntry {
  type: EntityType;
  /** The name every alias of this entry resolves to ("U.S." → "United States"). */
  canonical: string;
  /** Which list it came from, used as the rule id. */
  list: EntityRule;
}

const firstNames = new Set<string>([...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES, ...WORLD_FIRST_NAMES]);
const entries = new Map<string, GazetteerEntry>();

/** Earlier lists win: a name in two lists keeps the first one's type. */
function add(names: Iterable<string>, type: EntityType, list: EntityRule, canonical?: string): void {
  for (const name of names) {
    if (!entries.has(name)) entries.set(name, { type, canonical: canonical ?? name, list });
  }
}

for (const [canonical, aliases] of Object.entries(COUNTRY_ALIASES)) add([canonical, ...aliases], 'GPE', 'country', canonical);
for (const [canonical, ...aliases] of COUNTRY_NAMES) {
  const preferred = entries.get(canonical)?.canonical ?? canonical;
  add([canonical, ...aliases], 'GPE', 'country', preferred);
}
add(KNOWN_ORGANISATIONS, 'ORG', 'organisation');
add(NEWS_AGENCIES, 'ORG', 'agency');
add(US_STATE_NAMES, 'GPE', 'us-state');
add(REGIONS, 'LOC', 'region');
add(EXTRA_CITIES, 'GPE', 'city');
add(CITY_NAMES, 'GPE', 'city');
add(EXTRA_NATIONALITIES, 'NORP', 'nationality');
add(NATIONALITY_NAMES, 'NORP', 'nationality');
/** Generated company and airline names come last: a name that is also a place stays a place. */
add(COMPANY_NAMES, 'ORG', 'company-listed');
add(AIRLINE_NAMES, 'ORG', 'company-listed');
/**
 * Demonyms the lists lack, derived from country names: "Serbia" → "Serb", "Slovakia" → "Slovak",
 * "Zaire" → "Zairean". A stem that is a place, a first name or an English word is left alone.
 */
const MIN_DEMONYM_STEM = 4;
for (const [name, entry] of [...entries]) {
  if (entry.list !== 'country' || name.includes(' ')) continue;
  const demonym = name.endsWith('ia') ? name.slice(0, -2) : name.endsWith('e') ? `${name}an` : '';
  if (demonym.length < MIN_DEMONYM_STEM || entries.has(demonym) || firstNames.has(demonym) || hasCommonLowerCase(demonym) || isOrdinaryWord(demonym)) continue;
  add([demonym], 'NORP', 'nationality');
}
/** Plural group names: "Russians", "Israelis", "Serbs", "Moslems" (not "Swisss", "Chineses"). */
for (const [name, entry] of [...entries]) {
  if (entry.type === 'NORP' && !/(?:s|sh|ch|ese|ic)$/.test(name)) add([`${name}s`], 'NORP', 'nationality', name);
}

/** First word of an entry → the most words of any entry it opens: bounds the longest-match search. */
const phraseLengths = new Map<string, number>();
for (const name of entries.keys()) {
  const parts = name.split(/[ -]/);
  const first = parts[0] ?? '';
  phraseLengths.set(first, Math.max(phraseLengths.get(first) ?? 0, parts.length));
}

/** How many words the longest entry opening with `word` has, or 0 when none does. */
export function longestPhraseFrom(word: string): number {
  return phraseLengths.get(word) ?? 0;
}

export function lookup(phrase: string): GazetteerEntry | undefined {
  return entries.get(phrase);
}

const titles = new Set(TITLE_WORDS);
const roleCues = new Set(ROLE_CUES);
const personHoldings = new Set(PERSON_HOLDINGS);
const personVerbs = new Set(PERSON_VERBS);
const orgHeads = new Set(ORGANISATION_HEADS);
const companySuffixes = new Set(COMPANY_SUFFIXES);
const notNames = new Set(NOT_NAMES);
const calendar = new Set([...WEEKDAYS, ...MONTHS]);
const placeHeadsAfter = new Set(PLACE_HEADS_AFTER);
const placeHeadsBefore = new Set(PLACE_HEADS_BEFORE);
const compassWords = new Set(COMPASS_WORDS);
const placeNounsBeforeOf = new Set(PLACE_NOUNS_BEFORE_OF);
const placeNounsAfter = new Set(PLACE_NOUNS_AFTER);
const clubSuffixes = new Set(CLUB_SUFFIXES);
const clubPrefixes = new Set(CLUB_PREFIXES);
const orgCues = new Set(ORGANISATION_CUES);
const orgNouns = new Set(ORGANISATION_NOUNS);
const companyPossessions = new Set(COMPANY_POSSESSIONS);
const companyHoldings = new Set(COMPANY_HOLDINGS);
const ambiguousCompanies = new Set<string>(AMBIGUOUS_COMPANY_NAMES);

export const isFirstName = (word: string): boolean => firstNames.has(word);
export const isTitleWord = (word: string): boolean => titles.has(word);
export const isRoleCue = (word: string): boolean => roleCues.has(word);
/** "administration" in "the Doe administration": a noun a person's surname modifies, or a role word. */
export const isPersonHolding = (word: string): boolean => personHoldings.has(word) || roleCues.has(word);
export const isPersonVerb = (word: string): boolean => personVerbs.has(word);
export const isOrgHead = (word: string): boolean => orgHeads.has(word) || companySuffixes.has(word);
export const isCompanySuffix = (word: string): boolean => companySuffixes.has(word);
export const isNotName = (word: string): boolean => notNames.has(word) || calendar.has(word);
export const isCalendarWord = (word: string): boolean => calendar.has(word);
export const isPlaceHeadAfter = (word: string): boolean => placeHeadsAfter.has(word);
export const isPlaceHeadBefore = (word: string): boolean => placeHeadsBefore.has(word);
export const isPlaceNounAfter = (word: string): boolean => placeNounsAfter.has(word);
export const isPlaceNounBeforeOf = (word: string): boolean => placeNounsBeforeOf.has(word);
export const isCompassWord = (word: string): boolean => compassWords.has(word);
export const isClubSuffix = (word: string): boolean => clubSuffixes.has(word);
export const isClubPrefix = (word: string): boolean => clubPrefixes.has(word);
export const isOrganisationCue = (word: string): boolean => orgCues.has(word);
export const isOrganisationNoun = (word: string): boolean => orgNouns.has(word);
export const isCompanyPossession = (word: string): boolean => companyPossessions.has(word);
export const isCompanyHolding = (word: string): boolean => companyHoldings.has(word);
/** A company's name that is also an English word ("Apple", "Shell"): a company only where the words around it say so. */
export const isAmbiguousCompany = (word: string): boolean => ambiguousCompanies.has(word);
