import { copyFileSync, cpSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, workspacePerTest } from './run-cli.js';

const ARTICLES = join(FIXTURES, 'articles');
const ARTICLE_COUNT = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).length;

function counts(db: string): Record<string, number> {
  const conn = new Database(db, { readonly: true });
  const one = (sql: string): number => (conn.prepare(sql).get() as { n: number }).n;
  const result = {
    articles: one('SELECT count(*) AS n FROM articles'),
    files: one('SELECT count(*) AS n FROM files'),
    sentences: one('SELECT count(*) AS n FROM sentences'),
    mentions: one('SELECT count(*) AS n FROM mentions'),
    quotes: one('SELECT count(*) AS n FROM quotes'),
    sentences_fts: one("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'said'"),
    quotes_fts: one('SELECT count(*) AS n FROM quotes_fts'),
  };
  conn.close();
  return result;
}

describe('corpus ingest', () => {
  const ws = workspacePerTest();

  it('stores every fixture article and says so in one summary line on stderr', () => {
    const run = cli(['ingest', ARTICLES, '--db', ws.db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^corpus: ${ARTICLE_COUNT} files: ${ARTICLE_COUNT} ingested, 0 failed \\(\\d+\\.\\d s\\)\\n$`));
    const c = counts(ws.db);
    expect(c.articles).toBe(ARTICLE_COUNT);
    expect(c.files).toBe(ARTICLE_COUNT);
    expect(c.sentences).toBeGreaterThan(ARTICLE_COUNT * 3);
    expect(c.quotes).toBeGreaterThan(ARTICLE_COUNT);
    expect(c.quotes_fts).toBe(c.quotes);
  });

  it('re-ingesting changes nothing, and --quiet prints nothing', () => {
    cli(['ingest', ARTICLES, '--db', ws.db, '--quiet']);
    const before = counts(ws.db);
    const again = cli(['ingest', ARTICLES, '--db', ws.db, '--quiet']);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(counts(ws.db)).toEqual(before);
  });

  it('--json prints a machine-readable summary on stdout', () => {
    cli(['ingest', ARTICLES, '--db', ws.db, '--quiet']);
    const run = cli(['ingest', ARTICLES, '--db', ws.db, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      seen: ARTICLE_COUNT,
      ingested: 0,
      replaced: 0,
      skipped: ARTICLE_COUNT,
      failed: 0,
      failures: [],
      warnings: [],
    });
  });

  it('the same text at two paths is one article; a changed file replaces its rows', () => {
    const dir = join(ws.dir, 'in');
    cpSync(ARTICLES, dir, { recursive: true });
    const first = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0] ?? '';
    copyFileSync(join(dir, first), join(dir, `copy-of-${first}`));
    cli(['ingest', dir, '--db', ws.db, '--quiet']);
    const c = counts(ws.db);
    expect(c.articles).toBe(ARTICLE_COUNT);
    expect(c.files).toBe(ARTICLE_COUNT + 1);

    writeFileSync(join(dir, first), 'Ministers met on Monday.\n"We agreed on nothing," Anna Berg said.\n');
    const changed = cli(['ingest', dir, '--db', ws.db, '--json']);
    expect(JSON.parse(changed.stdout)).toMatchObject({ ingested: 1, skipped: ARTICLE_COUNT, failed: 0 });
    const after = counts(ws.db);
    expect(after.articles).toBe(ARTICLE_COUNT + 1);
    expect(after.quotes_fts).toBe(after.quotes);
  });

  it('a touched but unchanged file is re-read, not re-analysed', () => {
    cli(['ingest', ARTICLES, '--db', ws.db, '--quiet']);
    const dir = join(ws.dir, 'in');
    cpSync(ARTICLES, dir, { recursive: true });
    const run = cli(['ingest', dir, '--db', ws.db, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ ingested: 0, skipped: ARTICLE_COUNT });
    const file = join(dir, readdirSync(dir).sort()[0] ?? '');
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const touched = cli(['ingest', dir, '--db', ws.db, '--json']);
    expect(JSON.parse(touched.stdout)).toMatchObject({ ingested: 0, replaced: 0, skipped: ARTICLE_COUNT });
  });

  it('--force re-analyses everything without duplicating rows', () => {
    cli(['ingest', ARTICLES, '--db', ws.db, '--quiet']);
    const before = counts(ws.db);
    const run = cli(['ingest', ARTICLES, '--db', ws.db, '--json', '--force']);
    expect(JSON.parse(run.stdout)).toMatchObject({ replaced: ARTICLE_COUNT, failed: 0 });
    expect(counts(ws.db)).toEqual(before);
  });

  it('reads one article from stdin with -', () => {
    const run = cli(['ingest', '-', '--db', ws.db, '--json'], { input: 'Talks resumed.\n"It went well," Maria Lopez said.\n' });
    expect(JSON.parse(run.stdout)).toMatchObject({ seen: 1, ingested: 1 });
    expect(counts(ws.db).files).toBe(0);
  });

  it('uses $CORPUS_DB when --ws.db is not given', () => {
    const run = cli(['ingest', ARTICLES, '--quiet'], { cwd: ws.dir, env: { CORPUS_DB: ws.db } });
    expect(run.code).toBe(0);
    expect(counts(ws.db).articles).toBe(ARTICLE_COUNT);
  });
});
