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

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

function lastWordKey(name: string): string {
  return lastWord(nameKey(name));
}

/** Words of a text, as the recognizer's surfaces could be made of them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export class KnownNames {
  /** Name key of every name and alias → the entity on record. */
  private readonly byKey = new Map<string, KnownName>();
  /** Surname key of every person of two words or more → that person, when only one has it. */
  private readonly bySurname = new Map<string, KnownName>();

  /**
   * Every record added, in order, with the last words of the keys it filed: `version` is their
   * count, so an analysis can say which names it saw and `changedFor` what it did not (#12, #11).
   */
  private readonly log: { record: KnownRecord; words: readonly string[] }[] = [];

  constructor(records: Iterable<KnownRecord> = []) {
    for (const record of records) this.add(record);
  }

  /** Files one entity under its name and aliases (dates are no names). */
  add(record: KnownRecord): void {
    if (record.type === 'DATE') return;
    const known: KnownName = { name: record.name, type: record.type };
    const words = new Set<string>();
    for (const form of [record.name, ...(record.aliases ?? [])]) {
      const key = nameKey(form);
      this.file(this.byKey, key, known);
      words.add(lastWord(key));
    }
    if (record.type === 'PERSON' && record.name.includes(' ')) this.file(this.bySurname, lastWordKey(record.name), known);
    this.log.push({ record, words: [...words] });
  }

  /** How many records have been added. */
  get version(): number {
    return this.log.length;
  }

  /** The records added after `version`, in order (to bring another copy up to date). */
  recordsSince(version: number): KnownRecord[] {
    return this.log.slice(version).map((entry) => entry.record);
  }

  /**
   * Whether a name added after `version` could change the analysis of `text`: a surface the
   * recognizer looks up ends with a word of the text, so a name none of whose key's last words
   * is a word of the text settles nothing in it. A cheap over-approximation, never a miss.
   */
  changedFor(text: string, version: number): boolean {
    if (version >= this.log.length) return false;
    const words = new Set<string>();
    for (const entry of this.log.slice(version)) for (const word of entry.words) words.add(word);
    for (const match of text.matchAll(WORD)) if (words.has(lastWordKey(match[0]))) return true;
    return false;
  }

  private file(index: Map<string, KnownName>, key: string, known: KnownName): void {
    if (key === '') return;
    const found = index.get(key);
    if (!found) index.set(key, known);
    else if (found !== AMBIGUOUS && (found.name !== known.name || found.type !== known.type)) index.set(key, AMBIGUOUS);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The entity on record under this name or alias, or undefined (none, or several disagree). */
  named(surface: string): KnownName | undefined {
    const found = this.byKey.get(nameKey(surface));
    return found === AMBIGUOUS ? undefined : found;
  }

  /** The one person on record whose surname this word is ("Lavrov", "Vitkoff"), or undefined. */
  personWithSurname(word: string): KnownName | undefined {
    const found = this.bySurname.get(lastWordKey(word));
    return found === AMBIGUOUS ? undefined : found;
  }
}
