import type { ArticleMeta, Structure } from '../model.js';
import { articleDate } from '../structure/date.js';
import type { DB } from './open.js';
import { forEachPending } from './pending.js';
import { STORIES_LOCK } from './stories.js';

/** `date_source` of an article that was looked at and has no date (so it is not looked at again). */
export const NO_DATE = 'none';

/**
 * Dates the articles not dated yet (new ones, and those stored before dates existed), a chunk
 * of articles per transaction. With `fromMtime`, articles that had no date take their file's
 * mtime. Cheap when there is nothing to do: one indexed lookup.
 */
export function dateArticles(db: DB, options: { fromMtime?: boolean } = {}): number {
  const pending = db.prepare(
    `SELECT a.id, a.text, a.structure, a.meta, (SELECT min(f.mtime_ms) FROM files f WHERE f.article_id = a.id) AS mtime
     FROM articles a WHERE (a.date_source IS NULL${options.fromMtime ? ` OR a.date_source = '${NO_DATE}'` : ''}) AND a.id > ? ORDER BY a.id LIMIT ?`,
  );
  const update = db.prepare('UPDATE articles SET date = ?, date_source = ? WHERE id = ?');
  let dated = 0;
  forEachPending(db, pending, (row: { id: number; text: string; structure: string; meta: string; mtime: number | null }) => {
    const found = articleDate(
      {
        text: row.text,
        structure: JSON.parse(row.structure) as Structure,
        meta: JSON.parse(row.meta) as ArticleMeta,
        mtimeMs: row.mtime ?? undefined,
      },
      options,
    );
    update.run(found?.date ?? null, found?.source ?? NO_DATE, row.id);
    if (found) dated += 1;
  }, [STORIES_LOCK]);
  return dated;
}
