/**
 * The database the store talks to: a synchronous subset of better-sqlite3's Database, so that
 * SQLite is better-sqlite3 itself (nothing in between on the ingest hot path) and PostgreSQL
 * implements the same calls (src/store/backend/postgres.ts). Where the SQL of the two differs,
 * the store asks `dialect` (src/store/backend/dialect.ts), never branches on its own.
 */

export interface RunResult {
  changes: number;
}

export interface Statement {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

/** `fn` in a transaction (a savepoint inside one); `.immediate()` takes the write lock first (SQLite). */
export interface Transaction<T> {
  (): T;
  immediate(): T;
}

export interface Database {
  readonly dialect: Dialect;
  readonly inTransaction: boolean;
  prepare(sql: string): Statement;
  exec(sql: string): unknown;
  transaction<T>(fn: () => T): Transaction<T>;
  close(): unknown;
}

/** A full-text search the store runs: rows of `table` whose `column` holds words. */
export type SearchTarget = 'sentences' | 'quotes' | 'aliases' | 'quote_speakers';

/**
 * Everything the SQL of SQLite and PostgreSQL does differently, in one object per backend.
 * Functions that take `db` run the backend's own statements.
 */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /**
   * A subquery giving the ids of the `target` rows whose text holds `words` (`phrase`: in this
   * order, adjacent; `all`: each of them, anywhere), and its one parameter.
   */
  search(target: SearchTarget, mode: 'phrase' | 'all', words: readonly string[]): { sql: string; param: string };
  /** A subquery giving the integers of a JSON array passed as its one parameter. */
  jsonIntegers: string;
  /** `expr` compared and sorted without regard to (ASCII) case. */
  nocase(expr: string): string;
  /** Case-insensitive LIKE. */
  like: string;
  /** The aggregate joining `expr` with the separator given as an SQL expression. */
  groupConcat(expr: string, separator: string): string;
  /** Articles per commit of an ingest (see WriteBatch). */
  batchArticles: number;
  /** The statement that opens a write transaction. */
  begin: string;
  /** FTS5 tables the writer fills in bulk at commit (src/store/search-index.ts); PostgreSQL's GIN indexes follow their tables. */
  externalSearchIndexes: readonly { table: 'sentences' | 'quotes'; fts: string; column: string }[];
  /**
   * A number that changes when another connection may have written what this one read
   * before (the entity resolver drops its caches then).
   */
  dataVersion(db: Database): number;
  /**
   * Makes concurrent writers that touch the same `keys` take turns until the transaction ends.
   * SQLite has one writer at a time already.
   */
  lock(db: Database, keys: readonly string[]): void;
  /** `n` unused ids of `table`, ascending, for rows inserted in this transaction. */
  reserveIds(db: Database, table: string, n: number): number[];
  /** After rows were copied in with their ids: what the backend keeps beside the tables catches up (ids to come, search indexes). */
  afterCopy(db: Database, tables: readonly string[]): void;
  /**
   * Inserts rows (arrays of values in `columns` order) in as few statements as the backend likes;
   * `ignore`: a row whose key is stored already is left out.
   */
  insertRows(db: Database, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], conflict?: 'ignore'): void;
}
