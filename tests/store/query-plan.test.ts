import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from 'better-sqlite3';
import { openDatabase, type DB } from '../../src/store/open.js';
import { queryQuotes, querySentences } from '../../src/store/query.js';
import { cli, FIXTURES, tempDir } from '../cli/run-cli.js';

/**
 * `corpus query` must stay fast on a database of millions of articles: every statement it
 * runs finds its rows through an index (a B-tree or a full-text index), never by reading a
 * whole table. Checked with EXPLAIN QUERY PLAN on the statements the query functions prepare.
 */
const temp = tempDir();
let db: DB;
beforeAll(() => {
  const path = join(temp.dir, 'corpus.db');
  expect(cli(['ingest', join(FIXTURES, 'articles'), '--db', path, '--quiet']).code).toBe(0);
  db = openDatabase(path, { readonly: true });
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

/** The plan of every statement `work` runs on `db`. */
function plans(work: () => unknown): { sql: string; plan: string[] }[] {
  const seen: { sql: string; plan: string[] }[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    statement.all = ((...params: unknown[]) => {
      const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
      seen.push({ sql, plan });
      return all(...params);
    }) as Statement['all'];
    return statement;
  }) as DB['prepare'];
  try {
    work();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

const KINDS = ['direct', 'mixed', 'indirect'] as const;
const QUERIES: [string, () => unknown][] = [
  ['--speaker', () => queryQuotes(db, { speaker: 'Lavrov', kinds: KINDS })],
  ['--entity', () => queryQuotes(db, { entities: ['Lavrov'], kinds: KINDS })],
  ['--text', () => queryQuotes(db, { text: 'minister', kinds: KINDS })],
  ['--speaker --entity --text', () => queryQuotes(db, { speaker: 'Lavrov', entities: ['Kyiv'], text: 'talks', kinds: KINDS, limit: 5 })],
  // A name that matches no entity must not make SQLite fall back to reading every quote.
  ['--speaker (no such name)', () => queryQuotes(db, { speaker: 'Nobodyknown', kinds: KINDS })],
  ['--entity (no such name)', () => queryQuotes(db, { entities: ['Nobodyknown'], kinds: KINDS })],
  ['--sentences --entity (no such name)', () => querySentences(db, { entities: ['Nobodyknown'] })],
  ['--sentences --entity', () => querySentences(db, { entities: ['Lavrov'] })],
  ['--sentences --text', () => querySentences(db, { text: 'minister' })],
];

describe('query plans use indexes', () => {
  it.each(QUERIES)('%s reads no table in full', (_name, work) => {
    const seen = plans(work);
    for (const { sql, plan } of seen) {
      // "SCAN t" reads a whole table (or a whole index); a full-text MATCH shows as "SCAN x_fts VIRTUAL TABLE INDEX n:M…",
      // and "SCAN json_each" reads the list of ids passed as a parameter.
      const scans = plan.filter((step) => /^SCAN /.test(step) && !/VIRTUAL TABLE INDEX \d+:M/.test(step) && !/^SCAN json_each /.test(step));
      expect(scans, `${sql}\n${plan.join('\n')}`).toEqual([]);
    }
  });

  it('the queries still find what they should', () => {
    expect(queryQuotes(db, { speaker: 'Lavrov', kinds: KINDS }).length).toBeGreaterThan(0);
    expect(queryQuotes(db, { entities: ['Lavrov'], kinds: KINDS }).length).toBeGreaterThan(0);
    expect(querySentences(db, { entities: ['Lavrov'] }).length).toBeGreaterThan(0);
    expect(queryQuotes(db, { speaker: 'Nobodyknown', kinds: KINDS })).toEqual([]);
    expect(queryQuotes(db, { entities: ['Nobodyknown'], kinds: KINDS })).toEqual([]);
  });
});
