import type { Statement } from 'better-sqlite3';
import type { DB } from './open.js';

/** Rows read and written per transaction by the passes that follow a run (dates, stories). */
export const PENDING_CHUNK = 500;

/**
 * Calls `handle` on every row `select` returns, in id order, a chunk of rows per transaction.
 * `select` takes the last id handled and a limit (`… AND a.id > ? ORDER BY a.id LIMIT ?`), so
 * a corpus of a million new articles is never held in memory at once (it was 3.6 GB of RSS at
 * 10^6), and a run killed here keeps every chunk committed; the next run does the rest.
 */
export function forEachPending<Row extends { id: number }>(db: DB, select: Statement, handle: (row: Row) => void): void {
  let last = 0;
  for (;;) {
    const rows = select.all(last, PENDING_CHUNK) as Row[];
    if (rows.length === 0) return;
    db.transaction(() => rows.forEach(handle)).immediate();
    last = (rows.at(-1) as Row).id;
  }
}
