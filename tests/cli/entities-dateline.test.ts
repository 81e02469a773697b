import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir } from './run-cli.js';

const temp = tempDir();
const db = join(temp.dir, 'corpus.db');

/** Two stories told from Lisbon: one says so only in its dateline; the other is told elsewhere. */
const ARTICLES: Record<string, string> = {
  'dock.txt': 'Dock strike ends\n\nLISBON (Reuters) - Dock workers returned to work on Tuesday. “We won what we asked for,” union leader Marta Quintela said.\n',
  'rail.txt': 'Rail fares rise\n\nMADRID (Reuters) - Train fares will go up in March. “Costs have risen,” operator spokesman Iker Zubiri said.\n',
};

beforeAll(() => {
  const dir = join(temp.dir, 'in');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  expect(cli(['ingest', dir, '--db', db, '--quiet']).code).toBe(0);
});
afterAll(() => temp.cleanup());

describe('dateline places through the CLI', () => {
  it('query --entity finds the quotes of an article by its dateline place', () => {
    const run = cli(['query', '--entity', 'Lisbon', '--db', db, '--format', 'ndjson']);
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout).map((r) => r['speaker'])).toEqual(['Marta Quintela']);
  });

  it('export keeps every mention’s rule', () => {
    const articles = ndjson(cli(['export', '--db', db]).stdout) as unknown as { version: number; entities: { name: string; mentions: { rule?: string }[] }[] }[];
    expect(articles.map((a) => a.version)).toEqual([2, 2]);
    const mentions = articles.flatMap((a) => a.entities.flatMap((e) => e.mentions));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => typeof m.rule === 'string' && m.rule !== '')).toBe(true);
    const lisbon = articles.flatMap((a) => a.entities).find((e) => e.name === 'Lisbon');
    expect(lisbon?.mentions.map((m) => m.rule)).toEqual(['dateline-place']);
  });

  it('analyze shows the dateline mention with its rule', () => {
    const run = cli(['analyze', join(temp.dir, 'in', 'dock.txt')]);
    const article = JSON.parse(run.stdout) as { version: number; entities: { name: string; mentions: { rule?: string }[] }[] };
    expect(article.version).toBe(2);
    const lisbon = article.entities.find((e) => e.name === 'Lisbon');
    expect(lisbon?.mentions.map((m) => m.rule)).toEqual(['dateline-place']);
    const reuters = article.entities.find((e) => e.name === 'Reuters');
    expect(reuters?.mentions.map((m) => m.rule)).toEqual(['dateline-agency']);
  });
});
