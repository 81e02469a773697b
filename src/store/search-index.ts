import type { Statement } from 'better-sqlite3';
import type { DB } from './open.js';

/** The full-text indexes and the tables whose `text` they index (external content, rowid = id). */
const INDEXED = ['sentences', 'quotes'] as const;
export type IndexedTable = (typeof INDEXED)[number];

/**
 * Keeps the FTS5 indexes over sentences and quotes in step with their tables, in bulk:
 * rows are indexed by one `INSERT … SELECT` per table when the write transaction commits
 * (four times cheaper than a trigger per row), inside that transaction, so a killed run
 * leaves rows and index in step. Deleting a row still removes it from the index by trigger,
 * which is only right for indexed rows: `flush()` must run before anything deletes from
 * these tables while rows are pending.
 *
 * Invariant: between two flushes nothing is deleted, and a new row's id is one above the
 * largest, so the pending rows are exactly those with id >= the smallest id inserted since
 * the last flush.
 */
export class SearchIndex {
  private readonly pendingFrom = new Map<IndexedTable, number>();
  private readonly index: Record<IndexedTable, Statement>;

  constructor(db: DB) {
    const bulk = (table: IndexedTable): Statement =>
      db.prepare(`INSERT INTO ${table}_fts (rowid, text) SELECT id, text FROM ${table} WHERE id >= ?`);
    this.index = { sentences: bulk('sentences'), quotes: bulk('quotes') };
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
    for (const table of INDEXED) {
      const from = this.pendingFrom.get(table);
      if (from === undefined) continue;
      this.index[table].run(from);
      this.pendingFrom.delete(table);
    }
  }

  /** Forgets pending rows after their transaction was rolled back (they no longer exist). */
  discard(): void {
    this.pendingFrom.clear();
  }
}
