import type { DB } from './open.js';

/**
 * Articles per commit, and the longest a commit waits. Each article is still written
 * all-or-nothing (a savepoint inside the batch), but committing in batches lets FTS5 and
 * the WAL do their per-commit work once per batch: four times the ingest speed. The time
 * bound keeps the write lock short for an overlapping run and makes progress visible.
 * PostgreSQL commits each article (its dialect's `batchArticles`), see src/store/backend/dialect.ts.
 */
export const BATCH_ARTICLES = 200;
export const BATCH_MAX_MS = 1000;

/** Groups writes into transactions; a run killed mid-batch loses only whole, uncommitted articles. */
export class WriteBatch {
  private open = false;
  private count = 0;
  private openedAt = 0;

  /** `beforeCommit` runs inside each batch's transaction just before it commits (e.g. bulk index maintenance). */
  constructor(
    private readonly db: DB,
    private readonly beforeCommit: () => void = () => undefined,
  ) {}

  /** Runs one article's writes inside the current batch, committing when the batch is full or old. */
  run<T>(write: () => T): T {
    if (!this.open) {
      this.db.exec(this.db.dialect.begin);
      this.open = true;
      this.count = 0;
      this.openedAt = performance.now();
    }
    const result = write();
    this.count += 1;
    if (this.count >= this.db.dialect.batchArticles || performance.now() - this.openedAt >= BATCH_MAX_MS) this.commit();
    return result;
  }

  commit(): void {
    if (!this.open) return;
    this.beforeCommit();
    this.open = false;
    this.db.exec('COMMIT');
  }
}
