import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, workspacePerTest } from './run-cli.js';
import { writeNewsroom } from './newsroom.js';

/** File name → story id, from the database. */
function stories(db: string): Record<string, number> {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn.prepare('SELECT f.path, a.story_id FROM articles a JOIN files f ON f.article_id = a.id').all() as { path: string; story_id: number }[];
    return Object.fromEntries(rows.map((r) => [r.path.split('/').pop() as string, r.story_id]));
  } finally {
    conn.close();
  }
}

describe('near copies are linked into one story', () => {
  const ws = workspacePerTest(writeNewsroom);

  it('a syndicated copy (other headline, boilerplate, trimmed, HTML) joins the wire story; same-topic stories stay apart', () => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    const s = stories(ws.db);
    expect(s['port-talks-copy.html']).toBe(s['port-talks-wire.txt']);
    expect(new Set([s['port-talks-wire.txt'], s['grain-price-wire.txt'], s['ferry-strike-ap.txt']]).size).toBe(3);
  });

  it('a copy ingested in a later run links to the stored story; re-runs change nothing', () => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    const before = stories(ws.db);
    // The same story rewritten by another outlet, from the fixture set of copies.
    const copies = join(FIXTURES, 'copies');
    writeFileSync(join(ws.input, 'strike.txt'), readFileSync(join(copies, 'a-port-strike--original.txt')));
    writeFileSync(join(ws.input, 'strike-rewrite.txt'), readFileSync(join(copies, 'a-port-strike--rewrite.txt')));
    writeFileSync(join(ws.input, 'deal.txt'), readFileSync(join(copies, 'b-port-deal--original.txt')));
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    const after = stories(ws.db);
    expect(after['strike-rewrite.txt']).toBe(after['strike.txt']);
    expect(after['deal.txt']).not.toBe(after['strike.txt']);
    for (const [name, story] of Object.entries(before)) expect(after[name]).toBe(story);
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet', '--force']).code).toBe(0);
    expect(stories(ws.db)).toEqual(after);
  });
});

describe('articles stored without a signature (a run killed before its story pass, by an older corpus)', () => {
  const ws = workspacePerTest(writeNewsroom);

  it('are signed and linked by the next run as if they had one', () => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    const linked = stories(ws.db);
    const conn = new Database(ws.db);
    conn.exec('DELETE FROM story_bands; DELETE FROM story_signatures; UPDATE articles SET story_id = NULL');
    conn.close();
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    expect(stories(ws.db)).toEqual(linked);
    const check = new Database(ws.db, { readonly: true });
    const counts = check.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM story_signatures) AS signed').get();
    check.close();
    expect(counts).toEqual({ articles: Object.keys(linked).length, signed: Object.keys(linked).length });
  });
});
