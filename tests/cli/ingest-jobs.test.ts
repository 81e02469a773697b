import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, countRows, workspacePerTest } from './run-cli.js';

const ws = workspacePerTest((input) => {
  writeFileSync(join(input, 'a.txt'), 'Harbour officials in Tallinn said on Friday that the ferry would sail again.\n');
  // A page with no story text fails in the analysis worker, not while it is read.
  writeFileSync(join(input, 'b.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  writeFileSync(join(input, 'c.txt'), '“We are ready,” the mayor of Tartu, Liis Kask, told reporters on Monday.\n');
  writeFileSync(join(input, 'd.txt'), 'Harbour officials in Tallinn said on Friday that the ferry would sail again.\n');
});

describe('ingest --jobs', () => {
  it('an article that fails in a worker fails alone, named on stderr; the others are stored', () => {
    const run = cli(['ingest', ws.input, '--db', ws.db, '--jobs', '2', '--json']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/b\.html: no article text found/);
    const summary = JSON.parse(run.stdout) as { seen: number; ingested: number; skipped: number; failed: number };
    // d.txt has a.txt's text: one article, linked to both paths.
    expect(summary).toMatchObject({ seen: 4, ingested: 2, skipped: 1, failed: 1 });
    expect(countRows(ws.db, 'articles')).toBe(2);
    expect(countRows(ws.db, 'files')).toBe(3);
  });

  it('rejects a count that is not a whole number', () => {
    const run = cli(['ingest', ws.input, '--db', ws.db, '--jobs', 'two']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--jobs/);
  });
});
