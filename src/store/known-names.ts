import type { EntityType } from '../model.js';
import { KnownNames } from '../entities/known-names.js';
import type { DB } from './open.js';

/**
 * The names on record, for the recognizer: every canonical entity with its aliases and the
 * number of articles that name it, read in one query once per run (the cost is one pass over
 * the aliases table and one count over each entity's mentions).
 */
export function loadKnownNames(db: DB): KnownNames {
  const rows = db.prepare(
    `SELECT e.name, e.type, ${db.dialect.groupConcat('al.alias', '\u001f')} AS aliases,
            (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles
       FROM entities e LEFT JOIN aliases al ON al.entity_id = e.id
      WHERE e.type <> 'DATE'
      GROUP BY e.id`,
  ).all() as { name: string; type: EntityType; aliases: string | null; articles: number }[];
  return new KnownNames(rows.map((r) => ({ name: r.name, type: r.type, aliases: r.aliases === null ? [] : r.aliases.split('\u001f'), articles: r.articles })));
}
