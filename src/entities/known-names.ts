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

export class KnownNames {
  /** Name key of every name and alias → the entity on record. */
  private readonly byKey = new Map<string, KnownName>();
  /** Surname key of every person of two words or more → that person, when only one has it. */
  private readonly bySurname = new Map<string, KnownName>();

  constructor(records: Iterable<{ name: string; type: EntityType; aliases?: readonly string[] }> = []) {
    for (const record of records) this.add(record);
  }

  /** Files one entity under its name and aliases (dates are no names). */
  add(record: { name: string; type: EntityType; aliases?: readonly string[] }): void {
    if (record.type === 'DATE') return;
    const known: KnownName = { name: record.name, type: record.type };
    for (const form of [record.name, ...(record.aliases ?? [])]) this.file(this.byKey, nameKey(form), known);
    if (record.type === 'PERSON' && record.name.includes(' ')) this.file(this.bySurname, lastWordKey(record.name), known);
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
