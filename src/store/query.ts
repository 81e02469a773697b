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

/** Where and when: the article fields every result row carries. */
export interface ArticleContext {
  article_id: number;
  article_title: string | null;
  published: string | null;
  dateline: string | null;
  place: string | null;
  path: string | null;
}

/** One row of `corpus query`: a quote with who said it, where and when. */
export interface QuoteRow extends ArticleContext {
  quote_id: number;
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
  /** `mixed` only: the verbatim quoted words inside `text`, with their offsets into the article. */
  fragments: QuoteFragment[] | null;
  sentence: string | null;
}

export interface QuoteFragment {
  start: number;
  end: number;
  text: string;
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
export interface SentenceRow extends ArticleContext {
  sentence_id: number;
  seq: number;
  start: number;
  end: number;
  text: string;
  entities: string | null;
}

/** `?, ?, ?` for a list of values (an empty list gives `IN ()`, which SQLite reads as false). */
function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** SQL conditions joined by AND, with their parameters in order. */
class Conditions {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...params);
  }

  /** `SELECT * FROM view WHERE … ORDER BY …`, with an optional LIMIT. */
  select<T>(db: DB, view: string, order: string, limit: number | undefined): T[] {
    const where = this.parts.length > 0 ? this.parts.join(' AND ') : '1';
    const params = limit === undefined ? this.params : [...this.params, limit];
    return db.prepare(`SELECT * FROM ${view} WHERE ${where} ORDER BY ${order}${limit === undefined ? '' : ' LIMIT ?'}`).all(...params) as T[];
  }
}

/** Articles with a publication date first, oldest first; then in ingest order. */
const ARTICLE_ORDER = 'published IS NULL, published, article_id';

export function querySentences(db: DB, filter: SentenceFilter): SentenceRow[] {
  const where = new Conditions();
  if (filter.entity !== undefined) {
    const ids = entitiesNamed(db, filter.entity);
    where.add(`sentence_id IN (SELECT sentence_id FROM mentions WHERE entity_id IN (${marks(ids)}))`, ...ids);
  }
  if (filter.text !== undefined) {
    where.add('sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)', ftsWords(filter.text));
  }
  return where.select<SentenceRow>(db, 'sentence_view', `${ARTICLE_ORDER}, seq`, filter.limit);
}

export function queryQuotes(db: DB, filter: QuoteFilter): QuoteRow[] {
  const where = new Conditions();
  where.add(`kind IN (${marks(filter.kinds)})`, ...filter.kinds);
  if (filter.speaker !== undefined) {
    const ids = entitiesNamed(db, filter.speaker);
    const matches = wholeWords(filter.speaker);
    db.function('corpus_speaker_matches', { deterministic: true }, (value: unknown) => (matches(value as string | null) ? 1 : 0));
    where.add(`(speaker_entity_id IN (${marks(ids)}) OR (speaker_entity_id IS NULL AND corpus_speaker_matches(speaker)))`, ...ids);
  }
  if (filter.entity !== undefined) {
    const ids = entitiesNamed(db, filter.entity);
    where.add(
      `(speaker_entity_id IN (${marks(ids)}) OR EXISTS (SELECT 1 FROM mentions m JOIN quotes q ON q.id = quote_view.quote_id
         WHERE m.article_id = q.article_id AND m.entity_id IN (${marks(ids)})
           AND ((m.start < q."end" AND m."end" > q.start) OR m.sentence_id = q.sentence_id)))`,
      ...ids,
      ...ids,
    );
  }
  if (filter.text !== undefined) {
    where.add('quote_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', ftsWords(filter.text));
  }
  const rows = where.select<Omit<QuoteRow, 'fragments'> & { fragments: string | null }>(db, 'quote_view', `${ARTICLE_ORDER}, start`, filter.limit);
  return rows.map((row) => ({ ...row, fragments: row.fragments === null ? null : (JSON.parse(row.fragments) as QuoteFragment[]) }));
}
