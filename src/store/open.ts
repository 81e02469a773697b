import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CorpusError } from '../errors.js';
import { APPLICATION_ID, MIGRATIONS } from './schema.js';
import { PG_MIGRATIONS } from './schema-postgres.js';
import { DEFAULT_BUSY_TIMEOUT_MS } from '../defaults.js';
import { checkDatabaseFile } from './file-check.js';
import type { Database as DB } from './backend/types.js';
import { SQLITE } from './backend/dialect.js';
import { isPostgresUrl, PgDatabase, redactUrl } from './backend/postgres.js';

export type { DB };

/** The database as messages name it: a file path, or a PostgreSQL URL without its password. */
export function databaseName(target: string): string {
  return isPostgresUrl(target) ? redactUrl(target) : target;
}


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
 * What PostgreSQL's SQLSTATE classes (and the socket errors of reaching the server) mean for a
 * user; the first whose prefix matches.
 */
const SERVER_FAULTS: readonly [prefix: string, reason: (message: string) => string][] = [
  ['ECONNREFUSED', () => 'cannot connect: connection refused (is the PostgreSQL server running, on this host and port?)'],
  ['ENOTFOUND', () => 'cannot connect: unknown host'],
  ['ETIMEDOUT', () => 'cannot connect: the server does not answer'],
  ['ECONNRESET', () => 'the connection to the server was lost'],
  ['ENOENT', () => 'cannot connect: no server socket at that path'],
  ['28', (m) => `cannot connect: authentication failed (${m})`],
  ['3D000', (m) => `cannot connect: ${m}`],
  ['08', (m) => `the connection to the server failed (${m})`],
  ['57P', (m) => `the server ended the connection (${m})`],
  ['53', (m) => `the server is out of resources (${m})`],
  ['42501', (m) => `permission denied (${m})`],
  ['25006', () => 'cannot write: the connection is read-only'],
];

/** Lock waits past `lock_timeout`, and deadlocks: another writer holds what this one needs. */
const SERVER_BUSY = ['55P03', '40P01'];

/**
 * SQLite's and PostgreSQL's errors as ours: busy becomes BUSY (try later), a fault of the
 * database file or server becomes DATABASE with its reason; anything else passes through.
 */
export function translateBusy(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  const subject = databaseName(path);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (isPostgresUrl(path) && SERVER_BUSY.includes(code))) {
    return new CorpusError('BUSY', 'database is busy: another corpus process is writing to it', subject);
  }
  const faults = isPostgresUrl(path) ? SERVER_FAULTS : FILE_FAULTS;
  const fault = faults.find(([prefix]) => code === prefix || code.startsWith(isPostgresUrl(path) ? prefix : `${prefix}_`));
  return fault ? new CorpusError('DATABASE', fault[1]((error as Error).message), subject) : error;
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
 * Opens (and when writable, creates and migrates) a corpus database: a PostgreSQL URL, or else
 * a SQLite file. For SQLite: foreign keys on, WAL
 * journal so readers never block the writer, and a busy timeout so overlapping runs wait.
 */
export function openDatabase(path: string, options: OpenOptions = {}): DB {
  return isPostgresUrl(path) ? openPostgres(path, options) : openSqlite(path, options);
}

/** A SQLite corpus database: better-sqlite3's own, tagged with its dialect. */
export type SqliteDB = Database.Database & { readonly dialect: typeof SQLITE };

export function openSqlite(path: string, options: OpenOptions = {}): SqliteDB {
  if (options.readonly && !existsSync(path)) {
    throw new CorpusError('DATABASE', 'cannot open database: no such file (`corpus ingest` creates it)', path);
  }
  checkDatabaseFile(path);
  let db: Database.Database;
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
    // better-sqlite3 itself is the store's database: nothing sits between it and the writer.
    return Object.assign(db, { dialect: SQLITE });
  } catch (error) {
    db.close();
    throw usable(error, path);
  }
}

/** An error of opening or migrating as ours. */
function usable(error: unknown, path: string): CorpusError {
  const known = translateBusy(error, path);
  if (known instanceof CorpusError) return known;
  return new CorpusError('DATABASE', `cannot use database: ${(error as Error).message}`, databaseName(path));
}

/** Migrations of concurrent first runs take turns on this advisory lock. */
const PG_MIGRATE_LOCK = 'corpus:migrate';

/**
 * Opens (and when writable, creates and migrates) a corpus database in PostgreSQL. Lock waits
 * end after the busy timeout. A writer commits asynchronously: like SQLite's synchronous =
 * NORMAL, a crash of the server may drop the last commits (never half an article), which the
 * next run re-ingests; a killed corpus process loses nothing committed.
 */
function openPostgres(url: string, options: OpenOptions): DB {
  const settings: Record<string, string> = {
    lock_timeout: String(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS),
    client_min_messages: 'warning',
    ...(options.readonly ? { default_transaction_read_only: 'on' } : { synchronous_commit: 'off' }),
  };
  let db: PgDatabase;
  try {
    db = PgDatabase.connect(url, settings);
  } catch (error) {
    throw usable(error, url);
  }
  try {
    const version = (): number | undefined => {
      const table = db.prepare("SELECT to_regclass('schema_version') IS NOT NULL AS present").get() as { present: boolean };
      return table.present ? (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0 : undefined;
    };
    const found = version();
    if (found !== undefined && found > PG_MIGRATIONS.length) {
      throw new CorpusError('DATABASE', `database was written by a newer corpus (schema ${found}, this one knows ${PG_MIGRATIONS.length}): upgrade corpus`, databaseName(url));
    }
    if (options.readonly) {
      if (found === undefined) throw new CorpusError('DATABASE', 'no corpus in this database (`corpus ingest` creates it)', databaseName(url));
      if (found < PG_MIGRATIONS.length) throw new CorpusError('DATABASE', 'database needs an upgrade: run `corpus ingest` once to migrate it', databaseName(url));
    } else if (found !== PG_MIGRATIONS.length) {
      db.transaction(() => {
        db.dialect.lock(db, [PG_MIGRATE_LOCK]);
        db.exec('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
        const now = version() ?? 0;
        PG_MIGRATIONS.slice(now).forEach((sql) => db.exec(sql));
        db.prepare('DELETE FROM schema_version').run();
        db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(PG_MIGRATIONS.length);
      })();
    }
    return db;
  } catch (error) {
    db.close();
    throw usable(error, url);
  }
}

function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkApplicationId(db: Database.Database, path: string): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  const empty = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n === 0;
  if (id !== APPLICATION_ID && !(id === 0 && empty)) {
    throw new CorpusError('DATABASE', 'not a corpus database (it holds other tables)', path);
  }
}

function migrate(db: Database.Database): void {
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
