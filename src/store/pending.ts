import type { Statement } from './backend/types.js';
import type { DB } from './open.js';

/** Rows read and written per transaction by the passes that follow a run (dates, stories). */
export const PENDING_CHUNK = 500;

/**
 * Calls `handle` on every row `select` returns, in id order, a chunk of rows per transaction.
 * `select` takes the last id handled and a limit (`… AND a.id > ? ORDER BY a.id LIMIT ?`), so
 * a corpus of a million new articles is never held in memory at once (it was 3.6 GB of RSS at
 * 10^6), and a run killed here keeps every chunk committed; the next run does the rest. Each
 * chunk takes the `locks` first and reads its rows after, so concurrent writers (PostgreSQL)
 * take turns and never handle the same row twice.
 */
export function forEachPending<Row extends { id: number }>(db: DB, select: Statement, handle: (row: Row) => void, locks: readonly string[] = []): void {
  let last = 0;
  for (;;) {
    const chunkEnd = db
      .transaction(() => {
        if (locks.length > 0) db.dialect.lock(db, locks);
        const rows = select.all(last, PENDING_CHUNK) as Row[];
        rows.forEach(handle);
        return rows.at(-1)?.id;
      })
      .immediate();
    if (chunkEnd === undefined) return;
    last = chunkEnd;
  }
}
