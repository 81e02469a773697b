import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/schema.js';
import { cli, workspacePerTest } from './run-cli.js';
import { writeNewsroom } from './newsroom.js';

function dates(db: string): Record<string, { date: string | null; date_source: string | null }> {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn
      .prepare('SELECT f.path, a.date, a.date_source FROM articles a JOIN files f ON f.article_id = a.id')
      .all() as { path: string; date: string | null; date_source: string | null }[];
    return Object.fromEntries(rows.map((r) => [r.path.split('/').pop(), { date: r.date, date_source: r.date_source }]));
  } finally {
    conn.close();
  }
}

describe('article dates', () => {
  const ws = workspacePerTest(writeNewsroom);

  it('come from page metadata, the dateline with a year from a date line or the mtime, else none', () => {
    // A date in the body is about something else, not when the story was written.
    writeFileSync(
      join(ws.input, 'anniversary.txt'),
      'Bridge marks its jubilee\nRIVERTON, Sept 14 (Reuters) - Crowds gathered at the old bridge on Sunday.\nIt opened on Sept. 14, 1975.\n',
    );
    utimesSync(join(ws.input, 'anniversary.txt'), new Date('2024-10-01T09:00:00Z'), new Date('2024-10-01T09:00:00Z'));
    writeFileSync(join(ws.input, 'new-year.txt'), 'Fireworks over the bay\nLISBON, Dec 30 (Reuters) - The city tested its fireworks over the bay on Tuesday, a day before the crowds arrive.\n');
    utimesSync(join(ws.input, 'new-year.txt'), new Date('2024-01-02T09:00:00Z'), new Date('2024-01-02T09:00:00Z'));
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    expect(dates(ws.db)).toEqual({
      'port-talks-wire.txt': { date: '2025-03-03', date_source: 'dateline+text' },
      'port-talks-copy.html': { date: '2025-03-04', date_source: 'published' },
      'grain-price-wire.txt': { date: '2025-03-20', date_source: 'dateline+text' },
      // A story of 30 December saved on 2 January belongs to the year before.
      'new-year.txt': { date: '2023-12-30', date_source: 'dateline+mtime' },
      'ferry-strike-ap.txt': { date: null, date_source: 'none' },
      'anniversary.txt': { date: '2024-09-14', date_source: 'dateline+mtime' },
    });
  });

  it('--date-from-mtime dates the articles that had no date, on a later run too', () => {
    const ferry = join(ws.input, 'ferry-strike-ap.txt');
    utimesSync(ferry, new Date('2025-05-09T12:00:00Z'), new Date('2025-05-09T12:00:00Z'));
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    expect(dates(ws.db)['ferry-strike-ap.txt']).toEqual({ date: null, date_source: 'none' });
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet', '--date-from-mtime']).code).toBe(0);
    expect(dates(ws.db)['ferry-strike-ap.txt']).toEqual({ date: '2025-05-09', date_source: 'mtime' });
    // Dates found in the article are never replaced by the mtime.
    expect(dates(ws.db)['port-talks-wire.txt']?.date_source).toBe('dateline+text');
  });

  it('a re-analysed article is dated again', () => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    const before = dates(ws.db);
    const conn = new Database(ws.db);
    conn.prepare("UPDATE articles SET date = '1999-01-01', date_source = 'dateline'").run();
    conn.close();
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet', '--force']).code).toBe(0);
    expect(dates(ws.db)).toEqual(before);
  });

  it('a database from before dates gets them on the next ingest (page dates by the migration itself)', () => {
    const old = new Database(ws.db);
    old.exec(MIGRATIONS[0] as string);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('user_version = 1');
    old.prepare(
      `INSERT INTO articles (sha256, title, text, format, published, structure, meta, analyzer_version, ingested_at)
       VALUES ('x', 'Old page', 'Some old text.', 'html', '2019-06-01T10:00:00+02:00', '{"credits":[],"labels":[],"related":[],"paragraphs":[]}', '{}', 1, '2019-06-01')`,
    ).run();
    old.close();
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    const conn = new Database(ws.db, { readonly: true });
    expect(conn.prepare("SELECT date, date_source FROM articles WHERE sha256 = 'x'").get()).toEqual({ date: '2019-06-01', date_source: 'published' });
    expect(conn.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    conn.close();
    expect(dates(ws.db)['port-talks-wire.txt']?.date).toBe('2025-03-03');
  });
});
