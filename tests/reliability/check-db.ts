import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

/** The FTS5 tables of a database, found from its schema so a new index is checked too. */
function ftsTables(conn: Database.Database): string[] {
  return (conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

/**
 * The database is sound: SQLite's integrity and foreign-key checks, and every FTS5 index in
 * step with its content table ('integrity-check' with rank 1 compares against the content).
 * Returns the number of articles and files.
 */
export function expectSound(path: string): { articles: number; files: number } {
  const conn = new Database(path, { fileMustExist: true });
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
    // A run killed before its first commit leaves a database with no schema yet: sound, and empty.
    if ((conn.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0) return { articles: 0, files: 0 };
    const fts = ftsTables(conn);
    expect(fts.length).toBeGreaterThanOrEqual(2);
    for (const table of fts) conn.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`);
    const count = (table: string): number => (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), files: count('files') };
  } finally {
    conn.close();
  }
}

/** The bytes of a file and its SQLite sidecars, to show a refused database was not touched. */
export function fingerprint(path: string): Record<string, string | null> {
  const hash = (p: string): string | null => (existsSync(p) ? createHash('sha256').update(readFileSync(p)).digest('hex') : null);
  return { db: hash(path), wal: hash(`${path}-wal`), shm: hash(`${path}-shm`), journal: hash(`${path}-journal`) };
}
