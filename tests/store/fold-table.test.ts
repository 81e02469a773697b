import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FOLD_DROP, FOLD_FROM, FOLD_TO } from '../../src/store/data/fold-table.js';

/**
 * PostgreSQL's name indexes fold with this table so that they match as SQLite's name indexes do:
 * the SQLite this corpus runs must still fold each letter to the same one, and drop each mark.
 */
describe('the accent fold table', () => {
  it("folds as SQLite's unicode61 remove_diacritics 2 does", () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance');");
    const from = [...FOLD_FROM, ...FOLD_DROP];
    const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
    from.forEach((c, i) => insert.run(i + 1, `a${c}b`));
    const terms = (db.prepare('SELECT term FROM v ORDER BY doc').all() as { term: string }[]).map((r) => r.term);
    expect(terms).toEqual(from.map((_, i) => `a${FOLD_TO[i] ?? ''}b`));
    expect([...FOLD_TO]).toHaveLength([...FOLD_FROM].length);
    db.close();
  });
});
