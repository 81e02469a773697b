import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempDir } from './run-cli.js';

interface Metadata {
  databases: Record<string, { tables: Record<string, { description: string; columns?: Record<string, string>; facets?: string[] }> }>;
}

describe('corpus metadata', () => {
  const temp = tempDir();
  afterAll(() => temp.cleanup());

  it('describes every table and view of the database from docs/schema.md, with facets on speaker, kind and source', () => {
    const db = join(temp.dir, 'news.db');
    expect(cli(['ingest', join(FIXTURES, 'articles'), '--db', db, '--quiet']).code).toBe(0);
    const run = cli(['metadata', '--db', db]);
    expect(run.code).toBe(0);
    const meta = JSON.parse(run.stdout) as Metadata;
    const tables = meta.databases['news']?.tables ?? {};
    const conn = new Database(db, { readonly: true });
    const names = (conn.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    conn.close();
    for (const name of names) expect(tables[name]?.description, name).toMatch(/\w/);
    expect(tables['quotes']?.columns?.['kind']).toMatch(/^direct, mixed, indirect, or term/);
    expect(tables['articles']?.columns?.['date']).toMatch(/ISO 8601/);
    expect(tables['articles']?.columns?.['meta']).toMatch(/JSON/);
    expect(tables['quote_view']?.facets).toEqual(['speaker', 'kind']);
    expect(tables['articles']?.facets).toContain('source');
  });
});
