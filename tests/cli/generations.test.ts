import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { cli, FIXTURES, ndjson, tempDir } from './run-cli.js';

/**
 * Generational suffixes by evidence (#18): "X Jr." and "X" are one person unless the archive
 * says two (an article names both, or the name is on record with two generations' suffixes).
 * fixtures/generations: a senator written with and without the suffix (01, 02), a father and son
 * named in one article and then alone (03–05), a Sr., a Jr. and a bare name of one family (06–08).
 * fixtures/generations-late: the senator's father named beside him, after the merge, then alone.
 */
const DIR = join(FIXTURES, 'generations');
const LATE = join(FIXTURES, 'generations-late');
const temp = tempDir();
afterAll(() => temp.cleanup());

interface EntityRow { id: number; name: string; type: string; aliases: string | null }

function people(db: string, name: string): EntityRow[] {
  const out = cli(['entities', '--db', db, '--type', 'PERSON', '--name', name]);
  expect(out.code).toBe(0);
  return ndjson(out.stdout) as unknown as EntityRow[];
}

/** The files and speaker phrases of `query --speaker NAME`, one "file: speaker" per row. */
function speaker(db: string, name: string): string[] {
  const out = cli(['query', '--speaker', name, '--db', db, '--format', 'ndjson']);
  expect(out.code).toBe(0);
  return ndjson(out.stdout).map((r) => `${String(r['path']).split('/').pop()}: ${String(r['speaker_surface'])}`).sort();
}

function aliasRule(db: string, alias: string): unknown[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT rule FROM aliases WHERE alias = ? ORDER BY id').pluck().all(alias);
  } finally {
    conn.close();
  }
}

function ingest(db: string, path: string): void {
  expect(cli(['ingest', path, '--db', db, '--quiet']).code).toBe(0);
}

describe('generational suffixes by evidence', () => {
  const db = join(temp.dir, 'generations.db');

  it('a suffixed formal name and the everyday name without it are one person, by rule suffix', () => {
    ingest(db, DIR);
    const [senator, ...others] = people(db, 'Vandermeer');
    expect(others).toEqual([]);
    expect(senator).toMatchObject({ name: 'Orrin P. Vandermeer Jr.', aliases: 'Orrin Vandermeer' });
    expect(aliasRule(db, 'Orrin Vandermeer')).toEqual(['suffix']);
    const quotes = speaker(db, 'Orrin Vandermeer');
    expect(quotes).toContain('02-everyday-name.txt: Orrin Vandermeer');
    expect(quotes).toContain('01-formal-name.txt: Orrin P. Vandermeer Jr.');
    expect(speaker(db, 'Orrin Vandermeer Jr.')).toEqual(quotes);
  });

  it('an article naming father and son keeps them two, in later articles too', () => {
    expect(people(db, 'Halloway').map((p) => p.name).sort()).toEqual(['Curtis Halloway', 'Curtis Halloway Jr.']);
    expect(speaker(db, 'Curtis Halloway')).toEqual(['03-father-and-son.txt: Curtis Halloway', '05-father-alone.txt: Curtis Halloway']);
    expect(speaker(db, 'Curtis Halloway Jr.')).toEqual(['03-father-and-son.txt: Curtis Halloway Jr.', '04-son-alone.txt: Curtis Halloway Jr.']);
  });

  it('a name on record as Sr. and as Jr. joins neither, nor does its bare form', () => {
    expect(people(db, 'Brask').map((p) => p.name).sort()).toEqual(['Lionel Brask', 'Lionel Brask Jr.', 'Lionel Brask Sr.']);
    expect(speaker(db, 'Lionel Brask')).toEqual(['08-no-suffix.txt: Lionel Brask']);
  });

  it('evidence after a merge: the merge stays, the article and later ones file the other person apart', () => {
    ingest(db, LATE);
    const forms = people(db, 'Vandermeer');
    expect(forms.map((p) => p.name).sort()).toEqual(['Orrin P. Vandermeer Jr.', 'Orrin Vandermeer']);
    const father = forms.find((p) => p.name === 'Orrin Vandermeer');
    expect(father?.aliases).toBeNull();
    expect(aliasRule(db, 'Orrin Vandermeer')).toEqual(['suffix', 'name']);
    const son = speaker(db, 'Orrin Vandermeer Jr.');
    expect(son).toContain('01-father-and-son.txt: Orrin Vandermeer Jr.');
    expect(son).not.toContain('01-father-and-son.txt: Orrin Vandermeer');
    expect(son).not.toContain('02-father-later.txt: Orrin Vandermeer');
  });

  it('the order of the articles does not matter: the everyday name first, the suffixed one later', () => {
    const reversed = join(temp.dir, 'reversed.db');
    ingest(reversed, join(DIR, '02-everyday-name.txt'));
    ingest(reversed, join(DIR, '01-formal-name.txt'));
    expect(people(reversed, 'Vandermeer')).toHaveLength(1);
    expect(aliasRule(reversed, 'Orrin P. Vandermeer Jr.')).toEqual(['suffix']);
  });
});
