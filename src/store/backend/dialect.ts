import type { Database, Dialect, SearchTarget, Statement } from './types.js';
import { BATCH_ARTICLES } from '../batch.js';
import { FOLD } from '../schema-postgres.js';

/** A string as an SQL literal (the same quoting in both). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `?, ?, ?` for one row of `columns`. */
function rowMarks(columns: readonly string[]): string {
  return `(${columns.map(() => '?').join(', ')})`;
}

function insertSql(table: string, columns: readonly string[], rows: number, conflict: 'ignore' | undefined): string {
  const names = columns.map((c) => `"${c}"`).join(', ');
  const values = Array.from({ length: rows }, () => rowMarks(columns)).join(', ');
  return `INSERT INTO ${table} (${names}) VALUES ${values}${conflict === 'ignore' ? ' ON CONFLICT DO NOTHING' : ''}`;
}

/** Statements a dialect prepares for itself, once per connection and SQL text. */
const prepared = new WeakMap<Database, Map<string, Statement>>();
function statement(db: Database, sql: string): Statement {
  let byText = prepared.get(db);
  if (!byText) {
    byText = new Map();
    prepared.set(db, byText);
  }
  let stmt = byText.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    byText.set(sql, stmt);
  }
  return stmt;
}

/** The FTS5 table (external content, rowid = id) behind each search. */
const FTS_TABLES: Readonly<Record<SearchTarget, string>> = {
  sentences: 'sentences_fts',
  quotes: 'quotes_fts',
  aliases: 'aliases_fts',
  quote_speakers: 'quote_speakers_fts',
};

/** An FTS5 string: each word a quoted term, or all of them one quoted phrase, so user input is never FTS syntax. */
function ftsQuoted(words: readonly string[]): string {
  return `"${words.join(' ').replace(/"/g, '""')}"`;
}

const SQLITE_SEARCH_INDEXES = [
  { table: 'sentences', fts: 'sentences_fts', column: 'text' },
  { table: 'quotes', fts: 'quotes_fts', column: 'text' },
  { table: 'quotes', fts: 'quote_speakers_fts', column: 'speaker_name' },
] as const;

export const SQLITE: Dialect = {
  name: 'sqlite',
  search: (target, mode, words) => ({
    sql: `SELECT rowid FROM ${FTS_TABLES[target]} WHERE ${FTS_TABLES[target]} MATCH ?`,
    param: mode === 'phrase' ? ftsQuoted(words) : words.map((w) => ftsQuoted([w])).join(' '),
  }),
  jsonIntegers: 'SELECT value FROM json_each(?)',
  nocase: (expr) => `${expr} COLLATE NOCASE`,
  like: 'LIKE',
  groupConcat: (expr, separator) => `group_concat(${expr}, ${literal(separator)})`,
  batchArticles: BATCH_ARTICLES,
  begin: 'BEGIN IMMEDIATE',
  externalSearchIndexes: SQLITE_SEARCH_INDEXES,
  dataVersion: (db) => (statement(db, 'PRAGMA data_version').get() as { data_version: number }).data_version,
  lock: () => undefined,
  reserveIds: (db, table, n) => {
    // Inside the write transaction no other connection inserts, so max(id) + 1 on are free.
    const { id } = statement(db, `SELECT coalesce(max(id), 0) AS id FROM ${table}`).get() as { id: number };
    return Array.from({ length: n }, (_, i) => id + 1 + i);
  },
  // New rows take max(id) + 1 anyway; the FTS5 tables the writer fills are rebuilt from their tables.
  afterCopy: (db) => {
    for (const { fts } of SQLITE_SEARCH_INDEXES) db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('rebuild')`).run();
  },
  // One prepared single-row insert per row: SQLite runs it in a microsecond, no SQL to build.
  insertRows: (db, table, columns, rows, conflict) => {
    const insert = statement(db, insertSql(table, columns, 1, conflict));
    for (const row of rows) insert.run(...row);
  },
};

/** The column each search reads, and the GIN expression index on `to_tsvector('simple', column)` (or on its folded form) that serves it. */
const SEARCHED: Readonly<Record<SearchTarget, { table: string; column: string; folded: boolean }>> = {
  sentences: { table: 'sentences', column: 'text', folded: false },
  quotes: { table: 'quotes', column: 'text', folded: false },
  // Names fold accents, as SQLite's aliases_fts and quote_speakers_fts (remove_diacritics 2) do.
  aliases: { table: 'aliases', column: 'alias', folded: true },
  quote_speakers: { table: 'quotes', column: 'speaker_name', folded: true },
};

/** PostgreSQL's limit is 65535 parameters a statement; rows per INSERT stay well under it. */
const PG_MAX_PARAMS = 30_000;
const PG_MAX_ROWS = 1000;

/** What the PostgreSQL connection counts (src/store/backend/postgres.ts). */
interface CountsTransactions {
  readonly transactionsBegun: number;
}

export const POSTGRES: Dialect = {
  name: 'postgres',
  search: (target, mode, words) => {
    const { table, column, folded } = SEARCHED[target];
    const query = mode === 'phrase' ? 'phraseto_tsquery' : 'plainto_tsquery';
    const fold = (expr: string): string => (folded ? `${FOLD}(${expr})` : expr);
    return { sql: `SELECT id FROM ${table} WHERE to_tsvector('simple', ${fold(column)}) @@ ${query}('simple', ${fold('?')})`, param: words.join(' ') };
  },
  jsonIntegers: 'SELECT jsonb_array_elements_text(?::jsonb)::bigint',
  nocase: (expr) => `lower(${expr})`,
  like: 'ILIKE',
  groupConcat: (expr, separator) => `string_agg(${expr}, ${literal(separator)})`,
  // An article per transaction: it holds its advisory locks (see `lock`) for the least time.
  batchArticles: 1,
  begin: 'BEGIN',
  externalSearchIndexes: [],
  // Other writers commit at any time: what was read in an earlier transaction may be stale.
  dataVersion: (db) => (db as Database & CountsTransactions).transactionsBegun,
  // Keys are taken in one sorted statement, so two writers never wait for each other in a cycle.
  lock: (db, keys) => {
    if (keys.length === 0) return;
    statement(db, 'SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) AS n FROM (SELECT DISTINCT unnest(?::text[]) AS k ORDER BY k) AS keys').get(keys);
  },
  reserveIds: (db, table, n) => {
    if (n === 0) return [];
    const rows = statement(db, `SELECT nextval('${table}_id_seq') AS id FROM generate_series(1, ?) ORDER BY 1`).all(n) as { id: number }[];
    return rows.map((r) => r.id);
  },
  // The sequences of tables with ids go on from the largest copied.
  afterCopy: (db, tables) => {
    for (const table of tables) {
      const seq = db
        .prepare("SELECT pg_get_serial_sequence(?, 'id') AS seq FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id'")
        .get(table, table) as { seq: string | null } | undefined;
      if (seq?.seq) db.prepare(`SELECT setval(?, coalesce(max(id), 1), max(id) IS NOT NULL) FROM ${table}`).get(seq.seq);
    }
  },
  // Multi-row INSERTs: one round trip for up to a thousand rows.
  insertRows: (db, table, columns, rows, conflict) => {
    const per = Math.max(1, Math.min(PG_MAX_ROWS, Math.floor(PG_MAX_PARAMS / columns.length)));
    for (let from = 0; from < rows.length; from += per) {
      const chunk = rows.slice(from, from + per);
      db.prepare(insertSql(table, columns, chunk.length, conflict)).run(...chunk.flat());
    }
  },
};
