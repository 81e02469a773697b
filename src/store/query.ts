import type { QuoteKind } from '../model.js';
import type { DB } from './open.js';
import { wholeWords } from './match.js';

export interface QuoteFilter {
  speaker?: string;
  entity?: string;
  text?: string;
  kinds: readonly QuoteKind[];
  limit?: number;
}

/** One row of `corpus query`: a quote with who said it, where and when. */
export interface QuoteRow {
  quote_id: number;
  article_id: number;
  article_title: string | null;
  published: string | null;
  dateline: string | null;
  place: string | null;
  path: string | null;
  speaker: string | null;
  speaker_entity_id: number | null;
  speaker_surface: string | null;
  speaker_role: string | null;
  kind: QuoteKind;
  cue: string | null;
  rule: string;
  text: string;
  start: number;
  end: number;
  grp: number | null;
  sentence: string | null;
}

/** Canonical entities whose name or an alias matches `name` on whole words. */
export function entitiesNamed(db: DB, name: string): number[] {
  const matches = wholeWords(name);
  db.function('corpus_matches', { deterministic: true }, (value: unknown) => (matches(value as string | null) ? 1 : 0));
  const rows = db
    .prepare(
      `SELECT DISTINCT e.id FROM entities e LEFT JOIN aliases al ON al.entity_id = e.id
       WHERE corpus_matches(e.name) OR corpus_matches(al.alias)`,
    )
    .all() as { id: number }[];
  return rows.map((r) => r.id);
}

/** FTS5 query for plain words: each word a quoted term, all required, so user input is never FTS syntax. */
export function ftsWords(words: string): string {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

export interface SentenceFilter {
  entity?: string;
  text?: string;
  limit?: number;
}

/** One row of `corpus query --sentences`: a sentence with its article and the entities it mentions. */
export interface SentenceRow {
  sentence_id: number;
  article_id: number;
  article_title: string | null;
  published: string | null;
  dateline: string | null;
  place: string | null;
  path: string | null;
  seq: number;
  start: number;
  end: number;
  text: string;
  entities: string | null;
}

function limitClause(limit: number | undefined, params: unknown[]): string {
  if (limit === undefined) return '';
  params.push(limit);
  return 'LIMIT ?';
}

/** Sentences that mention an entity (any alias) and/or contain all the given words. */
export function querySentences(db: DB, filter: SentenceFilter): SentenceRow[] {
  const where: string[] = ['1'];
  const params: unknown[] = [];
  if (filter.entity !== undefined) {
    const ids = entitiesNamed(db, filter.entity);
    where.push(`sentence_id IN (SELECT sentence_id FROM mentions WHERE entity_id IN (${ids.map(() => '?').join(', ')}))`);
    params.push(...ids);
  }
  if (filter.text !== undefined) {
    where.push('sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)');
    params.push(ftsWords(filter.text));
  }
  const limit = limitClause(filter.limit, params);
  return db
    .prepare(`SELECT * FROM sentence_view WHERE ${where.join(' AND ')} ORDER BY published IS NULL, published, article_id, seq ${limit}`)
    .all(...params) as SentenceRow[];
}

export function queryQuotes(db: DB, filter: QuoteFilter): QuoteRow[] {
  const where: string[] = [`kind IN (${filter.kinds.map(() => '?').join(', ')})`];
  const params: unknown[] = [...filter.kinds];
  if (filter.speaker !== undefined) {
    const ids = entitiesNamed(db, filter.speaker);
    const matches = wholeWords(filter.speaker);
    db.function('corpus_speaker_matches', { deterministic: true }, (value: unknown) => (matches(value as string | null) ? 1 : 0));
    where.push(
      `(speaker_entity_id IN (${ids.map(() => '?').join(', ')}) OR (speaker_entity_id IS NULL AND corpus_speaker_matches(speaker)))`,
    );
    params.push(...ids);
  }
  if (filter.entity !== undefined) {
    const ids = entitiesNamed(db, filter.entity);
    const list = ids.map(() => '?').join(', ');
    where.push(
      `(speaker_entity_id IN (${list}) OR EXISTS (SELECT 1 FROM mentions m JOIN quotes q ON q.id = quote_view.quote_id
         WHERE m.article_id = q.article_id AND m.entity_id IN (${list})
           AND ((m.start < q."end" AND m."end" > q.start) OR m.sentence_id = q.sentence_id)))`,
    );
    params.push(...ids, ...ids);
  }
  if (filter.text !== undefined) {
    where.push('quote_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)');
    params.push(ftsWords(filter.text));
  }
  const limit = limitClause(filter.limit, params);
  return db
    .prepare(`SELECT * FROM quote_view WHERE ${where.join(' AND ')} ORDER BY published IS NULL, published, article_id, start ${limit}`)
    .all(...params) as QuoteRow[];
}
