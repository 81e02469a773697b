import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { CorpusError } from '../errors.js';
import { APPLICATION_ID, MIGRATIONS } from './schema.js';
import { DEFAULT_BUSY_TIMEOUT_MS } from '../defaults.js';

export type { DB };


export interface OpenOptions {
  readonly?: boolean;
  busyTimeoutMs?: number;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** SQLite's busy errors become our BUSY code with one clear message; others pass through. */
export function translateBusy(error: unknown, path: string): unknown {
  return isBusy(error) ? new CorpusError('BUSY', 'database is busy: another corpus process is writing to it', path) : error;
}

/** Runs `work`, turning SQLite's busy errors into BUSY. */
export function withBusyCheck<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw translateBusy(error, path);
  }
}

/**
 * Opens (and when writable, creates and migrates) a corpus database. Foreign keys on, WAL
 * journal so readers never block the writer, and a busy timeout so overlapping runs wait.
 */
export function openDatabase(path: string, options: OpenOptions = {}): DB {
  let db: DB;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new CorpusError('DATABASE', `cannot open database: ${(error as Error).message}`, path);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    checkApplicationId(db, path);
    if (!options.readonly) {
      withBusyCheck(path, () => {
        db.pragma('journal_mode = WAL');
        // With WAL, NORMAL never corrupts and loses nothing when a run is killed; only a power
        // cut may drop the last commits, which the next run re-ingests. FULL cost 25% of ingest.
        db.pragma('synchronous = NORMAL');
        migrate(db, path);
      });
    } else if (userVersion(db) < MIGRATIONS.length) {
      throw new CorpusError('DATABASE', 'database needs an upgrade: run `corpus ingest` once to migrate it', path);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof CorpusError) throw error;
    throw new CorpusError('DATABASE', `cannot use database: ${(error as Error).message}`, path);
  }
}

function userVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkApplicationId(db: DB, path: string): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  const empty = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n === 0;
  if (id !== APPLICATION_ID && !(id === 0 && empty)) {
    throw new CorpusError('DATABASE', 'not a corpus database (it holds other tables)', path);
  }
}

function migrate(db: DB, path: string): void {
  const current = userVersion(db);
  if (current > MIGRATIONS.length) {
    throw new CorpusError('DATABASE', `database was written by a newer corpus (schema ${current})`, path);
  }
  if (current === MIGRATIONS.length) return;
  // IMMEDIATE: two first runs racing to create the schema serialise here instead of failing.
  db.transaction(() => {
    const now = userVersion(db);
    MIGRATIONS.slice(now).forEach((sql) => db.exec(sql));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** Opens the database for the length of `work` and closes it however `work` ends. */
export function withDatabase<T>(path: string, options: OpenOptions, work: (db: DB) => T): T {
  const db = openDatabase(path, options);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
