import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, cliAsync, FIXTURES, tempDir } from './run-cli.js';

/** Enough distinct articles that a run is still going when we kill it. */
const GENERATED_ARTICLES = 400;

function generate(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const base = readdirSync(join(FIXTURES, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(FIXTURES, 'articles', f), 'utf8'));
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.txt`), `${base[i % base.length]}\nFile number ${i}.\n`);
  }
}

/** Every stored article is whole: its file row, its sentences, FTS in step, keys intact. */
function expectConsistent(db: string): number {
  const conn = new Database(db, { readonly: true });
  expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(conn.pragma('foreign_key_check')).toEqual([]);
  const orphans = conn
    .prepare(
      `SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.article_id = a.id)
         OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)`,
    )
    .get() as { n: number };
  expect(orphans.n).toBe(0);
  const fts = conn.prepare('SELECT (SELECT count(*) FROM quotes_fts) AS f, (SELECT count(*) FROM quotes) AS q').get() as { f: number; q: number };
  expect(fts.f).toBe(fts.q);
  const n = (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  conn.close();
  return n;
}

function articleCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    const n = (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    conn.close();
    return n;
  } catch {
    return 0;
  }
}

describe('runs that are killed or overlap', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  let dir: string;
  beforeEach(() => {
    temp = tempDir();
    db = join(temp.dir, 'corpus.db');
    dir = join(temp.dir, 'in');
    generate(dir, GENERATED_ARTICLES);
  });
  afterEach(() => temp.cleanup());

  it('a run killed mid-way leaves only whole articles, and the next run completes the job', async () => {
    const child = cliAsync(['ingest', dir, '--db', db, '--quiet']);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    while (articleCount(db) < 5) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const partial = expectConsistent(db);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(GENERATED_ARTICLES);

    const rerun = cli(['ingest', dir, '--db', db, '--json']);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ ingested: GENERATED_ARTICLES - partial, failed: 0 });
    expect(expectConsistent(db)).toBe(GENERATED_ARTICLES);
  });

  it('a second run that cannot get the database in time exits 75 with one line', () => {
    cli(['ingest', join(FIXTURES, 'articles'), '--db', db, '--quiet']);
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = cli(['ingest', dir, '--db', db, '--busy-timeout', '200']);
      expect(run.code).toBe(75);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`corpus: error: ${db}: database is busy: another corpus process is writing to it\n`);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(expectConsistent(db)).toBe(readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt')).length);
  });

  it('two overlapping runs both succeed and store each article once', async () => {
    const small = join(temp.dir, 'small');
    generate(small, 60);
    const runs = [cliAsync(['ingest', small, '--db', db, '--quiet']), cliAsync(['ingest', small, '--db', db, '--quiet'])];
    const codes = await Promise.all(runs.map((child) => new Promise((resolve) => child.on('exit', resolve))));
    expect(codes).toEqual([0, 0]);
    expect(expectConsistent(db)).toBe(60);
  });
});
