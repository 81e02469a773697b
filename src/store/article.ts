import type { ArticleMeta, EntityType, QuoteKind, Structure } from '../model.js';
import { CorpusError } from '../errors.js';
import type { DB } from './open.js';

export interface ShownQuote {
  id: number;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: string | null;
  speaker_role: string | null;
  speaker_entity_id: number | null;
  cue: string | null;
}

export interface ShownMention {
  start: number;
  end: number;
  entity_id: number;
  name: string;
  type: EntityType;
}

/** One stored article with what reading it needs: structure, quotes, mentions, date, copies. */
export interface StoredArticle {
  id: number;
  title: string | null;
  text: string;
  path: string | null;
  date: string | null;
  date_source: string | null;
  source: string | null;
  byline: string | null;
  story_id: number;
  /** The other stored copies of the same story. */
  copies: { id: number; title: string | null; source: string | null; date: string | null }[];
  structure: Structure;
  meta: ArticleMeta;
  quotes: ShownQuote[];
  mentions: ShownMention[];
}

/** The article with this id, or whose file path is `ref` or ends with `/ref`. */
export function findArticleId(db: DB, ref: string): number {
  const row = /^\d+$/.test(ref)
    ? (db.prepare('SELECT id FROM articles WHERE id = ?').get(Number(ref)) as { id: number } | undefined)
    : (db
        .prepare("SELECT article_id AS id FROM files WHERE path = ? OR path LIKE '%/' || ? ESCAPE '\\' ORDER BY path = ? DESC, path LIMIT 1")
        .get(ref, ref.replace(/[\\%_]/g, '\\$&'), ref) as { id: number } | undefined);
  if (!row) throw new CorpusError('USAGE', 'no stored article with this id or path', ref);
  return row.id;
}

export function loadArticle(db: DB, id: number): StoredArticle | undefined {
  const row = db
    .prepare(
      `SELECT id, title, text, date, date_source, source, byline, coalesce(story_id, id) AS story_id, structure, meta,
         (SELECT min(path) FROM files f WHERE f.article_id = a.id) AS path
       FROM articles a WHERE id = ?`,
    )
    .get(id) as (Omit<StoredArticle, 'structure' | 'meta' | 'copies' | 'quotes' | 'mentions'> & { structure: string; meta: string }) | undefined;
  if (!row) return undefined;
  return {
    ...row,
    structure: JSON.parse(row.structure) as Structure,
    meta: JSON.parse(row.meta) as ArticleMeta,
    copies: db
      .prepare('SELECT id, title, source, date FROM articles WHERE coalesce(story_id, id) = ? AND id <> ? ORDER BY id')
      .all(row.story_id, id) as StoredArticle['copies'],
    quotes: db
      .prepare(
        `SELECT q.id, q.start, q."end", q.kind, coalesce(e.name, q.speaker_name) AS speaker, q.speaker_role, q.speaker_entity_id, q.cue
         FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE q.article_id = ? AND q.kind <> 'term' ORDER BY q.start`,
      )
      .all(id) as ShownQuote[],
    mentions: db
      .prepare(
        `SELECT m.start, m."end", m.entity_id, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id
         WHERE m.article_id = ? ORDER BY m.start`,
      )
      .all(id) as ShownMention[],
  };
}
