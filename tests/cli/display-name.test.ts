import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ndjson, workspacePerTest } from './run-cli.js';

/** Invented items: the first names the governor with her middle initial, the later ones without. */
const ARTICLES: Record<string, string> = {
  'a.txt': 'SPRINGFIELD (Reuters) - Gov. Margaret T. Quill said on Monday that the budget was balanced.\n',
  'b.txt': 'SPRINGFIELD (Reuters) - Governor Margaret Quill told lawmakers the vote would wait.\n',
  'c.txt': 'SPRINGFIELD (Reuters) - MARGARET QUILL, the governor, met farmers. Margaret Quill said the harvest was late.\n',
};

const ws = workspacePerTest((input) => {
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(input, name), text);
});

const people = (db: string): string[] =>
  (ndjson(cli(['entities', '--type', 'PERSON', '--db', db]).stdout) as { name: string }[]).map((e) => e.name);

describe('a person’s display name', () => {
  it('is the full name most articles write, whatever form came first', () => {
    expect(cli(['ingest', join(ws.input, 'a.txt'), '--db', ws.db, '--quiet']).code).toBe(0);
    expect(people(ws.db)).toEqual(['Margaret T. Quill']);
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    expect(people(ws.db)).toEqual(['Margaret Quill']);
  });

  it('never becomes another first name an editor merged in', () => {
    writeFileSync(join(ws.input, 'd.txt'), 'SPRINGFIELD (Reuters) - Helen Quill, the treasurer, said the books were closed.\n');
    writeFileSync(join(ws.input, 'e.txt'), 'SPRINGFIELD (Reuters) - Treasurer Helen Quill said the audit was done.\n');
    expect(cli(['ingest', join(ws.input, 'a.txt'), '--db', ws.db, '--quiet']).code).toBe(0);
    expect(cli(['ingest', join(ws.input, 'd.txt'), '--db', ws.db, '--quiet']).code).toBe(0);
    expect(cli(['entities', 'merge', 'Margaret T. Quill', 'Helen Quill', '--db', ws.db]).code).toBe(0);
    expect(cli(['ingest', join(ws.input, 'e.txt'), '--db', ws.db, '--quiet']).code).toBe(0);
    expect(people(ws.db)).toEqual(['Margaret T. Quill']);
  });

  it('an editor’s rename stays', () => {
    expect(cli(['ingest', join(ws.input, 'a.txt'), '--db', ws.db, '--quiet']).code).toBe(0);
    expect(cli(['entities', 'rename', 'Margaret T. Quill', 'Margaret Thornbury Quill', '--db', ws.db]).code).toBe(0);
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    expect(people(ws.db)).toEqual(['Margaret Thornbury Quill']);
  });
});

describe('a lone surname filed before the full name was known', () => {
  const lone = workspacePerTest((input) => {
    writeFileSync(join(input, 'a.txt'), 'HARBOUR CITY (Reuters) - Mayor Quarendon said on Monday that the ferry would run again.\n');
    writeFileSync(join(input, 'b.txt'), 'HARBOUR CITY (Reuters) - Mayor Tobias Quarendon said the port would reopen. "We are ready," Quarendon said.\n');
  });

  it('joins the one person of that surname stored later, with the rule that says so', () => {
    expect(cli(['ingest', lone.input, '--db', lone.db, '--quiet']).code).toBe(0);
    expect(people(lone.db)).toEqual(['Tobias Quarendon']);
    const shown = JSON.parse(cli(['entities', 'show', 'Tobias Quarendon', '--db', lone.db, '--format', 'json']).stdout) as { aliases: { alias: string; rule: string }[] }[];
    expect(shown[0]?.aliases.find((a) => a.alias === 'Quarendon')?.rule).toMatch(/surname|in-article/);
    const quotes = ndjson(cli(['query', '--speaker', 'Tobias Quarendon', '--db', lone.db, '--format', 'ndjson']).stdout);
    expect(new Set(quotes.map((q) => String(q['path']).split('/').pop()))).toEqual(new Set(['a.txt', 'b.txt']));
  });
});
