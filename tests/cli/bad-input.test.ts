import { chmodSync, copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, countRows, FIXTURES, workspacePerTest } from './run-cli.js';

const BAD = join(FIXTURES, 'bad');
const GOOD = join(FIXTURES, 'articles', '01-grain-corridor-talks.txt');

describe('bad input', () => {
  const ws = workspacePerTest((input) => {
    cpSync(BAD, input, { recursive: true });
    copyFileSync(GOOD, join(input, 'good.txt'));
  });

  it('names each bad file and its reason on one stderr line; good files still land; exit 3', () => {
    const run = cli(['ingest', ws.input, '--db', ws.db]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `corpus: error: ${join(ws.input, 'binary.txt')}: binary file (contains NUL bytes)`,
      `corpus: error: ${join(ws.input, 'blank.txt')}: empty file (no text)`,
      `corpus: error: ${join(ws.input, 'empty.txt')}: empty file (no text)`,
      `corpus: error: ${join(ws.input, 'garbage.txt')}: not valid UTF-8 or Windows-1252 text`,
      `corpus: warning: ${join(ws.input, 'legacy-cp1252.txt')}: not UTF-8; decoded as Windows-1252`,
      expect.stringMatching(/^corpus: 6 files: 2 ingested, 4 failed \(\d+\.\d s\)$/),
    ]);
    expect(countRows(ws.db)).toBe(2);
  });

  it('reports failures with codes in the --json summary', () => {
    const run = cli(['ingest', ws.input, '--db', ws.db, '--json', '--quiet']);
    expect(run.code).toBe(3);
    const summary = JSON.parse(run.stdout) as { failures: { path: string; code: string }[] };
    expect(summary.failures.map((f) => [f.path.slice(ws.input.length + 1), f.code])).toEqual([
      ['binary.txt', 'BINARY'],
      ['blank.txt', 'EMPTY'],
      ['empty.txt', 'EMPTY'],
      ['garbage.txt', 'ENCODING'],
    ]);
  });

  it('refuses files above --max-size', () => {
    const run = cli(['ingest', join(ws.input, 'good.txt'), '--db', ws.db, '--max-size', '100']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`${join(ws.input, 'good.txt')}: file is `);
    expect(run.stderr).toContain('above the 100-byte limit (--max-size)');
  });

  it('names missing paths and unsupported file types', () => {
    writeFileSync(join(ws.dir, 'photo.jpg'), 'not an article');
    const run = cli(['ingest', join(ws.dir, 'nope.txt'), join(ws.dir, 'photo.jpg'), join(ws.input, 'good.txt'), '--db', ws.db, '--quiet']);
    expect(run.code).toBe(3);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `corpus: error: ${join(ws.dir, 'nope.txt')}: cannot read: no such file or directory`,
      `corpus: error: ${join(ws.dir, 'photo.jpg')}: unsupported file type '.jpg' (expected .txt, .md, .html or .htm)`,
    ]);
    expect(countRows(ws.db)).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)('names unreadable files', () => {
    chmodSync(join(ws.input, 'good.txt'), 0o000);
    const run = cli(['ingest', join(ws.input, 'good.txt'), '--db', ws.db]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`${join(ws.input, 'good.txt')}: cannot read: permission denied`);
  });

  it('refuses a database that is not a corpus database (exit 2)', () => {
    const other = join(ws.dir, 'other.db');
    const conn = new Database(other);
    conn.exec('CREATE TABLE t (x)');
    conn.close();
    const run = cli(['ingest', join(ws.input, 'good.txt'), '--db', other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`corpus: error: ${other}: not a corpus database (it holds other tables)\n`);
  });

  it('usage errors exit 2', () => {
    expect(cli(['query', '--format', 'xml', '--db', ws.db]).code).toBe(2);
    expect(cli(['ingest']).code).toBe(2);
    expect(cli(['no-such-command']).code).toBe(2);
  });
});
