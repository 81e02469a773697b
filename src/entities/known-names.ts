/**
 * Names the corpus already knows: the canonical entities and aliases of earlier articles, as an
 * input to the recognizer (analysis stays a pure function of the article and this value). With
 * them a lone "Lavrov" in a new article is the Sergey Lavrov on record, and a transliteration
 * ("Vitkoff") meets its usual spelling through the same spelling key the store uses.
 *
 * Only names the article's own evidence leaves open are settled from here: a name the article
 * spells out in full, or types by its context, keeps what the article says.
 */
import type { EntityType } from '../model.js';
import { nameKey, personParts, surnameKey } from './identity.js';

/** One entity on record as the recognizer is given it. */
export interface KnownRecord {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
  /** Articles that name it (1 when left out: one article's entity). */
  articles?: number;
}

export interface KnownName {
  /** The canonical name on record ("Sergey Lavrov"). */
  name: string;
  type: EntityType;
}

/** A key two records disagree on: it settles nothing. */
const AMBIGUOUS: KnownName = { name: '', type: 'DATE' };

/**
 * A lone surname shared by several people on record goes to one of them only when that one is
 * named in this many times as many articles as all the others together: "Obama" in coverage
 * where one Obama fills the news and another is named now and then. Closer counts (two
 * Clintons, two Bushes) leave the surname open.
 */
export const SURNAME_DOMINANCE = 8;

/** Look-up keys of the two indexes, told apart. */
const NAME = 'n:';
const SURNAME = 's:';

/** The people on record under one surname: by first name, surname and suffix, the first name filed and its articles. */
type Namesakes = Map<string, { known: KnownName; articles: number }>;

/** The record without the rest of an article's entity (its mentions), as the log keeps it. */
function slim({ name, type, aliases, articles }: KnownRecord): KnownRecord {
  return { name, type, ...(aliases ? { aliases } : {}), ...(articles !== undefined ? { articles } : {}) };
}

/**
 * The one namesake a lone surname stands for: the only one, or the one named in at least
 * `SURNAME_DOMINANCE` times as many articles as all the others together; else undefined.
 */
export function dominantNamesake<T extends { articles: number }>(namesakes: Iterable<T>): T | undefined {
  let best: T | undefined;
  let total = 0;
  let count = 0;
  for (const person of namesakes) {
    total += person.articles;
    count++;
    if (!best || person.articles > best.articles) best = person;
  }
  return best && (count === 1 || best.articles >= SURNAME_DOMINANCE * (total - best.articles)) ? best : undefined;
}

export class KnownNames {
  /** Name key of every name and alias → the entity on record. */
  private readonly byKey = new Map<string, KnownName>();
  /** Surname key → the people of two words or more who have it, and what a lone surname gives. */
  private readonly bySurname = new Map<string, { namesakes: Namesakes; answer: KnownName }>();

  /**
   * Every record that changed what a key gives or a person's count of articles, in order, with
   * the keys whose answer changed: `version` is their count, so an analysis can say which names
   * it saw, and `changedSince` whether a later name would have answered one of its look-ups
   * otherwise. Copies fed `recordsSince` in order hold the same counts.
   */
  private readonly log: { record: KnownRecord; keys: readonly string[] }[] = [];
  /** The keys looked up while `tracking` runs. */
  private looked: Set<string> | undefined;

  constructor(records: Iterable<KnownRecord> = []) {
    for (const record of records) this.add(record);
  }

  /** Files one entity under its name and aliases, and a person under its surname (dates are no names). */
  add(record: KnownRecord): void {
    if (record.type === 'DATE') return;
    const known: KnownName = { name: record.name, type: record.type };
    const keys = new Set<string>();
    for (const form of [record.name, ...(record.aliases ?? [])]) {
      const key = nameKey(form);
      if (this.file(this.byKey, key, known)) keys.add(NAME + key);
    }
    const parts = record.type === 'PERSON' ? personParts(record.name) : undefined;
    if (parts) {
      const surname = surnameKey(record.name);
      if (this.count(surname, `${parts.first} ${parts.last} ${parts.suffix}`, known, record.articles ?? 1)) keys.add(SURNAME + surname);
    }
    // A name filed before as it is now changes nothing but a count; only a person's count is news.
    if (keys.size > 0 || parts) this.log.push({ record: slim(record), keys: [...keys] });
  }

  /** Counts `articles` more for a person under its surname; true when that changed what the lone surname gives. */
  private count(surname: string, person: string, known: KnownName, articles: number): boolean {
    let entry = this.bySurname.get(surname);
    if (!entry) {
      entry = { namesakes: new Map(), answer: AMBIGUOUS };
      this.bySurname.set(surname, entry);
    }
    const namesake = entry.namesakes.get(person);
    if (namesake) namesake.articles += articles;
    else entry.namesakes.set(person, { known, articles });
    const before = entry.answer;
    entry.answer = dominantNamesake(entry.namesakes.values())?.known ?? AMBIGUOUS;
    return entry.answer !== before;
  }

  /** How many records have changed what a key gives. */
  get version(): number {
    return this.log.length;
  }

  /** The records added after `version`, in order (to bring another copy up to date). */
  recordsSince(version: number): KnownRecord[] {
    return this.log.slice(version).map((entry) => entry.record);
  }

  /** Runs `work` (an analysis) and lists the keys it looked up: all it learnt from these names. */
  tracking<T>(work: () => T): { result: T; lookups: string[] } {
    const outer = this.looked;
    this.looked = new Set();
    try {
      const result = work();
      return { result, lookups: [...this.looked] };
    } finally {
      this.looked = outer;
    }
  }

  /** Whether a record added after `version` changed the answer to one of these look-ups. */
  changedSince(lookups: readonly string[], version: number): boolean {
    if (version >= this.log.length || lookups.length === 0) return false;
    const asked = new Set(lookups);
    return this.log.slice(version).some((entry) => entry.keys.some((key) => asked.has(key)));
  }

  /** Files `known` under `key`; true when that changed what the key gives. */
  private file(index: Map<string, KnownName>, key: string, known: KnownName): boolean {
    if (key === '') return false;
    const found = index.get(key);
    if (!found) index.set(key, known);
    else if (found !== AMBIGUOUS && (found.name !== known.name || found.type !== known.type)) index.set(key, AMBIGUOUS);
    else return false;
    return true;
  }

  /** The entity on record under this name or alias, or undefined (none, or several disagree). */
  named(surface: string): KnownName | undefined {
    const key = nameKey(surface);
    this.looked?.add(NAME + key);
    const found = this.byKey.get(key);
    return found === AMBIGUOUS ? undefined : found;
  }

  /**
   * The person on record a lone surname stands for ("Lavrov", "Vitkoff"): the one person with
   * that surname, or among several the one named far more often (`SURNAME_DOMINANCE`); else undefined.
   */
  personWithSurname(word: string): KnownName | undefined {
    const key = surnameKey(word);
    this.looked?.add(SURNAME + key);
    const found = this.bySurname.get(key)?.answer;
    return found === AMBIGUOUS ? undefined : found;
  }
}
