import type { QuoteKind } from '../model.js';
import type { DB } from './open.js';
import { ftsPhrase, wholeWords } from './match.js';

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
  sentence: string | null;
}

/**
 * Canonical entities whose name or an alias matches `name` on whole words: candidates from
 * the aliases' full-text index (every canonical name is an alias), confirmed by the matcher.
 */
export function entitiesNamed(db: DB, name: string): number[] {
  const phrase = ftsPhrase(name);
  if (phrase === undefined) return [];
  const matches = wholeWords(name);
  db.function('corpus_matches', { deterministic: true }, (value: unknown) => (matches(value as string | null) ? 1 : 0));
  const rows = db
    .prepare(
      `SELECT DISTINCT e.id FROM aliases_fts JOIN aliases al ON al.id = aliases_fts.rowid JOIN entities e ON e.id = al.entity_id
       WHERE aliases_fts MATCH ? AND (corpus_matches(e.name) OR corpus_matches(al.alias)) ORDER BY e.id`,
    )
    .all(phrase) as { id: number }[];
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
  private impossible = false;

  /**
   * A condition no row meets (a name that matches no entity): the query is not run. With
   * `IN ()` instead, SQLite would plan it as a scan of every quote.
   */
  none(): void {
    this.impossible = true;
  }

  add(sql: string, ...params: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...params);
  }

  /**
   * `SELECT * FROM view WHERE … ORDER BY …`, with an optional LIMIT. With a limit, the rows
   * are chosen by `key` first, so the view's other columns (a quote's sentence, its article's
   * path) are computed for the rows printed only, not for every match: on 100,000 articles,
   * 20 of 48,000 quotes by one speaker in 0.19 s instead of 0.42 s.
   */
  select<T>(db: DB, view: string, key: string, order: string, limit: number | undefined): T[] {
    if (this.impossible) return [];
    const where = this.parts.length > 0 ? this.parts.join(' AND ') : '1';
    if (limit === undefined) return db.prepare(`SELECT * FROM ${view} WHERE ${where} ORDER BY ${order}`).all(...this.params) as T[];
    return db
      .prepare(`SELECT * FROM ${view} WHERE ${key} IN (SELECT ${key} FROM ${view} WHERE ${where} ORDER BY ${order} LIMIT ?) ORDER BY ${order}`)
      .all(...this.params, limit) as T[];
  }
}

/** Articles with a publication date first, oldest first; then in ingest order. */
const ARTICLE_ORDER = 'published IS NULL, published, article_id';

export function querySentences(db: DB, filter: SentenceFilter): SentenceRow[] {
  const where = new Conditions();
  if (filter.entity !== undefined) {
    const ids = entitiesNamed(db, filter.entity);
    if (ids.length === 0) where.none();
    else where.add(`sentence_id IN (SELECT sentence_id FROM mentions WHERE entity_id IN (${marks(ids)}))`, ...ids);
  }
  if (filter.text !== undefined) {
    where.add('sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)', ftsWords(filter.text));
  }
  return where.select<SentenceRow>(db, 'sentence_view', 'sentence_id', `${ARTICLE_ORDER}, seq`, filter.limit);
}

export function queryQuotes(db: DB, filter: QuoteFilter): QuoteRow[] {
  const where = new Conditions();
  where.add(`kind IN (${marks(filter.kinds)})`, ...filter.kinds);
  if (filter.speaker !== undefined) {
    const ids = entitiesNamed(db, filter.speaker);
    const matches = wholeWords(filter.speaker);
    db.function('corpus_speaker_matches', { deterministic: true }, (value: unknown) => (matches(value as string | null) ? 1 : 0));
    // A speaker linked to no entity is found by the name the quote gives (its own index).
    const unlinked = `(quote_id IN (SELECT rowid FROM quote_speakers_fts WHERE quote_speakers_fts MATCH ?)
      AND speaker_entity_id IS NULL AND corpus_speaker_matches(speaker))`;
    const phrase = ftsPhrase(filter.speaker);
    if (phrase === undefined) where.none();
    else if (ids.length === 0) where.add(unlinked, phrase);
    else where.add(`(speaker_entity_id IN (${marks(ids)}) OR ${unlinked})`, ...ids, phrase);
  }
  if (filter.entity !== undefined) {
    const ids = entitiesNamed(db, filter.entity);
    if (ids.length === 0) where.none();
    else where.add(
      `(speaker_entity_id IN (${marks(ids)}) OR quote_id IN (SELECT q.id FROM mentions m JOIN quotes q ON q.article_id = m.article_id
         WHERE m.entity_id IN (${marks(ids)}) AND ((m.start < q."end" AND m."end" > q.start) OR m.sentence_id = q.sentence_id)))`,
      ...ids,
      ...ids,
    );
  }
  if (filter.text !== undefined) {
    where.add('quote_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', ftsWords(filter.text));
  }
  return where.select<QuoteRow>(db, 'quote_view', 'quote_id', `${ARTICLE_ORDER}, start`, filter.limit);
}
