import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, cliAsync, countRows, FIXTURES, workspacePerTest } from './run-cli.js';

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


describe('runs that are killed or overlap', () => {
  const ws = workspacePerTest((input) => generate(input, GENERATED_ARTICLES));

  it('a run killed mid-way leaves only whole articles, and the next run completes the job', async () => {
    const child = cliAsync(['ingest', ws.input, '--db', ws.db, '--quiet']);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    while (countRows(ws.db) < 5) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const partial = expectConsistent(ws.db);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(GENERATED_ARTICLES);

    const rerun = cli(['ingest', ws.input, '--db', ws.db, '--json']);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ ingested: GENERATED_ARTICLES - partial, failed: 0 });
    expect(expectConsistent(ws.db)).toBe(GENERATED_ARTICLES);
  });

  it('a second run that cannot get the database in time exits 75 with one line', () => {
    cli(['ingest', join(FIXTURES, 'articles'), '--db', ws.db, '--quiet']);
    const holder = new Database(ws.db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = cli(['ingest', ws.input, '--db', ws.db, '--busy-timeout', '200']);
      expect(run.code).toBe(75);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`corpus: error: ${ws.db}: database is busy: another corpus process is writing to it\n`);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(expectConsistent(ws.db)).toBe(readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt')).length);
  });

  it('two overlapping runs both succeed and store each article once', async () => {
    const small = join(ws.dir, 'small');
    generate(small, 60);
    const runs = [cliAsync(['ingest', small, '--db', ws.db, '--quiet']), cliAsync(['ingest', small, '--db', ws.db, '--quiet'])];
    const codes = await Promise.all(runs.map((child) => new Promise((resolve) => child.on('exit', resolve))));
    expect(codes).toEqual([0, 0]);
    expect(expectConsistent(ws.db)).toBe(60);
  });
});
