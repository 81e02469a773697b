import type { Entity, EntityType } from '../model.js';
import { GENERATION_WORDS, generationOf, generationVariant, identityKey, matchShortName, personParts, personVariant, surnameKey } from '../entities/identity.js';
import { dominantNamesake } from '../entities/known-names.js';
import type { DB } from './open.js';
import type { Statement } from './backend/types.js';

/**
 * Bump when `identityKey` changes: stored alias keys are then recomputed once, so names in
 * new articles keep meeting the names already on record.
 */
export const IDENTITY_VERSION = 3;

/** The last word of a key ("per:dmitri peskov" → "peskov"), indexed to find full names for a lone surname. */
function lastWord(key: string): string {
  return key.slice(Math.max(key.lastIndexOf(' '), key.indexOf(':')) + 1);
}

/** Entries the resolver remembers before it starts afresh (bounds its memory on huge runs). */
const CACHE_LIMIT = 200_000;

/** The columns of an alias row as the resolver files them. */
const ALIAS_COLUMNS = ['entity_id', 'alias', 'key', 'last_word', 'rule'];

/**
 * Why a name is filed under its entity, as `aliases.rule` records it:
 *   - `name`: the entity's own name, first met (a new entity);
 *   - `same-key`: the same identity key as a name on record (spelling, transliteration and
 *     short first-name variants, listed aliases: Yury/Yuri, Kiev/Kyiv, Joe/Joseph);
 *   - `middle-name`: the one person on record by that first name, surname and suffix whose middle
 *     names fit (Donald J. Trump / Donald Trump);
 *   - `suffix`: the one person on record by that name with a generational suffix, or without
 *     the one it has (Al B. Doe Jr. / Al Doe): news writes a formal name with the suffix and
 *     omits it elsewhere; never where the record holds two generations or two people of the name;
 *   - `surname`: a one-word name, the surname of the one full name on record ending with it
 *     (at the end of an ingest also of the one named far more often than its namesakes:
 *     `mergeLoneSurnames`);
 *   - `in-article`: another name of the entity in one article (a short form, an alias after the
 *     full name; the mentions keep the rule that linked them);
 *   - `editor`: an editor's merge, rename or alias.
 */
export type AliasRule = 'name' | 'same-key' | 'middle-name' | 'suffix' | 'surname' | 'in-article' | 'editor';

/** Adds a name an entity is known by (no-op when it has it, which keeps its first rule). */
export function addAliasRow(db: DB, entityId: number, alias: string, type: EntityType, rule: AliasRule, key = identityKey(alias, type)): void {
  db.dialect.insertRows(db, 'aliases', ALIAS_COLUMNS, [[entityId, alias, key, lastWord(key), rule]], 'ignore');
}

/** Recomputes every alias key when they were made by other identity rules than today's. */
export function refreshAliasKeys(db: DB): void {
  const stored = db.prepare("SELECT value FROM corpus_settings WHERE name = 'identity_version'").get() as { value: string } | undefined;
  if (stored?.value === String(IDENTITY_VERSION)) return;
  db.transaction(() => {
    const rows = db.prepare('SELECT al.id, al.alias, e.type FROM aliases al JOIN entities e ON e.id = al.entity_id').all() as {
      id: number;
      alias: string;
      type: EntityType;
    }[];
    const update = db.prepare('UPDATE aliases SET key = ?, last_word = ? WHERE id = ?');
    for (const row of rows) {
      const key = identityKey(row.alias, row.type);
      update.run(key, lastWord(key), row.id);
    }
    db.prepare("INSERT INTO corpus_settings (name, value) VALUES ('identity_version', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")
      .run(String(IDENTITY_VERSION));
  }).immediate();
}

/**
 * Maps an article's entities to canonical entities, in this order:
 *   1. an entity already known by the same identity key (spelling and transliteration
 *      variants meet there: Yuri/Yury Ushakov, Kyiv/Kiev, US/U.S./United States);
 *   2. for a person named in two or more words, the one person on record by the same first
 *      name, surname and suffix whose middle names fit ("Donald J. Trump" / "Donald Trump",
 *      "Hillary Rodham Clinton" / "Hillary Clinton"); none or several, and it stands alone, and
 *      so it does when any name on record by that first name and surname has middle names that
 *      do not fit its own: two people of one name are on record ("George H. Doe" and "George
 *      W. Doe"), so "George Doe" or "George P. Doe" may be either or a third;
 *   3. for a person named in two or more words, the one person on record by that name (middle
 *      names fitting as in 2) with a generational suffix where this name has none, or without
 *      the one it has ("Al Doe Jr." / "Al Doe"): one man's formal and everyday names. Not when
 *      the record holds two generations of the name ("Al Doe Sr." and "Al Doe Jr."), or the
 *      forms on record are two people (an article named both: father and son);
 *   4. for a one-word name (a surname the article never expanded), the one full name on
 *      record that ends with it; none or several, and it stands alone;
 *   5. otherwise a new canonical entity.
 * An article that names a person with and without a suffix (or with two) names two people: its
 * names meet only names on record by rules 1 and 2 and never through a name rule 3 filed
 * (`beginArticle`). Evidence arriving late leaves earlier merges as they are (their aliases keep
 * rule `suffix`, for `entities show` and an editor's split); from that article on the record
 * holds two people of the name, so rule 3 joins neither form again.
 * Every surface form is added as an alias, so later articles meet it too.
 */
export class EntityResolver {
  private readonly stmt;
  /**
   * What this run has read or written of the aliases and entities, so that a name met again
   * costs no query: entity ids by key (two are enough to know it is ambiguous), keys by
   * last word, entity ids by type and name, and the aliases known to be stored. Dropped
   * when another connection has committed since (PRAGMA data_version), after a failed
   * write, and when it grows past CACHE_LIMIT entries.
   */
  private readonly idsByKey = new Map<string, number[]>();
  private readonly keysByLastWord = new Map<string, Set<string>>();
  private readonly idByName = new Map<string, number>();
  private readonly storedAliases = new Set<string>();
  /** Identity keys by type and name: the same names recur in article after article. */
  private readonly keys = new Map<string, string>();
  private dataVersion: number | undefined;
  /** The aliases under N last words, prepared once per N. */
  private readonly aliasesUnder = new Map<number, Statement>();
  /** Alias rows filed but not stored yet (see `flush`). */
  private unstored: unknown[][] = [];
  /** Generational suffixes ('' for none) the current article writes by each person's first name and surname. */
  private generations = new Map<string, Set<string>>();

  constructor(private readonly db: DB) {
    this.stmt = {
      byKey: db.prepare('SELECT DISTINCT entity_id AS id FROM aliases WHERE key = ? LIMIT 2'),
      byOwnKey: db.prepare("SELECT DISTINCT entity_id AS id FROM aliases WHERE key = ? AND (rule IS NULL OR rule <> 'suffix') LIMIT 2"),
      keysEndingWith: db.prepare('SELECT DISTINCT key FROM aliases WHERE last_word = ?'),
      byName: db.prepare('SELECT id FROM entities WHERE type = ? AND name = ?'),
      insertEntity: db.prepare('INSERT INTO entities (name, type) VALUES (?, ?) RETURNING id'),
    };
  }

  /** Notes the people an article names, before its entities are resolved: who is named with and without a suffix. */
  beginArticle(entities: readonly Entity[]): void {
    this.generations = new Map();
    for (const entity of entities) {
      const parts = entity.type === 'PERSON' ? personParts(entity.name) : undefined;
      if (!parts) continue;
      const name = `${parts.first} ${parts.last}`;
      const suffixes = this.generations.get(name) ?? new Set<string>();
      this.generations.set(name, suffixes.add(parts.suffix));
    }
  }

  resolve(entity: Entity): number {
    this.checkFresh();
    const known = this.known(entity);
    const id = known?.id ?? this.named(entity);
    this.addAlias(id, entity.name, entity.type, known?.rule ?? 'name');
    for (const alias of entity.aliases) this.addAlias(id, alias, entity.type, 'in-article');
    return id;
  }

  /**
   * Before an article's entities are resolved: takes the locks concurrent writers of these names
   * (and `also`) take turns on, the last words of the names' keys, which every rule looks names
   * up by (exact key, middle-name variant, surname); then reads in one query the aliases under
   * those words not remembered yet, so that resolving them looks nothing else up (a round trip
   * each would dominate a PostgreSQL ingest).
   */
  claim(entities: readonly Entity[], also: readonly string[]): void {
    this.checkFresh();
    const keys = new Set<string>();
    for (const entity of entities) for (const name of [entity.name, ...entity.aliases]) keys.add(this.keyOf(name, entity.type));
    const words = [...new Set([...keys].map(lastWord))];
    this.db.dialect.lock(this.db, [...also, ...words.map((word) => `name:${word}`)]);
    const unread = new Set(words.filter((word) => !this.keysByLastWord.has(word)));
    if (unread.size === 0) return;
    this.flush();
    let read = this.aliasesUnder.get(unread.size);
    if (!read) {
      read = this.db.prepare(`SELECT entity_id AS id, alias, key, last_word FROM aliases WHERE last_word IN (${[...unread].map(() => '?').join(', ')}) ORDER BY id`);
      this.aliasesUnder.set(unread.size, read);
    }
    const rows = read.all(...unread) as { id: number; alias: string; key: string; last_word: string }[];
    for (const word of unread) this.keysByLastWord.set(word, new Set());
    for (const key of keys) if (unread.has(lastWord(key))) this.idsByKey.set(key, []);
    for (const row of rows) {
      this.keysByLastWord.get(row.last_word)?.add(row.key);
      const ids = this.idsByKey.get(row.key) ?? [];
      if (ids.length < 2 && !ids.includes(row.id)) ids.push(row.id);
      this.idsByKey.set(row.key, ids);
      this.storedAliases.add(`${row.id}\u0000${row.alias}`);
    }
  }

  /**
   * Stores the names filed since the last call, in one statement where the backend can; the
   * writer calls it once an article's entities are resolved, and a look-up first.
   */
  flush(): void {
    if (this.unstored.length === 0) return;
    const rows = this.unstored;
    this.unstored = [];
    this.db.dialect.insertRows(this.db, 'aliases', ALIAS_COLUMNS, rows, 'ignore');
  }

  /**
   * Drops everything remembered of the database (the transaction that wrote some of it was
   * rolled back, or another writer may have written since). Identity keys depend on names alone
   * and stay, but for the memory bound: PostgreSQL starts afresh every article.
   */
  forget(): void {
    this.unstored = [];
    this.idsByKey.clear();
    this.keysByLastWord.clear();
    this.idByName.clear();
    this.storedAliases.clear();
  }

  private keyOf(name: string, type: EntityType): string {
    const memo = `${type}\u0000${name}`;
    let key = this.keys.get(memo);
    if (key === undefined) {
      key = identityKey(name, type);
      this.keys.set(memo, key);
    }
    return key;
  }

  private checkFresh(): void {
    const version = this.db.dialect.dataVersion(this.db);
    const size = this.idsByKey.size + this.keysByLastWord.size + this.idByName.size + this.storedAliases.size + this.keys.size;
    if (version !== this.dataVersion || size > CACHE_LIMIT) {
      // Names filed by this transaction are stored, not forgotten, with the rest.
      this.flush();
      this.forget();
    }
    if (size > CACHE_LIMIT) this.keys.clear();
    this.dataVersion = version;
  }

  private addAlias(id: number, alias: string, type: EntityType, rule: AliasRule): void {
    const stored = `${id}\u0000${alias}`;
    if (this.storedAliases.has(stored)) return;
    const key = this.keyOf(alias, type);
    this.unstored.push([id, alias, key, lastWord(key), rule]);
    this.storedAliases.add(stored);
    const ids = this.idsByKey.get(key);
    if (ids && ids.length < 2 && !ids.includes(id)) ids.push(id);
    this.keysByLastWord.get(lastWord(key))?.add(key);
  }

  /** The entity on record `entity` is, and the rule that says so. */
  private known(entity: Entity): { id: number; rule: AliasRule } | undefined {
    const key = this.keyOf(entity.name, entity.type);
    const contested = entity.type === 'PERSON' && this.contested(entity.name);
    const exact = this.single(key, contested);
    if (exact !== undefined) return { id: exact, rule: 'same-key' };
    const variant = entity.type === 'PERSON' ? this.variantOf(key, contested) : undefined;
    if (variant !== undefined) return { id: variant, rule: 'middle-name' };
    const generation = entity.type === 'PERSON' && !contested ? this.otherGeneration(key) : undefined;
    if (generation !== undefined) return { id: generation, rule: 'suffix' };
    const full = matchShortName(entity.name, entity.type, [...this.keysEndingWith(lastWord(key))]);
    const short = full === undefined ? undefined : this.single(full);
    return short === undefined ? undefined : { id: short, rule: 'surname' };
  }

  /** Whether the current article names this person's first name and surname with two suffixes (or with one and without). */
  private contested(name: string): boolean {
    const parts = personParts(name);
    return parts !== undefined && (this.generations.get(`${parts.first} ${parts.last}`)?.size ?? 0) > 1;
  }

  /** Rule 2: the one person on record whose name is a middle-name variant of `key`. */
  private variantOf(key: string, ownOnly: boolean): number | undefined {
    const fitting = new Set<number>();
    for (const known of this.keysEndingWith(lastWord(key))) {
      const relation = known === key || !known.startsWith('per:') ? undefined : personVariant(key, known);
      if (relation === undefined) continue;
      const id = this.single(known, ownOnly);
      if (id === undefined || relation === 'conflict') return undefined;
      fitting.add(id);
    }
    const [id] = fitting;
    return fitting.size === 1 ? id : undefined;
  }

  /**
   * Rule 3: the one person on record whose names are `key`'s with another generational suffix
   * or none (and any of its own), when they hold one suffix only and are one entity.
   */
  private otherGeneration(key: string): number | undefined {
    const own = generationOf(key);
    const surname = own === '' ? lastWord(key) : (key.split(' ').at(-2) ?? '');
    const suffixes = new Set(own === '' ? [] : [own]);
    const people = new Set<number>();
    let other = false;
    for (const word of [surname, ...GENERATION_WORDS]) {
      for (const known of this.keysEndingWith(word)) {
        // Keys of every suffixed name share a last word: only this surname's are read further.
        if (!known.startsWith('per:') || (word !== surname && !known.endsWith(` ${surname} ${word}`))) continue;
        const generation = known === key ? undefined : generationVariant(key, known);
        const relation = known === key ? 'variant' : (generation ?? personVariant(key, known));
        if (relation === undefined) continue;
        const id = this.single(known);
        if (id === undefined || relation === 'conflict') return undefined;
        if (generation !== undefined) other = true;
        const suffix = generationOf(known);
        if (suffix !== '') suffixes.add(suffix);
        people.add(id);
      }
    }
    const [id] = people;
    return other && people.size === 1 && suffixes.size === 1 ? id : undefined;
  }

  private keysEndingWith(word: string): Set<string> {
    let keys = this.keysByLastWord.get(word);
    if (!keys) {
      this.flush();
      keys = new Set((this.stmt.keysEndingWith.all(word) as { key: string }[]).map((r) => r.key));
      this.keysByLastWord.set(word, keys);
    }
    return keys;
  }

  /** The one entity known by `key`; `ownOnly`, by a name that is not another generation's (rule `suffix`). */
  private single(key: string, ownOnly = false): number | undefined {
    if (ownOnly) {
      this.flush();
      const own = (this.stmt.byOwnKey.all(key) as { id: number }[]).map((r) => r.id);
      return own.length === 1 ? own[0] : undefined;
    }
    let ids = this.idsByKey.get(key);
    if (!ids) {
      this.flush();
      ids = (this.stmt.byKey.all(key) as { id: number }[]).map((r) => r.id);
      this.idsByKey.set(key, ids);
    }
    return ids.length === 1 ? ids[0] : undefined;
  }

  private named(entity: Entity): number {
    const name = `${entity.type}\u0000${entity.name}`;
    let id = this.idByName.get(name);
    if (id === undefined) {
      const row = this.stmt.byName.get(entity.type, entity.name) as { id: number } | undefined;
      id = row?.id ?? (this.stmt.insertEntity.get(entity.name, entity.type) as { id: number }).id;
      this.idByName.set(name, id);
    }
    return id;
  }
}

/** A name written all in capitals ("DONALD TRUMP"): a headline's form, never the display name. */
const SHOUTED = /^[^\p{Ll}]+$/u;

/** The last mention written so far: the mentions a run writes come after it (rowids only grow while rows are added). */
export function lastMentionId(db: DB): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM mentions').get() as { id: number }).id;
}

/**
 * The display name of each person this run wrote mentions of (after mention `since`): of the
 * forms of the person's own name (the same key, or a middle-name variant: never another first
 * name an editor merged in), the full name the most articles write, the name first filed on a
 * tie. "Jane Doe" over "Jane Q. Doe" when more articles say so, whichever came first. A name an
 * editor gave (`aliases.rule` 'editor') stays.
 */
export function nameByUsage(db: DB, since: number): void {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.type, m.surface, count(DISTINCT m.article_id) AS articles, min(m.id) AS first
         FROM entities e JOIN mentions m ON m.entity_id = e.id
        WHERE e.type = 'PERSON' AND e.id IN (SELECT entity_id FROM mentions WHERE id > ?)
          AND NOT EXISTS (SELECT 1 FROM aliases al WHERE al.entity_id = e.id AND al.alias = e.name AND al.rule = 'editor')
        GROUP BY e.id, e.name, e.type, m.surface`,
    )
    .all(since) as { id: number; name: string; type: EntityType; surface: string; articles: number; first: number }[];
  const best = new Map<number, { name: string; surface: string; articles: number; first: number }>();
  for (const row of rows) {
    if (SHOUTED.test(row.surface) || personParts(row.surface) === undefined) continue;
    const own = identityKey(row.name, 'PERSON');
    const key = identityKey(row.surface, 'PERSON');
    if (key !== own && personVariant(key, own) !== 'variant') continue;
    const found = best.get(row.id);
    if (!found || row.articles > found.articles || (row.articles === found.articles && row.first < found.first)) best.set(row.id, row);
  }
  const clash = db.prepare("SELECT 1 FROM entities WHERE type = 'PERSON' AND name = ? AND id <> ?");
  const rename = db.prepare('UPDATE entities SET name = ? WHERE id = ?');
  db.transaction(() => {
    for (const [id, chosen] of best) {
      if (chosen.surface === chosen.name) continue;
      db.dialect.lock(db, [`name:${lastWord(identityKey(chosen.surface, 'PERSON'))}`]);
      if (clash.get(chosen.surface, id)) continue;
      rename.run(chosen.surface, id);
      addAliasRow(db, id, chosen.surface, 'PERSON', 'in-article');
    }
  }).immediate();
}

/**
 * A person filed under a lone surname ("Doe") while the surname was open, that one full name on
 * record now stands for by the rule the recognizer follows (`dominantNamesake`: the only person
 * of that surname, or one named far more often), is merged into that person (alias rule
 * `surname`): articles stored before the full name was known end as those stored after. Only
 * lone surnames this run wrote mentions of (after mention `since`) are looked at; one an editor
 * filed stays.
 */
export function mergeLoneSurnames(db: DB, since: number): void {
  const lone = db
    .prepare(
      `SELECT e.id, e.name FROM entities e
        WHERE e.type = 'PERSON' AND e.name NOT LIKE '% %'
          AND e.id IN (SELECT entity_id FROM mentions WHERE id > ?)
          AND NOT EXISTS (SELECT 1 FROM aliases al WHERE al.entity_id = e.id AND al.rule = 'editor')`,
    )
    .all(since) as { id: number; name: string }[];
  if (lone.length === 0) return;
  const namesakes = db.prepare(
    `SELECT e.id, e.name, (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles
       FROM entities e WHERE e.type = 'PERSON' AND e.id IN (SELECT entity_id FROM aliases WHERE last_word = ?)`,
  );
  const aliases = db.prepare('SELECT alias FROM aliases WHERE entity_id = ?');
  const move = [
    db.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?'),
    db.prepare('UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?'),
  ];
  const drop = db.prepare('DELETE FROM entities WHERE id = ?');
  db.transaction(() => {
    for (const { id, name } of lone) {
      const surname = surnameKey(name);
      // Writers that meet this surname meanwhile (PostgreSQL) wait, as for any name of theirs.
      db.dialect.lock(db, [`name:${surname}`]);
      const people = (namesakes.all(surname) as { id: number; name: string; articles: number }[]).filter(
        (p) => p.id !== id && personParts(p.name)?.last === surname,
      );
      const person = dominantNamesake(people);
      if (!person) continue;
      for (const { alias } of aliases.all(id) as { alias: string }[]) addAliasRow(db, person.id, alias, 'PERSON', 'surname');
      for (const statement of move) statement.run(person.id, id);
      drop.run(id);
    }
  }).immediate();
}
