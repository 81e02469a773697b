import { lstatSync, statSync } from 'node:fs';
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import type { DB } from './open.js';

/**
 * Dropping what is gone (#13): `ingest --prune` forgets files deleted from the folders it
 * ingests, and `corpus remove` forgets what an editor names. An article goes with its last
 * file path (the same text at two paths stays while one is left); its sentences, mentions,
 * quotes and full-text rows go with it (ON DELETE CASCADE and the FTS triggers). Canonical
 * entities and their aliases stay: they carry editors' corrections for later articles.
 */

export interface Removed {
  /** File paths forgotten. */
  files: number;
  /** Articles deleted because no file path was left for them. */
  articles: number;
}

/** `dir/` and `dir` are one root; `.` is every relative path. */
function rootPrefix(root: string): string {
  const clean = normalize(root).replace(/[\\/]+$/, '');
  return clean === '.' ? '' : `${clean}${sep}`;
}

function under(path: string, root: string): boolean {
  const prefix = rootPrefix(root);
  if (prefix === '') return !isAbsolute(path);
  return path === prefix.slice(0, -1) || path.startsWith(prefix);
}

/** Gone for certain: the path, or a folder on the way to it, no longer exists. A refused read (EACCES) is not gone. */
function gone(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** Deletes file rows by path, then the articles no path points at any more; one transaction. */
function forget(db: DB, paths: readonly string[], articleIds: readonly number[] = []): Removed {
  const deleteFile = db.prepare('DELETE FROM files WHERE path = ? RETURNING article_id AS articleId');
  const deleteOrphan = db.prepare('DELETE FROM articles WHERE id = ? AND NOT EXISTS (SELECT 1 FROM files WHERE article_id = ?)');
  const deleteArticle = db.prepare('DELETE FROM articles WHERE id = ?');
  return db
    .transaction((): Removed => {
      const touched = new Set<number>();
      let files = 0;
      for (const path of paths) {
        for (const row of deleteFile.all(path) as { articleId: number }[]) {
          files += 1;
          touched.add(row.articleId);
        }
      }
      let articles = 0;
      for (const id of touched) articles += deleteOrphan.run(id, id).changes;
      for (const id of articleIds) {
        files += (db.prepare('SELECT count(*) AS n FROM files WHERE article_id = ?').get(id) as { n: number }).n;
        articles += deleteArticle.run(id).changes;
      }
      return { files, articles };
    })
    .immediate();
}

/**
 * After an ingest of `roots`: forgets the stored file paths under a root that this run did not
 * find (`seen`) and that no longer exist on disk, and the articles left without a path. A root
 * that cannot be read is skipped: a folder that is missing or unmounted is not a folder emptied.
 */
export function pruneGone(db: DB, roots: readonly string[], seen: ReadonlySet<string>): Removed {
  const readable = roots.filter((root) => statSync(root, { throwIfNoEntry: false })?.isDirectory() ?? false);
  if (readable.length === 0) return { files: 0, articles: 0 };
  const stored = (db.prepare('SELECT path FROM files').all() as { path: string }[]).map((r) => r.path);
  const paths = stored.filter((path) => !seen.has(path) && readable.some((root) => under(path, root)) && gone(path));
  return paths.length === 0 ? { files: 0, articles: 0 } : forget(db, paths);
}

/** The spellings a path argument may have been stored under (as typed, absolute, relative to here). */
function spellings(ref: string): string[] {
  const absolute = resolve(ref);
  return [...new Set([normalize(ref), absolute, relative(process.cwd(), absolute)])];
}

/**
 * Forgets what `ref` names: an article id (the article and all its paths), a stored file path,
 * or a folder (every stored path under it). Returns undefined when it names nothing stored.
 */
export function removeStored(db: DB, ref: string): Removed | undefined {
  if (/^\d+$/.test(ref) && db.prepare('SELECT 1 FROM articles WHERE id = ?').get(Number(ref))) {
    return forget(db, [], [Number(ref)]);
  }
  const stored = (db.prepare('SELECT path FROM files').all() as { path: string }[]).map((r) => r.path);
  const names = spellings(ref);
  const paths = stored.filter((path) => names.some((name) => path === name || under(path, name)));
  return paths.length === 0 ? undefined : forget(db, paths);
}
