import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/open.js';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/schema.js';
import { tempDir } from '../cli/run-cli.js';

describe('schema', () => {
  const temp = tempDir();
  afterAll(() => temp.cleanup());

  it('is migrated to the latest version with the corpus application id', () => {
    const db = openSqlite(join(temp.dir, 'a.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('matches the reviewed snapshot (update docs/schema.md with any change)', () => {
    const db = openSqlite(join(temp.dir, 'b.db'));
    const schema = (db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name").all() as {
      type: string;
      name: string;
      sql: string;
    }[])
      .map((r) => `-- ${r.type} ${r.name}\n${r.sql};`)
      .join('\n\n');
    db.close();
    expect(schema).toMatchSnapshot();
  });

  it('opening twice does not migrate again', () => {
    const path = join(temp.dir, 'c.db');
    openSqlite(path).close();
    const db = openSqlite(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('migrates a database of the first schema: a stored mixed quote keeps its words as its one fragment', () => {
    const path = join(temp.dir, 'old.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('user_version = 1');
    const text = 'The mayor called the budget “a fair deal” on Monday.';
    const start = text.indexOf('a fair');
    const end = start + 'a fair deal'.length;
    old.prepare(`INSERT INTO articles (id, sha256, text, format, structure, meta, analyzer_version, ingested_at) VALUES (1, 'x', ?, 'text', '{}', '{}', 1, 'now')`).run(text);
    old.prepare(`INSERT INTO quotes (article_id, seq, start, "end", text, kind, rule) VALUES (1, 0, ?, ?, 'a fair deal', 'mixed', 'r'), (1, 1, 0, 9, 'The mayor', 'indirect', 'r')`).run(start, end);
    old.close();
    const db = openSqlite(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const rows = db.prepare('SELECT kind, fragments FROM quote_view ORDER BY start DESC').all() as { kind: string; fragments: string | null }[];
    expect(rows.map((r) => [r.kind, r.fragments === null ? null : JSON.parse(r.fragments)])).toEqual([
      ['mixed', [{ start, end, text: 'a fair deal' }]],
      ['indirect', null],
    ]);
    db.close();
  });
});
