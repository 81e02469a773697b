import type { Entity } from '../model.js';
import { identityKey } from '../entities/identity.js';
import type { DB } from './open.js';

/**
 * Maps an article's entities to canonical entities: by the identity key of the full name,
 * then (for one-word names such as a lone surname) by a known alias when exactly one
 * entity of that type has it. Unknown names become new canonical entities.
 */
export class EntityResolver {
  private readonly stmt;

  constructor(db: DB) {
    this.stmt = {
      byKey: db.prepare(
        `SELECT DISTINCT e.id FROM aliases al JOIN entities e ON e.id = al.entity_id WHERE al.key = ? AND e.type = ? LIMIT 2`,
      ),
      byName: db.prepare('SELECT id FROM entities WHERE type = ? AND name = ?'),
      insertEntity: db.prepare('INSERT INTO entities (name, type) VALUES (?, ?)'),
      insertAlias: db.prepare('INSERT OR IGNORE INTO aliases (entity_id, alias, key) VALUES (?, ?, ?)'),
    };
  }

  resolve(entity: Entity): number {
    const key = identityKey(entity.name, entity.type);
    const matches = this.stmt.byKey.all(key, entity.type) as { id: number }[];
    let id: number;
    if (matches.length === 1 && matches[0]) {
      id = matches[0].id;
    } else {
      const named = this.stmt.byName.get(entity.type, entity.name) as { id: number } | undefined;
      id = named?.id ?? Number(this.stmt.insertEntity.run(entity.name, entity.type).lastInsertRowid);
    }
    for (const alias of [entity.name, ...entity.aliases]) {
      this.stmt.insertAlias.run(id, alias, identityKey(alias, entity.type));
    }
    return id;
  }
}
