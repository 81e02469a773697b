import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli, workspacePerTest } from './run-cli.js';

/** Invented wire items: one person under several forms of the name, and namesakes who are not that person. */
const ARTICLES: Record<string, string> = {
  'a.txt': 'SPRINGFIELD (Reuters) - Governor Margaret Quill said on Monday that the budget was balanced. "We kept our word," Quill said.\n',
  'b.txt': 'SPRINGFIELD (Reuters) - Gov. Margaret T. Quill told lawmakers the vote would wait. "There is no rush," Margaret T. Quill said.\n',
  'c.txt': 'SPRINGFIELD (Reuters) - Margaret Thornbury Quill, the governor, met farmers on Friday. "The harvest is late," she said.\n',
  'd.txt': 'RIVERTON (Reuters) - Mayor Bill Ashdown said the bridge would reopen. "Traffic will flow again," Bill Ashdown said.\n',
  'e.txt': 'RIVERTON (Reuters) - William Ashdown, the mayor, signed the order. "It is done," William Ashdown said. Helen Ashdown, his sister, ' +
    'runs the library. "We need more shelves," Helen Ashdown said. "Bill Ashdown agrees," Ashdown added.\n',
  'f.txt': 'RIVERTON (Reuters) - Walter Penrose Jr. opened the fair. "Come one, come all," Walter Penrose Jr. said. ' +
    'His father, Walter Penrose, stayed home. "I am proud of him," Walter Penrose said.\n',
  'g.txt': 'OAKDALE (Reuters) - Edgar H. Morrow, the judge, retired. "It was an honour," Edgar H. Morrow said.\n',
  'h.txt': 'OAKDALE (Reuters) - Edgar T. Morrow, the banker, bought the mill. "It will grind again," Edgar T. Morrow said.\n',
  'i.txt': 'OAKDALE (Reuters) - Edgar Morrow was seen at the fair. "It was crowded," Edgar Morrow said.\n',
  'j.txt': 'OAKDALE (Reuters) - Edgar P. Morrow, the baker, opened a shop. "Bread at dawn," Edgar P. Morrow said.\n',
};

const ws = workspacePerTest((input) => {
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(input, name), text);
});

/** Canonical entity ids a name is stored under, through its aliases. */
function entitiesOf(db: string, name: string): number[] {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn.prepare('SELECT DISTINCT entity_id FROM aliases WHERE alias = ? ORDER BY entity_id').all(name) as { entity_id: number }[];
    return rows.map((r) => r.entity_id);
  } finally {
    conn.close();
  }
}

/** `aliases.rule` of a name: why it is filed under its entity. */
function aliasRule(db: string, alias: string): unknown {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT rule FROM aliases WHERE alias = ?').pluck().get(alias);
  } finally {
    conn.close();
  }
}

/** The files `query --speaker NAME` returns quotes from, and the speakers it shows. */
function speakerRows(db: string, name: string): { files: Set<string>; speakers: Set<string> } {
  const out = cli(['query', '--speaker', name, '--db', db, '--format', 'json']);
  expect(out.code).toBe(0);
  const rows = JSON.parse(out.stdout) as { path: string; speaker_surface: string | null }[];
  return { files: new Set(rows.map((r) => r.path.split('/').pop() ?? '')), speakers: new Set(rows.map((r) => r.speaker_surface ?? '')) };
}

describe('name variants of one person across articles', () => {
  beforeEach(() => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
  });

  it.each([
    ['Margaret Quill', 'Margaret T. Quill'],
    ['Margaret Quill', 'Margaret Thornbury Quill'],
    ['Bill Ashdown', 'William Ashdown'],
  ])('%s and %s are one entity', (a, b) => {
    expect(entitiesOf(ws.db, a)).toHaveLength(1);
    expect(entitiesOf(ws.db, b)).toEqual(entitiesOf(ws.db, a));
  });

  it.each([
    ['Bill Ashdown', 'Helen Ashdown'],
    ['Walter Penrose', 'Walter Penrose Jr.'],
    ['Edgar H. Morrow', 'Edgar T. Morrow'],
    ['Edgar H. Morrow', 'Edgar P. Morrow'],
    ['Edgar T. Morrow', 'Edgar P. Morrow'],
    ['Edgar Morrow', 'Edgar P. Morrow'],
  ])('%s and %s stay two people', (a, b) => {
    expect(entitiesOf(ws.db, a)).toHaveLength(1);
    expect(entitiesOf(ws.db, b)).toHaveLength(1);
    expect(entitiesOf(ws.db, b)).not.toEqual(entitiesOf(ws.db, a));
  });

  it('--speaker with a full name finds every form of that person and nobody else', () => {
    expect(speakerRows(ws.db, 'Margaret Quill').files).toEqual(new Set(['a.txt', 'b.txt', 'c.txt']));
    const bill = speakerRows(ws.db, 'Bill Ashdown');
    expect(bill.files).toEqual(new Set(['d.txt', 'e.txt']));
    expect(bill.speakers.has('Helen Ashdown')).toBe(false);
    expect(speakerRows(ws.db, 'Helen Ashdown').speakers).toEqual(new Set(['Helen Ashdown']));
    expect(speakerRows(ws.db, 'Walter Penrose').speakers).toEqual(new Set(['Walter Penrose']));
    expect(speakerRows(ws.db, 'Edgar T. Morrow').files).toEqual(new Set(['h.txt']));
  });

  it('each name keeps the rule that filed it under its person, and an editor’s split is recorded as such', () => {
    expect(aliasRule(ws.db, 'Margaret Quill')).toBe('name');
    expect(aliasRule(ws.db, 'Margaret T. Quill')).toBe('middle-name');
    expect(aliasRule(ws.db, 'Margaret Thornbury Quill')).toBe('middle-name');
    expect(aliasRule(ws.db, 'William Ashdown')).toBe('same-key');
    expect(cli(['entities', 'split', 'Margaret Quill', 'Margaret T. Quill', '--db', ws.db]).code).toBe(0);
    expect(aliasRule(ws.db, 'Margaret T. Quill')).toBe('editor');
  });

  it('entities show lists every name of a person with the rule that filed it and its mentions', () => {
    const out = cli(['entities', 'show', 'Margaret Quill', '--db', ws.db, '--format', 'json']);
    expect(out.code).toBe(0);
    const [shown] = JSON.parse(out.stdout) as { name: string; type: string; aliases: { alias: string; rule: string; mentions: number; mention_rules: string }[] }[];
    expect(shown).toMatchObject({ name: 'Margaret Quill', type: 'PERSON' });
    const byName = new Map(shown?.aliases.map((a) => [a.alias, a]));
    expect(shown?.aliases[0]?.alias).toBe('Margaret Quill');
    expect(byName.get('Margaret T. Quill')).toMatchObject({ rule: 'middle-name', mentions: 2 });
    expect(byName.get('Margaret Thornbury Quill')?.rule).toBe('middle-name');
    expect(byName.get('Quill')).toMatchObject({ rule: 'in-article' });
    expect(byName.get('Quill')?.mention_rules).toMatch(/^surname \d/);
    expect(cli(['entities', 'show', 'Nobody Here', '--db', ws.db]).code).toBe(2);
  });

  it('--speaker with one word may find several people', () => {
    const { speakers } = speakerRows(ws.db, 'Ashdown');
    expect(speakers.has('Helen Ashdown')).toBe(true);
    expect(speakers.has('William Ashdown')).toBe(true);
  });

  it('the table of a one-word --speaker groups the quotes by person and names the people on stderr', () => {
    const out = cli(['query', '--speaker', 'Ashdown', '--db', ws.db, '--format', 'table']);
    expect(out.code).toBe(0);
    const speakers = out.stdout.split('\n').slice(1).filter(Boolean).map((line) => (/Helen Ashdown|Bill Ashdown/.exec(line) ?? [''])[0]);
    const firstHelen = speakers.indexOf('Helen Ashdown');
    expect(firstHelen).toBeGreaterThan(0);
    expect(speakers.slice(firstHelen).every((s) => s === 'Helen Ashdown')).toBe(true);
    expect(out.stderr).toMatch(/2 speakers named Ashdown: Bill Ashdown \(\d+\), Helen Ashdown \(1\)/);
    expect(cli(['query', '--speaker', 'Helen Ashdown', '--db', ws.db, '--format', 'table']).stderr).toBe('');
  });
});
