import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE } from '../../src/store/backend/dialect.js';
import type { SqliteDB } from '../../src/store/open.js';
import { forEachPending, PENDING_CHUNK } from '../../src/store/pending.js';

const ROWS = PENDING_CHUNK * 2 + 201;
let db: SqliteDB;

function table(): SqliteDB {
  db = Object.assign(new Database(':memory:'), { dialect: SQLITE });
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, done INTEGER NOT NULL DEFAULT 0)');
  const insert = db.prepare('INSERT INTO t (id) VALUES (?)');
  db.transaction(() => {
    for (let id = 1; id <= ROWS; id += 1) insert.run(id);
  })();
  return db;
}

afterEach(() => db.close());

describe('forEachPending', () => {
  it('handles every pending row once, in id order, a chunk per transaction', () => {
    const t = table();
    const select = t.prepare('SELECT id FROM t WHERE done = 0 AND id > ? ORDER BY id LIMIT ?');
    const mark = t.prepare('UPDATE t SET done = 1 WHERE id = ?');
    const seen: number[] = [];
    const unseenAtStartOfRow: number[] = [];
    const count = t.prepare('SELECT count(*) AS n FROM t WHERE done = 1');
    forEachPending(t, select, (row: { id: number }) => {
      expect(t.inTransaction).toBe(true);
      // Rows done so far in earlier transactions: a whole number of chunks at each chunk's start.
      if (seen.length % PENDING_CHUNK === 0) unseenAtStartOfRow.push((count.get() as { n: number }).n);
      seen.push(row.id);
      mark.run(row.id);
    });
    expect(seen).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(unseenAtStartOfRow).toEqual([0, PENDING_CHUNK, PENDING_CHUNK * 2]);
    expect(t.inTransaction).toBe(false);
  });

  it('keeps the chunks committed before a failure and rolls back the chunk that failed', () => {
    const t = table();
    const select = t.prepare('SELECT id FROM t WHERE done = 0 AND id > ? ORDER BY id LIMIT ?');
    const mark = t.prepare('UPDATE t SET done = 1 WHERE id = ?');
    const failAt = PENDING_CHUNK + 50;
    expect(() =>
      forEachPending(t, select, (row: { id: number }) => {
        if (row.id === failAt) throw new Error('stop');
        mark.run(row.id);
      }),
    ).toThrow('stop');
    expect((t.prepare('SELECT count(*) AS n FROM t WHERE done = 1').get() as { n: number }).n).toBe(PENDING_CHUNK);
  });
});
