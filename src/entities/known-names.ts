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
import { nameKey } from './identity.js';

/** One entity on record as the recognizer is given it. */
export interface KnownRecord {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
}

export interface KnownName {
  /** The canonical name on record ("Sergey Lavrov"). */
  name: string;
  type: EntityType;
}

/** A key two records disagree on: it settles nothing. */
const AMBIGUOUS: KnownName = { name: '', type: 'DATE' };

function lastWordKey(name: string): string {
  const key = nameKey(name);
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Look-up keys of the two indexes, told apart. */
const NAME = 'n:';
const SURNAME = 's:';


export class KnownNames {
  /** Name key of every name and alias → the entity on record. */
  private readonly byKey = new Map<string, KnownName>();
  /** Surname key of every person of two words or more → that person, when only one has it. */
  private readonly bySurname = new Map<string, KnownName>();

  /**
   * Every record that changed what a key gives, in order, with those keys: `version` is their
   * count, so an analysis can say which names it saw, and `changedSince` whether a later name
   * would have answered one of its look-ups otherwise.
   */
  private readonly log: { record: KnownRecord; keys: readonly string[] }[] = [];
  /** The keys looked up while `tracking` runs. */
  private looked: Set<string> | undefined;

  constructor(records: Iterable<KnownRecord> = []) {
    for (const record of records) this.add(record);
  }

  /** Files one entity under its name and aliases (dates are no names). */
  add(record: KnownRecord): void {
    if (record.type === 'DATE') return;
    const known: KnownName = { name: record.name, type: record.type };
    const keys = new Set<string>();
    for (const form of [record.name, ...(record.aliases ?? [])]) {
      const key = nameKey(form);
      if (this.file(this.byKey, key, known)) keys.add(NAME + key);
    }
    if (record.type === 'PERSON' && record.name.includes(' ')) {
      const surname = lastWordKey(record.name);
      if (this.file(this.bySurname, surname, known)) keys.add(SURNAME + surname);
    }
    // A name filed before as it is now changes nothing: it is no new version.
    if (keys.size > 0) this.log.push({ record, keys: [...keys] });
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

  /** The one person on record whose surname this word is ("Lavrov", "Vitkoff"), or undefined. */
  personWithSurname(word: string): KnownName | undefined {
    const key = lastWordKey(word);
    this.looked?.add(SURNAME + key);
    const found = this.bySurname.get(key);
    return found === AMBIGUOUS ? undefined : found;
  }
}
