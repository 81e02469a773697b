import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { PgRequest, PgResponse } from './pg-worker.js';
import { bindValues, translatePlaceholders, type Translated } from './placeholders.js';
import { POSTGRES } from './dialect.js';
import type { Database, RunResult, Statement, Transaction } from './types.js';

type Call = (request: PgRequest) => PgResponse;

/**
 * One worker thread per process holds every connection; started by the first connection.
 * synckit is loaded then, not on import, so a SQLite command never pays for it.
 */
let worker: Call | undefined;
function call(request: PgRequest): PgResponse {
  if (!worker) {
    const { createSyncFn } = createRequire(import.meta.url)('synckit') as typeof import('synckit');
    worker = createSyncFn<(request: PgRequest) => Promise<PgResponse>>(fileURLToPath(new URL('./pg-worker.js', import.meta.url)));
  }
  return worker(request);
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/** The URL as it may be shown: without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, '@');
  }
}

class PgStatement implements Statement {
  private readonly translated: Translated;

  constructor(
    private readonly db: PgDatabase,
    sql: string,
  ) {
    this.translated = translatePlaceholders(sql);
  }

  private query(params: unknown[]): PgResponse {
    return this.db.query(this.translated.sql, bindValues(this.translated, params));
  }

  run(...params: unknown[]): RunResult {
    return { changes: this.query(params).changes ?? 0 };
  }

  get(...params: unknown[]): unknown {
    return this.query(params).rows?.[0];
  }

  all(...params: unknown[]): unknown[] {
    return this.query(params).rows ?? [];
  }

  /** Rows a page at a time through a cursor (in a transaction of its own when none is open), so memory stays flat. */
  *iterate(...params: unknown[]): IterableIterator<unknown> {
    const own = !this.db.inTransaction;
    if (own) this.db.exec('BEGIN');
    const cursor = `corpus_cursor_${++cursors}`;
    try {
      this.db.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${this.translated.sql}`, bindValues(this.translated, params));
      for (;;) {
        const rows = this.db.query(`FETCH ${CURSOR_PAGE} FROM ${cursor}`, []).rows ?? [];
        if (rows.length === 0) break;
        yield* rows;
      }
      this.db.query(`CLOSE ${cursor}`, []);
    } finally {
      if (own) this.db.exec(this.db.inTransaction ? 'COMMIT' : 'ROLLBACK');
    }
  }
}

/** Rows fetched at a time by `iterate`. */
const CURSOR_PAGE = 200;
let cursors = 0;

/**
 * A PostgreSQL connection with better-sqlite3's synchronous calls (src/store/backend/types.ts).
 * It follows its own transactions: `BEGIN`/`COMMIT`/`ROLLBACK` through `exec`, and `transaction`,
 * which nests as savepoints like better-sqlite3's.
 */
export class PgDatabase implements Database {
  readonly dialect = POSTGRES;
  /** Counted for the entity resolver: a new transaction may see what others committed. */
  transactionsBegun = 0;
  private depth = 0;
  private handle: number | undefined;

  private constructor(handle: number) {
    this.handle = handle;
  }

  /** Connects with these session settings (`SET name = value`). */
  static connect(url: string, settings: Readonly<Record<string, string>>): PgDatabase {
    return new PgDatabase(call({ op: 'connect', url, settings }).handle as number);
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  query(sql: string, params: unknown[]): PgResponse {
    if (this.handle === undefined) throw new Error('the database connection is closed');
    return call({ op: 'query', handle: this.handle, sql, params });
  }

  prepare(sql: string): Statement {
    return new PgStatement(this, sql);
  }

  exec(sql: string): void {
    const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
    this.query(sql, []);
    if (verb === 'BEGIN') this.began();
    else if (verb === 'COMMIT' || verb === 'ROLLBACK' || verb === 'END') this.depth = 0;
  }

  transaction<T>(fn: () => T): Transaction<T> {
    const run = (): T => {
      const nested = this.inTransaction;
      const savepoint = `corpus_${this.depth}`;
      if (nested) this.query(`SAVEPOINT ${savepoint}`, []);
      else this.exec('BEGIN');
      this.depth += nested ? 1 : 0;
      try {
        const result = fn();
        if (nested) this.query(`RELEASE SAVEPOINT ${savepoint}`, []);
        else this.exec('COMMIT');
        return result;
      } catch (error) {
        this.undo(nested ? savepoint : undefined);
        throw error;
      } finally {
        if (nested) this.depth -= 1;
      }
    };
    return Object.assign(run, { immediate: run });
  }

  close(): void {
    if (this.handle === undefined) return;
    const handle = this.handle;
    this.handle = undefined;
    try {
      call({ op: 'close', handle });
    } catch {
      // The server is gone already: nothing left to close.
    }
  }

  private began(): void {
    this.depth = 1;
    this.transactionsBegun += 1;
  }

  /** Rolls back to `savepoint`, or the whole transaction; a lost connection has nothing to roll back. */
  private undo(savepoint: string | undefined): void {
    try {
      if (savepoint) this.query(`ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}`, []);
      else this.exec('ROLLBACK');
    } catch {
      this.depth = 0;
    }
  }
}
