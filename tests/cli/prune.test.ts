import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, countRows, FIXTURES, workspacePerTest } from './run-cli.js';

const article = (n: string): string => join(FIXTURES, 'articles', n);
const A = article('01-grain-corridor-talks.txt');
const B = article('02-central-bank-holds.txt');
const C = article('06-heatwave-spain.txt');

interface Summary {
  ingested: number;
  pruned?: number;
}

/** Paths stored, and whether the full-text indexes still agree with their tables. */
function stored(db: string): { paths: string[]; articles: number; orphanRows: number } {
  const conn = new Database(db);
  try {
    for (const fts of ['sentences_fts', 'quotes_fts']) conn.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`);
    const paths = (conn.prepare('SELECT path FROM files ORDER BY path').all() as { path: string }[]).map((r) => r.path);
    const orphanRows = (conn
      .prepare(
        `SELECT (SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles))
              + (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles))
              + (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)) AS n`,
      )
      .get() as { n: number }).n;
    return { paths, articles: countRows(db), orphanRows };
  } finally {
    conn.close();
  }
}

describe('ingest --prune (#13)', () => {
  const ws = workspacePerTest((input) => {
    mkdirSync(join(input, 'sub'));
    copyFileSync(A, join(input, 'a.txt'));
    copyFileSync(B, join(input, 'b.txt'));
    copyFileSync(A, join(input, 'sub', 'same-as-a.txt'));
    copyFileSync(C, join(input, 'sub', 'c.txt'));
  });
  const ingest = (...args: string[]) => cli(['ingest', ...args, '--db', ws.db, '--json', '--quiet']);

  it('deletes the articles whose files are gone, in the summary; an article still at another path stays', () => {
    expect(JSON.parse(ingest(ws.input).stdout)).toMatchObject({ ingested: 3 });
    rmSync(join(ws.input, 'b.txt'));
    rmSync(join(ws.input, 'sub'), { recursive: true });
    const run = ingest(ws.input, '--prune');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Summary).pruned).toBe(2);
    expect(stored(ws.db)).toEqual({ paths: [join(ws.input, 'a.txt')], articles: 1, orphanRows: 0 });
    const line = cli(['ingest', ws.input, '--db', ws.db, '--prune']);
    expect(line.stderr).toMatch(/^corpus: 1 files: 0 ingested, 1 unchanged, 0 failed \(\d+\.\d s\)\n$/);
  });

  it('keeps the article while one of its paths is left, and says how many went', () => {
    ingest(ws.input);
    rmSync(join(ws.input, 'a.txt'));
    rmSync(join(ws.input, 'b.txt'));
    const run = cli(['ingest', ws.input, '--db', ws.db, '--prune']);
    expect(run.stderr).toMatch(/, 1 pruned \(\d+\.\d s\)\n$/);
    expect(stored(ws.db)).toEqual({ paths: [join(ws.input, 'sub', 'c.txt'), join(ws.input, 'sub', 'same-as-a.txt')], articles: 2, orphanRows: 0 });
  });

  it('without --prune nothing is deleted; --prune leaves other roots and a missing root alone', () => {
    const other = join(ws.dir, 'other');
    mkdirSync(other);
    copyFileSync(B, join(other, 'b2.txt'));
    writeFileSync(join(other, 'own.txt'), 'PARIS (Wire) - The museum reopened on Sunday after a year of repairs, its director said.\n');
    ingest(ws.input);
    ingest(other);
    rmSync(join(other, 'own.txt'));
    rmSync(join(ws.input, 'a.txt'));
    expect(JSON.parse(ingest(ws.input).stdout)).not.toHaveProperty('pruned');
    expect(stored(ws.db).articles).toBe(4);
    // Only the root given is pruned: other/own.txt is gone too, but other/ was not ingested.
    expect((JSON.parse(ingest(ws.input, '--prune').stdout) as Summary).pruned).toBe(0);
    expect(stored(ws.db).paths).not.toContain(join(ws.input, 'a.txt'));
    expect(stored(ws.db).paths).toContain(join(other, 'own.txt'));
    // A root that has gone missing (unmounted, renamed) is not a folder emptied.
    renameSync(other, `${other}-moved`);
    const missing = ingest(other, '--prune');
    expect(missing.code).toBe(3);
    expect((JSON.parse(missing.stdout) as Summary).pruned).toBe(0);
    expect(stored(ws.db).paths).toContain(join(other, 'own.txt'));
  });
});

describe('corpus remove (#13)', () => {
  const ws = workspacePerTest((input) => {
    mkdirSync(join(input, 'sub'));
    copyFileSync(A, join(input, 'a.txt'));
    copyFileSync(B, join(input, 'sub', 'b.txt'));
    copyFileSync(C, join(input, 'sub', 'c.txt'));
    copyFileSync(A, join(input, 'sub', 'same-as-a.txt'));
  });

  it('by file path: the path goes; its article goes with its last path', () => {
    cli(['ingest', ws.input, '--db', ws.db, '--quiet']);
    const first = cli(['remove', join(ws.input, 'a.txt'), '--db', ws.db]);
    expect(first).toEqual({ code: 0, stdout: '', stderr: 'corpus: removed 0 articles (1 file path forgotten)\n' });
    const second = cli(['remove', join(ws.input, 'sub', 'same-as-a.txt'), '--db', ws.db]);
    expect(second.stderr).toBe('corpus: removed 1 article (1 file path forgotten)\n');
    expect(stored(ws.db)).toEqual({ paths: [join(ws.input, 'sub', 'b.txt'), join(ws.input, 'sub', 'c.txt')], articles: 2, orphanRows: 0 });
  });

  it('by folder and by article id; an unknown ref is named, the others still go (exit 3)', () => {
    cli(['ingest', ws.input, '--db', ws.db, '--quiet']);
    const conn = new Database(ws.db, { readonly: true });
    const idOfA = (conn.prepare('SELECT article_id AS id FROM files WHERE path = ?').get(join(ws.input, 'a.txt')) as { id: number }).id;
    conn.close();
    const run = cli(['remove', String(idOfA), join(ws.dir, 'nope.txt'), join(ws.input, 'sub'), '--db', ws.db]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `corpus: error: ${join(ws.dir, 'nope.txt')}: no stored article id, file or folder of that name\n` +
        'corpus: removed 3 articles (4 file paths forgotten)\n',
    );
    expect(stored(ws.db)).toEqual({ paths: [], articles: 0, orphanRows: 0 });
    // The next ingest brings them back: nothing is left behind that makes it skip a file.
    expect(JSON.parse(cli(['ingest', ws.input, '--db', ws.db, '--json']).stdout)).toMatchObject({ ingested: 3 });
  });

  it('refers to paths as ingested, relative ones too', () => {
    cli(['ingest', 'in', '--db', ws.db, '--quiet'], { cwd: ws.dir });
    expect(cli(['remove', './in/sub/c.txt', '--db', ws.db], { cwd: ws.dir }).stderr).toBe('corpus: removed 1 article (1 file path forgotten)\n');
    expect(stored(ws.db).paths).toEqual(['in/a.txt', 'in/sub/b.txt', 'in/sub/same-as-a.txt']);
  });
});
