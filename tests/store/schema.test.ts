import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open.js';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/schema.js';
import { tempDir } from '../cli/run-cli.js';

describe('schema', () => {
  const temp = tempDir();
  afterAll(() => temp.cleanup());

  it('is migrated to the latest version with the corpus application id', () => {
    const db = openDatabase(join(temp.dir, 'a.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('matches the reviewed snapshot (update docs/schema.md with any change)', () => {
    const db = openDatabase(join(temp.dir, 'b.db'));
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
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });
});
