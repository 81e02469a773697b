import { mkdirSync, writeFileSync } from 'node:fs';
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

  it('a worker that dies fails only the article it was analysing; the articles it held are stored', () => {
    // Preloaded into every thread of the CLI: a worker given the marked text stops at once,
    // as one that crashes or runs out of heap would (the main thread is left alone).
    const preload = join(ws.dir, 'stop-worker.cjs');
    writeFileSync(preload, `
      const threads = require('node:worker_threads');
      if (!threads.isMainThread) {
        const on = threads.parentPort.on.bind(threads.parentPort);
        threads.parentPort.on = (event, listener) => on(event, event !== 'message' ? listener : (message) => {
          if (message.kind === 'analyze' && message.doc.content.includes('STOP-THE-WORKER')) process.exit(7);
          listener(message);
        });
      }`);
    const input = join(ws.dir, 'ferries');
    mkdirSync(input);
    for (let i = 1; i <= 12; i++) {
      const text = i === 5 ? 'The worker reading this line is told to STOP-THE-WORKER.' : `Ferry number ${i} left the harbour in Tallinn on Friday.`;
      writeFileSync(join(input, `ferry-${String(i).padStart(2, '0')}.txt`), `${text}\n`);
    }
    const run = cli(['ingest', input, '--db', ws.db, '--jobs', '2', '--json'], { env: { NODE_OPTIONS: `--require ${JSON.stringify(preload)}` } });
    expect(run.code).toBe(3);
    const errors = run.stderr.split('\n').filter((line) => line.includes('error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/ferry-05\.txt: .*analysis worker stopped \(exit code 7\)/);
    const summary = JSON.parse(run.stdout) as { ingested: number; failed: number };
    expect(summary).toMatchObject({ ingested: 11, failed: 1 });
    expect(countRows(ws.db, 'articles')).toBe(11);
  });

  it('rejects a count that is not a whole number', () => {
    const run = cli(['ingest', ws.input, '--db', ws.db, '--jobs', 'two']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--jobs/);
  });
});
