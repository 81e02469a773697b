import { CorpusError } from '../errors.js';
import { identityKey } from '../entities/identity.js';
import { addAliasRow } from './entities.js';
import type { EntityType } from '../model.js';
import type { DB } from './open.js';

/**
 * Editors' corrections to entity identity. They act on the canonical entities and their
 * aliases, which is what later ingests resolve names through, so a correction holds for
 * every article ingested afterwards (and survives `--force`).
 */

export interface EntityRef {
  id: number;
  name: string;
  type: EntityType;
}

/** Finds one entity by numeric id or exact name (any case); ambiguous names are an error. */
export function findEntity(db: DB, ref: string): EntityRef {
  const rows = (
    /^\d+$/.test(ref)
      ? db.prepare('SELECT id, name, type FROM entities WHERE id = ?').all(Number(ref))
      : db.prepare(`SELECT id, name, type FROM entities WHERE ${db.dialect.nocase('name')} = ${db.dialect.nocase('?')} ORDER BY id`).all(ref)
  ) as EntityRef[];
  const [first] = rows;
  if (!first) throw new CorpusError('USAGE', `no entity '${ref}' (see corpus entities)`);
  if (rows.length > 1) {
    throw new CorpusError('USAGE', `'${ref}' names ${rows.length} entities (${rows.map((r) => `${r.id} ${r.type}`).join(', ')}): use the id`);
  }
  return first;
}

/** Folds `drop` into `keep`: its aliases, mentions and quotes move; `drop` is deleted. */
export function mergeEntities(db: DB, keep: EntityRef, drop: EntityRef): void {
  if (keep.id === drop.id) throw new CorpusError('USAGE', 'cannot merge an entity with itself');
  db.transaction(() => {
    const aliases = db.prepare('SELECT alias FROM aliases WHERE entity_id = ?').all(drop.id) as { alias: string }[];
    for (const { alias } of aliases) addAliasRow(db, keep.id, alias, keep.type, 'editor');
    db.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(keep.id, drop.id);
    db.prepare('UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?').run(keep.id, drop.id);
    db.prepare('DELETE FROM entities WHERE id = ?').run(drop.id);
  }).immediate();
}

/** Gives an entity a new canonical name; the old name stays as an alias. */
export function renameEntity(db: DB, entity: EntityRef, name: string): void {
  db.transaction(() => {
    const clash = db.prepare('SELECT id FROM entities WHERE type = ? AND name = ? AND id <> ?').get(entity.type, name, entity.id);
    if (clash) throw new CorpusError('USAGE', `another ${entity.type} is already named '${name}': merge them instead`);
    db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(name, entity.id);
    addAliasRow(db, entity.id, name, entity.type, 'editor');
  }).immediate();
}

/** Adds a name the entity is known by; later ingests resolve that name to it. */
export function addAlias(db: DB, entity: EntityRef, alias: string): void {
  db.transaction(() => addAliasRow(db, entity.id, alias, entity.type, 'editor')).immediate();
}

/**
 * Splits the name `alias` off into its own entity (e.g. "Donald Trump Jr." wrongly merged
 * with "Donald Trump"): the alias, the mentions written that way and the quotes attributed
 * through them move to the new entity. Returns it.
 */
export function splitAlias(db: DB, entity: EntityRef, alias: string): EntityRef {
  return db
    .transaction((): EntityRef => {
      const key = identityKey(alias, entity.type);
      const owned = db.prepare('SELECT 1 FROM aliases WHERE entity_id = ? AND key = ?').get(entity.id, key);
      if (!owned) throw new CorpusError('USAGE', `'${alias}' is not an alias of ${entity.name} (${entity.id})`);
      if (key === identityKey(entity.name, entity.type)) throw new CorpusError('USAGE', `'${alias}' is the entity's own name: rename it first`);
      const { id } = db.prepare('INSERT INTO entities (name, type) VALUES (?, ?) RETURNING id').get(alias, entity.type) as { id: number };
      db.prepare("UPDATE aliases SET entity_id = ?, rule = 'editor' WHERE entity_id = ? AND key = ?").run(id, entity.id, key);
      const surfaces = db.prepare('SELECT id, surface FROM mentions WHERE entity_id = ?').all(entity.id) as { id: number; surface: string }[];
      const move = db.prepare('UPDATE mentions SET entity_id = ? WHERE id = ?');
      for (const m of surfaces) if (identityKey(m.surface, entity.type) === key) move.run(id, m.id);
      const quotes = db.prepare('SELECT id, speaker_name, speaker_surface FROM quotes WHERE speaker_entity_id = ?').all(entity.id) as {
        id: number;
        speaker_name: string | null;
        speaker_surface: string | null;
      }[];
      const moveQuote = db.prepare('UPDATE quotes SET speaker_entity_id = ? WHERE id = ?');
      for (const q of quotes) {
        if ([q.speaker_name, q.speaker_surface].some((s) => s !== null && identityKey(s, entity.type) === key)) moveQuote.run(id, q.id);
      }
      return { id, name: alias, type: entity.type };
    })
    .immediate();
}
