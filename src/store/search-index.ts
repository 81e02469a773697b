import type { DB } from './open.js';
import type { Statement } from './backend/types.js';

export type IndexedTable = 'sentences' | 'quotes';

/**
 * Keeps the FTS5 indexes over sentences and quotes (their text, the quotes' speaker names) in
 * step with their tables, in bulk:
 * rows are indexed by one `INSERT … SELECT` per table when the write transaction commits
 * (four times cheaper than a trigger per row), inside that transaction, so a killed run
 * leaves rows and index in step. Deleting a row still removes it from the index by trigger,
 * which is only right for indexed rows: `flush()` must run before anything deletes from
 * these tables while rows are pending.
 *
 * Every row is indexed, a NULL column too: FTS5 keeps a size entry per row of an external-content
 * table, and its integrity check against the content counts them.
 *
 * Invariant: between two flushes nothing is deleted, and a new row's id is one above the
 * largest, so the pending rows are exactly those with id >= the smallest id inserted since
 * the last flush.
 */
export class SearchIndex {
  private readonly pendingFrom = new Map<IndexedTable, number>();
  private readonly index: { table: IndexedTable; insert: Statement }[];

  constructor(db: DB) {
    // The full-text indexes the writer fills (none in PostgreSQL, whose indexes follow their tables).
    this.index = db.dialect.externalSearchIndexes.map(({ table, fts, column }) => ({
      table,
      insert: db.prepare(`INSERT INTO ${fts} (rowid, ${column}) SELECT id, ${column} FROM ${table} WHERE id >= ?`),
    }));
  }

  /** Notes a row just inserted into `table`; it is indexed at the next flush. */
  inserted(table: IndexedTable, id: number): void {
    const from = this.pendingFrom.get(table);
    if (from === undefined || id < from) this.pendingFrom.set(table, id);
  }

  get pending(): boolean {
    return this.pendingFrom.size > 0;
  }

  /** Indexes every pending row (call inside the transaction that wrote them). */
  flush(): void {
    for (const { table, insert } of this.index) {
      const from = this.pendingFrom.get(table);
      if (from !== undefined) insert.run(from);
    }
    this.pendingFrom.clear();
  }

  /** Forgets pending rows after their transaction was rolled back (they no longer exist). */
  discard(): void {
    this.pendingFrom.clear();
  }
}
