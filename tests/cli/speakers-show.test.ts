import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir } from './run-cli.js';
import { writeNewsroom } from './newsroom.js';

const temp = tempDir();
const db = join(temp.dir, 'corpus.db');

beforeAll(() => {
  const input = join(temp.dir, 'in');
  mkdirSync(input);
  writeNewsroom(input);
  expect(cli(['ingest', input, '--db', db, '--quiet']).code).toBe(0);
});
afterAll(() => temp.cleanup());

describe('corpus speakers', () => {
  it('ranks speakers by quotes, each story counted once, with articles, dates and roles', () => {
    const rows = ndjson(cli(['speakers', '--db', db]).stdout);
    expect(rows[0]).toEqual({ speaker: 'Ivan Sorokin', quotes: 3, articles: 1, stories: 1, first: '2025-03-03', last: '2025-03-03', roles: 'Harbour director' });
    expect(rows[1]).toMatchObject({ speaker: 'Marta Kovalenko', quotes: 2, articles: 2, first: '2025-03-03', last: '2025-03-20', roles: 'union leader' });
    expect(rows.find((r) => r['speaker'] === 'officials')?.['roles']).toBe('');
  });

  it('--no-dedupe counts every copy; --text, --entity, --since and --source narrow the quotes', () => {
    expect(ndjson(cli(['speakers', '--no-dedupe', '--db', db]).stdout)[0]).toMatchObject({ speaker: 'Ivan Sorokin', quotes: 6, articles: 2, stories: 1 });
    const about = ndjson(cli(['speakers', '--text', 'rest hours', '--db', db]).stdout);
    expect(about.map((r) => r['speaker'])).toEqual(['Marta Kovalenko', 'officials']);
    const late = ndjson(cli(['speakers', '--since', '2025-03-10', '--db', db]).stdout).map((r) => r['speaker']);
    expect(late.sort()).toEqual(['Analysts', 'Marta Kovalenko', 'Pavel Adamenko']);
    expect(ndjson(cli(['speakers', '--source', 'ap', '--db', db]).stdout).map((r) => r['speaker'])).toEqual(['Lena Brandt']);
    expect(ndjson(cli(['speakers', '--entity', 'Kovalenko', '--db', db]).stdout).map((r) => r['speaker'])).toEqual(['Marta Kovalenko']);
  });

  it('table has a header; nothing found exits 1', () => {
    const table = cli(['speakers', '--db', db, '--format', 'table', '--limit', '1']).stdout.split('\n');
    expect(table[0]).toMatch(/^SPEAKER\s+QUOTES\s+ARTICLES\s+STORIES\s+FIRST\s+LAST\s+ROLES$/);
    expect(table[1]).toMatch(/^Ivan Sorokin\s+3\s+1\s+1\s+2025-03-03\s+2025-03-03\s+Harbour director$/);
    expect(table).toHaveLength(3);
    expect(cli(['speakers', '--text', 'zeppelin', '--db', db])).toEqual({ code: 1, stdout: '', stderr: '' });
  });
});

describe('corpus show', () => {
  it('prints the structure, each paragraph with its quotes and speakers after it, plain when piped', () => {
    const run = cli(['show', 'port-talks-wire.txt', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Dock workers and port agree to keep talking');
    expect(run.stdout).toMatch(/^dateline\s+ODESSA, March 3 \(Reuters\) -$/m);
    expect(run.stdout).toMatch(/^date\s+2025-03-03 \(dateline\+text\)$/m);
    expect(run.stdout).toMatch(/^story\s+1 other copy: #\d+ Harbour Daily$/m);
    expect(run.stdout).toMatch(/^credits\s+reporting: Ana Lind; editing: Tom Hale$/m);
    const quoted = lines.findIndex((l) => l.startsWith('"We have narrowed the gap'));
    expect(lines[quoted + 1]).toMatch(/^ {4}» Marta Kovalenko \(union leader\), direct \(told\): We have narrowed/);
    expect(lines[quoted + 2]).toBe('    entities: Marta Kovalenko (PERSON)');
    // The dateline is shown as structure, not repeated as prose.
    expect(lines.filter((l) => l.includes('ODESSA'))).toHaveLength(1);
  });

  it('takes an article id too; an unknown article is a usage error (exit 2)', () => {
    const id = String(ndjson(cli(['query', '--source', 'Harbour Daily', '--db', db]).stdout)[0]?.['article_id']);
    expect(cli(['show', id, '--db', db]).stdout.split('\n')[0]).toBe('Port stays open as union talks go on');
    const missing = cli(['show', 'nowhere.txt', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('corpus: error: nowhere.txt: no stored article with this id or path\n');
  });
});
