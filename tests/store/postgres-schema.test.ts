import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/open.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { PG_MIGRATIONS } from '../../src/store/schema-postgres.js';
import { cli, tempDir } from '../cli/run-cli.js';
import { dropDatabase, freshDatabase, pgRows, POSTGRES_URL } from '../support/postgres.js';

/** Each table and view with its columns in order, as `kind name: col, col…`. */
type Shape = string[];

/** SQLite's FTS5 tables (and their shadow tables) are GIN indexes in PostgreSQL, its user_version a table there. */
const SQLITE_ONLY = /_fts(_\w+)?$/;
const POSTGRES_ONLY = new Set(['schema_version']);

describe('the PostgreSQL schema', () => {
  it('has a migration for each of SQLite\'s', () => {
    expect(PG_MIGRATIONS).toHaveLength(MIGRATIONS.length);
  });
});

describe.skipIf(!POSTGRES_URL)('the PostgreSQL schema, migrated', () => {
  const temp = tempDir();
  let url = '';
  beforeAll(async () => {
    url = await freshDatabase();
  });
  afterAll(async () => {
    temp.cleanup();
    await dropDatabase(url);
  });

  it('defines the same tables, columns and views as SQLite', async () => {
    const db = openSqlite(join(temp.dir, 'corpus.db'));
    const sqlite: Shape = (db.prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { type: string; name: string }[])
      .filter((t) => !SQLITE_ONLY.test(t.name))
      .map((t) => `${t.type} ${t.name}: ${(db.prepare(`PRAGMA table_info(${t.name})`).all() as { name: string }[]).map((c) => c.name).join(', ')}`);
    db.close();

    // The CLI creates the schema, as a user's first ingest does.
    expect(cli(['ingest', temp.dir, '--db', url, '--quiet']).code).toBe(0);
    const tables = await pgRows(url, "SELECT table_name AS name, table_type AS type FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name COLLATE \"C\"");
    const columns = await pgRows(url, 'SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position');
    const postgres: Shape = tables
      .filter((t) => !POSTGRES_ONLY.has(String(t['name'])))
      .map((t) => `${t['type'] === 'VIEW' ? 'view' : 'table'} ${String(t['name'])}: ${columns.filter((c) => c['t'] === t['name']).map((c) => String(c['c'])).join(', ')}`);

    expect(postgres).toEqual(sqlite);
    expect(sqlite.filter((s) => s.startsWith('view')).map((s) => s.split(':')[0])).toEqual(['view entity_view', 'view quote_view', 'view sentence_view']);
  });

  it('records its version in schema_version', async () => {
    expect(await pgRows(url, 'SELECT version FROM schema_version')).toEqual([{ version: PG_MIGRATIONS.length }]);
  });
});
