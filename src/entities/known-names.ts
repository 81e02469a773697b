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

/**
 * What one look-up key gives since a change, as a copy is sent it: an entity, or null when
 * several on record disagree (it settles nothing).
 */
export type KnownChange = readonly [key: string, answer: KnownName | null];

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
  /** Name key (`NAME`) of every name and alias, and surname key (`SURNAME`) of every person → what it gives. */
  private readonly answers = new Map<string, KnownName | null>();
  /** Surname key → the people of two words or more who have it, with their counts (the writer's copy only). */
  private readonly namesakes = new Map<string, Namesakes>();
  /** How many answers have changed: an analysis says which names it saw by this. */
  private changes = 0;
  /** Key → the change that last set its answer (the writer's copy only). */
  private readonly lastChange = new Map<string, number>();
  /**
   * Keys in the order their answers changed, with the change: what a copy at an earlier version
   * is sent. A key changed again is found again later, so earlier entries of it are dropped
   * once they outnumber the live ones: the list grows with the names on record, never with
   * the articles that repeat them.
   */
  private keyLog: string[] = [];
  private versionLog: number[] = [];
  /** The keys looked up while `tracking` runs. */
  private looked: Set<string> | undefined;

  constructor(records: Iterable<KnownRecord> = []) {
    for (const record of records) this.add(record);
  }

  /** Files one entity under its name and aliases, and a person under its surname (dates are no names). */
  add(record: KnownRecord): void {
    if (record.type === 'DATE') return;
    const known: KnownName = { name: record.name, type: record.type };
    for (const form of [record.name, ...(record.aliases ?? [])]) {
      const key = nameKey(form);
      if (key !== '') this.file(NAME + key, known);
    }
    const parts = record.type === 'PERSON' ? personParts(record.name) : undefined;
    if (parts) this.count(surnameKey(record.name), `${parts.first} ${parts.last} ${parts.suffix}`, known, record.articles ?? 1);
  }

  /** Files `known` under a name key: the first entity filed, or null once two disagree. */
  private file(key: string, known: KnownName): void {
    const found = this.answers.get(key);
    if (found === undefined) this.set(key, known);
    else if (found !== null && (found.name !== known.name || found.type !== known.type)) this.set(key, null);
  }

  /** Counts `articles` more for a person under its surname, and what the lone surname now gives. */
  private count(surname: string, person: string, known: KnownName, articles: number): void {
    let people = this.namesakes.get(surname);
    if (!people) {
      people = new Map();
      this.namesakes.set(surname, people);
    }
    const namesake = people.get(person);
    if (namesake) namesake.articles += articles;
    else people.set(person, { known, articles });
    const key = SURNAME + surname;
    const answer = dominantNamesake(people.values())?.known ?? null;
    if (answer !== (this.answers.get(key) ?? null)) this.set(key, answer);
  }

  private set(key: string, answer: KnownName | null): void {
    this.answers.set(key, answer);
    this.changes++;
    this.lastChange.set(key, this.changes);
    this.keyLog.push(key);
    this.versionLog.push(this.changes);
    if (this.keyLog.length > 2 * this.lastChange.size + 1024) this.compact();
  }

  /** Drops the log entries of keys changed again since. */
  private compact(): void {
    const keys: string[] = [];
    const versions: number[] = [];
    for (let i = 0; i < this.keyLog.length; i++) {
      const key = this.keyLog[i] as string;
      if (this.lastChange.get(key) === this.versionLog[i]) {
        keys.push(key);
        versions.push(this.versionLog[i] as number);
      }
    }
    this.keyLog = keys;
    this.versionLog = versions;
  }

  /** How many answers have changed (a copy brought up to date holds the same count). */
  get version(): number {
    return this.changes;
  }

  /** The answers changed after `version`, each once, as they are now (to bring a copy up to date; 0 for a new copy). */
  changesSince(version: number): KnownChange[] {
    let low = 0;
    let high = this.versionLog.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.versionLog[mid] as number) <= version) low = mid + 1;
      else high = mid;
    }
    const out: KnownChange[] = [];
    for (let i = low; i < this.keyLog.length; i++) {
      const key = this.keyLog[i] as string;
      if (this.lastChange.get(key) === this.versionLog[i]) out.push([key, this.answers.get(key) ?? null]);
    }
    return out;
  }

  /** Brings this copy up to `version` with the writer's `changesSince` (a copy never files names itself). */
  apply(changes: readonly KnownChange[], version: number): void {
    for (const [key, answer] of changes) this.answers.set(key, answer);
    this.changes = version;
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

  /** Whether an answer changed after `version` for one of these look-ups. */
  changedSince(lookups: readonly string[], version: number): boolean {
    return version < this.changes && lookups.some((key) => (this.lastChange.get(key) ?? 0) > version);
  }

  /** The entity on record under this name or alias, or undefined (none, or several disagree). */
  named(surface: string): KnownName | undefined {
    const key = NAME + nameKey(surface);
    this.looked?.add(key);
    return this.answers.get(key) ?? undefined;
  }

  /**
   * The person on record a lone surname stands for ("Lavrov", "Vitkoff"): the one person with
   * that surname, or among several the one named far more often (`SURNAME_DOMINANCE`); else undefined.
   */
  personWithSurname(word: string): KnownName | undefined {
    const key = SURNAME + surnameKey(word);
    this.looked?.add(key);
    return this.answers.get(key) ?? undefined;
  }
}
