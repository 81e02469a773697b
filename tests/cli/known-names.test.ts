import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, ndjson, tempDir } from './run-cli.js';

/**
 * The corpus learns its names: a later article that names a person by surname alone, in
 * another spelling, links to the person a first article named in full.
 */
const DIR = join(FIXTURES, 'known-names');
const FIRST = join(DIR, '01-minister-named.txt');
const LATER = join(DIR, '02-surname-alone.txt');
const temp = tempDir();
afterAll(() => temp.cleanup());

interface EntityRow { name: string; type: string; aliases: string | null; articles: number }

function entities(db: string): EntityRow[] {
  return ndjson(cli(['entities', '--db', db]).stdout) as unknown as EntityRow[];
}

describe('names on record', () => {
  it('one ingest run: the later article’s lone variant surname is the person of the first', () => {
    const db = join(temp.dir, 'one-run.db');
    expect(cli(['ingest', DIR, '--db', db, '--quiet']).code).toBe(0);
    const person = entities(db).find((e) => e.name === 'Ilse Brandvold');
    expect(person).toMatchObject({ type: 'PERSON', articles: 2 });
    expect(person?.aliases?.split('; ')).toContain('Brandwold');
    const quotes = ndjson(cli(['query', '--speaker', 'Ilse Brandvold', '--db', db, '--format', 'ndjson']).stdout);
    expect(quotes.map((q) => q['article_title'])).toEqual(['Fisheries deal signed in Tromso', 'Quota row flares again']);
  });

  it('two runs: names stored by the first run are known to the second', () => {
    const db = join(temp.dir, 'two-runs.db');
    expect(cli(['ingest', FIRST, '--db', db, '--quiet']).code).toBe(0);
    expect(cli(['ingest', LATER, '--db', db, '--quiet']).code).toBe(0);
    expect(entities(db).filter((e) => e.type === 'PERSON' && /Brand/.test(e.name)).map((e) => e.name)).toEqual(['Ilse Brandvold']);
  });

  it('analyze uses a database only when given one', () => {
    const db = join(temp.dir, 'first-only.db');
    expect(cli(['ingest', FIRST, '--db', db, '--quiet']).code).toBe(0);
    const alone = JSON.parse(cli(['analyze', LATER]).stdout) as { entities: { name: string }[] };
    expect(alone.entities.map((e) => e.name)).not.toContain('Ilse Brandvold');
    const knowing = JSON.parse(cli(['analyze', '--db', db, LATER]).stdout) as { entities: { name: string; mentions: { rule?: string }[] }[] };
    const person = knowing.entities.find((e) => e.name === 'Ilse Brandvold');
    expect(person?.mentions.length).toBe(2);
    expect(person?.mentions.map((m) => m.rule)).toContain('known-name');
  });

  it('analyze --db names a database it cannot open, with exit code 2', () => {
    const run = cli(['analyze', '--db', join(temp.dir, 'missing', 'none.db'), LATER]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/none\.db: cannot open database/);
    expect(run.stdout).toBe('');
  });
});
