import type { Entity, EntityType } from '../model.js';
import { identityKey, matchShortName } from '../entities/identity.js';
import type { Statement } from 'better-sqlite3';
import type { DB } from './open.js';

/**
 * Bump when `identityKey` changes: stored alias keys are then recomputed once, so names in
 * new articles keep meeting the names already on record.
 */
export const IDENTITY_VERSION = 2;

/** The last word of a key ("per:dmitri peskov" → "peskov"), indexed to find full names for a lone surname. */
function lastWord(key: string): string {
  return key.slice(Math.max(key.lastIndexOf(' '), key.indexOf(':')) + 1);
}

/** The alias insert, prepared once per connection: it runs for every name of every article. */
const aliasInserts = new WeakMap<DB, Statement>();

/** Adds a name an entity is known by (no-op when it has it). */
export function addAliasRow(db: DB, entityId: number, alias: string, type: EntityType): void {
  let insert = aliasInserts.get(db);
  if (!insert) {
    insert = db.prepare('INSERT OR IGNORE INTO aliases (entity_id, alias, key, last_word) VALUES (?, ?, ?, ?)');
    aliasInserts.set(db, insert);
  }
  const key = identityKey(alias, type);
  insert.run(entityId, alias, key, lastWord(key));
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
 *   2. for a one-word name (a surname the article never expanded), the one full name on
 *      record that ends with it; none or several, and it stands alone;
 *   3. otherwise a new canonical entity.
 * Every surface form is added as an alias, so later articles meet it too.
 */
export class EntityResolver {
  private readonly stmt;

  constructor(private readonly db: DB) {
    this.stmt = {
      byKey: db.prepare('SELECT DISTINCT entity_id AS id FROM aliases WHERE key = ? LIMIT 2'),
      keysEndingWith: db.prepare('SELECT DISTINCT key FROM aliases WHERE last_word = ?'),
      byName: db.prepare('SELECT id FROM entities WHERE type = ? AND name = ?'),
      insertEntity: db.prepare('INSERT INTO entities (name, type) VALUES (?, ?)'),
    };
  }

  resolve(entity: Entity): number {
    const id = this.known(entity) ?? this.named(entity);
    for (const alias of [entity.name, ...entity.aliases]) addAliasRow(this.db, id, alias, entity.type);
    return id;
  }

  private known(entity: Entity): number | undefined {
    const key = identityKey(entity.name, entity.type);
    const exact = this.single(key);
    if (exact !== undefined) return exact;
    const candidates = (this.stmt.keysEndingWith.all(lastWord(key)) as { key: string }[]).map((r) => r.key);
    const full = matchShortName(entity.name, entity.type, candidates);
    return full === undefined ? undefined : this.single(full);
  }

  private single(key: string): number | undefined {
    const rows = this.stmt.byKey.all(key) as { id: number }[];
    return rows.length === 1 ? rows[0]?.id : undefined;
  }

  private named(entity: Entity): number {
    const row = this.stmt.byName.get(entity.type, entity.name) as { id: number } | undefined;
    return row?.id ?? Number(this.stmt.insertEntity.run(entity.name, entity.type).lastInsertRowid);
  }
}
