import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir } from './run-cli.js';

const temp = tempDir();
const db = join(temp.dir, 'corpus.db');
const dir = join(temp.dir, 'in');

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function speakers(name: string): string[] {
  return ndjson(cli(['query', '--speaker', name, '--db', db, '--format', 'ndjson']).stdout).map((r) => String(r['speaker']));
}

beforeAll(() => {
  mkdirSync(dir);
  write('a1.txt', 'Port strike ends\n“The strike is over,” Lena Ortiz told reporters on Monday.\n');
  write('a2.txt', 'Port reopens\n“Ships are moving again,” Marta Ortiz said on Tuesday.\n');
  expect(cli(['ingest', dir, '--db', db, '--quiet']).code).toBe(0);
});
afterAll(() => temp.cleanup());

describe('corpus entities', () => {
  it('lists canonical entities with counts', () => {
    const rows = ndjson(cli(['entities', '--type', 'PERSON', '--db', db]).stdout);
    expect(rows.map((r) => r['name'])).toEqual(expect.arrayContaining(['Lena Ortiz', 'Marta Ortiz']));
    expect(rows.find((r) => r['name'] === 'Lena Ortiz')).toMatchObject({ type: 'PERSON', articles: 1, quotes: 1 });
  });

  it('merge folds one entity into another, and later ingests follow the merge', () => {
    const run = cli(['entities', 'merge', 'Lena Ortiz', 'Marta Ortiz', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^corpus: merged Marta Ortiz \(\d+\) into Lena Ortiz \(\d+\)\n$/);
    expect(speakers('Lena Ortiz')).toEqual(['Lena Ortiz', 'Lena Ortiz']);
    write('a3.txt', 'Port expands\n“We will hire more staff,” Marta Ortiz said on Friday.\n');
    cli(['ingest', dir, '--db', db, '--quiet']);
    expect(speakers('Lena Ortiz')).toHaveLength(3);
  });

  it('rename keeps the old name as an alias', () => {
    expect(cli(['entities', 'rename', 'Lena Ortiz', 'Elena Ortiz', '--db', db]).code).toBe(0);
    expect(speakers('Elena Ortiz')).toHaveLength(3);
    expect(speakers('Lena Ortiz')).toHaveLength(3);
  });

  it('split moves an alias, its mentions and quotes to a new entity, for later ingests too', () => {
    const run = cli(['entities', 'split', 'Elena Ortiz', 'Marta Ortiz', '--db', db]);
    expect(run.code).toBe(0);
    expect(speakers('Marta Ortiz')).toEqual(['Marta Ortiz', 'Marta Ortiz']);
    expect(speakers('Elena Ortiz')).toEqual(['Elena Ortiz']);
    write('a4.txt', 'Port budget\n“The budget is tight,” Marta Ortiz said.\n');
    cli(['ingest', dir, '--db', db, '--quiet']);
    expect(speakers('Marta Ortiz')).toHaveLength(3);
  });

  it('alias makes a new name resolve to an existing entity', () => {
    expect(cli(['entities', 'alias', 'Elena Ortiz', 'Helena Ortiz-Vidal', '--db', db]).code).toBe(0);
    write('a5.txt', 'Port award\n“It is an honour,” Helena Ortiz-Vidal said.\n');
    cli(['ingest', dir, '--db', db, '--quiet']);
    expect(speakers('Elena Ortiz')).toHaveLength(2);
  });

  it('an unknown or ambiguous entity is a usage error (exit 2)', () => {
    const run = cli(['entities', 'rename', 'Nobody Here', 'X', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("corpus: error: no entity 'Nobody Here' (see corpus entities)\n");
  });
});
