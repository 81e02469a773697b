import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { CorpusError } from '../errors.js';
import { APPLICATION_ID, MIGRATIONS } from './schema.js';
import { DEFAULT_BUSY_TIMEOUT_MS } from '../defaults.js';
import { checkDatabaseFile } from './file-check.js';

export type { DB };


export interface OpenOptions {
  readonly?: boolean;
  busyTimeoutMs?: number;
}

/**
 * What SQLite's result codes (extended ones start with the primary: SQLITE_IOERR_WRITE) mean
 * for a user: the database file itself has a problem, and the run must stop (#13).
 */
const FILE_FAULTS: readonly [prefix: string, reason: (message: string) => string][] = [
  ['SQLITE_FULL', () => 'disk full: no room to write the database (nothing half-written was kept)'],
  ['SQLITE_CORRUPT', (m) => `database file is damaged (${m}): restore it from a backup`],
  ['SQLITE_NOTADB', () => 'not a SQLite database'],
  ['SQLITE_READONLY', () => 'cannot write the database: the file or its folder is read-only'],
  ['SQLITE_CANTOPEN', () => 'cannot open the database file: its folder is missing, unwritable or read-only'],
  ['SQLITE_PERM', () => 'cannot write the database: permission denied'],
  ['SQLITE_IOERR', (m) => `cannot read or write the database file (${m})`],
];

/**
 * SQLite's errors as ours: busy becomes BUSY (try later), a fault of the database file
 * becomes DATABASE with its reason; anything else passes through.
 */
export function translateBusy(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new CorpusError('BUSY', 'database is busy: another corpus process is writing to it', path);
  }
  const fault = FILE_FAULTS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  return fault ? new CorpusError('DATABASE', fault[1]((error as Error).message), path) : error;
}

/** Runs `work`, turning SQLite's errors into ours. */
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
  if (options.readonly && !existsSync(path)) {
    throw new CorpusError('DATABASE', 'cannot open database: no such file (`corpus ingest` creates it)', path);
  }
  checkDatabaseFile(path);
  let db: DB;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    const known = translateBusy(error, path);
    throw known instanceof CorpusError ? known : new CorpusError('DATABASE', `cannot open database: ${(error as Error).message}`, path);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    checkApplicationId(db, path);
    // Before anything is written: a newer schema is refused, whatever the command.
    const version = userVersion(db);
    if (version > MIGRATIONS.length) {
      throw new CorpusError('DATABASE', `database was written by a newer corpus (schema ${version}, this one knows ${MIGRATIONS.length}): upgrade corpus`, path);
    }
    if (!options.readonly) {
      withBusyCheck(path, () => {
        db.pragma('journal_mode = WAL');
        // With WAL, NORMAL never corrupts and loses nothing when a run is killed; only a power
        // cut may drop the last commits, which the next run re-ingests. FULL cost 25% of ingest.
        db.pragma('synchronous = NORMAL');
        migrate(db);
      });
    } else if (userVersion(db) < MIGRATIONS.length) {
      throw new CorpusError('DATABASE', 'database needs an upgrade: run `corpus ingest` once to migrate it', path);
    }
    return db;
  } catch (error) {
    db.close();
    const known = translateBusy(error, path);
    if (known instanceof CorpusError) throw known;
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

function migrate(db: DB): void {
  if (userVersion(db) === MIGRATIONS.length) return;
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
    return withBusyCheck(path, () => work(db));
  } finally {
    db.close();
  }
}
