import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, workspacePerTest } from './run-cli.js';

/** Short wire items, one spelling each, so that identity must be made across articles. */
const ARTICLES: Record<string, string> = {
  'a.txt': 'MOSCOW (Reuters) - Kremlin aide Yuri Ushakov said on Monday that envoy Steve Witkoff would visit Moscow. The United States confirmed the trip.\n',
  'b.txt': 'MOSCOW (Reuters) - Presidential aide Yury Ushakov told reporters that US envoy Vitkoff had arrived. U.S. officials declined to comment.\n',
  'c.txt': 'KYIV (Reuters) - President Volodymyr Zelenskyy said the Russian Federation had fired drones at Kyiv overnight. The US embassy said it was closed.\n',
  'd.txt': 'KIEV (Reuters) - President Volodymyr Zelensky said Russia had launched new strikes on Kiev.\n',
  'e.txt': 'LONDON (Reuters) - Economist John Smith said growth would slow. Donald Trump Jr. said his father, Donald Trump, would speak on Friday.\n',
  'f.txt': 'LONDON (Reuters) - Economist Jane Smith said inflation would ease. President Donald Trump said talks were going well.\n',
};

const ws = workspacePerTest((input) => {
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(input, name), text);
  copyFileSync(join(FIXTURES, 'articles', '03-lavrov-visit-sergey.txt'), join(input, 'g.txt'));
  copyFileSync(join(FIXTURES, 'articles', '04-lavrov-sergei-un.txt'), join(input, 'h.txt'));
});

/** Canonical entity id of each name, looked up through its aliases. */
function entityOf(db: string): (name: string) => number[] {
  const conn = new Database(db, { readonly: true });
  const stmt = conn.prepare('SELECT DISTINCT entity_id FROM aliases WHERE alias = ? ORDER BY entity_id');
  return (name) => (stmt.all(name) as { entity_id: number }[]).map((r) => r.entity_id);
}

describe('one identity per entity across articles', () => {
  let ids: (name: string) => number[];

  it.each([
    ['Yuri Ushakov', 'Yury Ushakov'],
    ['Steve Witkoff', 'Vitkoff'],
    ['United States', 'U.S.'],
    ['United States', 'US'],
    ['Russian Federation', 'Russia'],
    ['Kyiv', 'Kiev'],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
  ])('%s and %s are one entity', (a, b) => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    ids = entityOf(ws.db);
    expect(ids(a)).toHaveLength(1);
    expect(ids(b)).toEqual(ids(a));
  });

  it.each([
    ['John Smith', 'Jane Smith'],
    ['Donald Trump', 'Donald Trump Jr.'],
  ])('%s and %s stay apart', (a, b) => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet']).code).toBe(0);
    ids = entityOf(ws.db);
    expect(ids(a)).toHaveLength(1);
    expect(ids(b)).toHaveLength(1);
    expect(ids(b)).not.toEqual(ids(a));
  });

  it('query --speaker finds a person under every spelling', () => {
    cli(['ingest', ws.input, '--db', ws.db, '--quiet']);
    const rows = cli(['query', '--speaker', 'Yury Ushakov', '--db', ws.db, '--format', 'json']);
    const titles = (JSON.parse(rows.stdout) as { path: string }[]).map((r) => r.path.split('/').pop());
    expect(new Set(titles)).toEqual(new Set(['a.txt', 'b.txt']));
  });
});
