import type { DB } from './open.js';

/** How many top speakers `corpus stats` lists. */
export const TOP_SPEAKERS = 10;

export interface Stats {
  articles: number;
  files: number;
  sentences: number;
  entities: number;
  mentions: number;
  quotes: Record<string, number>;
  top_speakers: { speaker: string; quotes: number }[];
}

export function stats(db: DB): Stats {
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const kinds = db.prepare('SELECT kind, count(*) AS n FROM quotes GROUP BY kind ORDER BY kind').all() as { kind: string; n: number }[];
  return {
    articles: count('SELECT count(*) AS n FROM articles'),
    files: count('SELECT count(*) AS n FROM files'),
    sentences: count('SELECT count(*) AS n FROM sentences'),
    entities: count('SELECT count(DISTINCT entity_id) AS n FROM mentions'),
    mentions: count('SELECT count(*) AS n FROM mentions'),
    quotes: Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
    top_speakers: db
      .prepare(
        // An entity's quotes share its name as speaker; quotes of no entity group by the name they give.
        `SELECT speaker, count(*) AS quotes FROM quote_view WHERE kind <> 'term' AND speaker IS NOT NULL
         GROUP BY speaker_entity_id, speaker ORDER BY quotes DESC, speaker LIMIT ?`,
      )
      .all(TOP_SPEAKERS) as { speaker: string; quotes: number }[],
  };
}
