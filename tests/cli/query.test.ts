import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, ndjson, tempDir } from './run-cli.js';

const temp = tempDir();
const db = join(temp.dir, 'corpus.db');

/** Two speakers whose names share a prefix: a whole-word search must keep them apart. */
const PREFIX_ARTICLES: Record<string, string> = {
  'peskov.txt': 'Kremlin comments\n“We are ready to talk,” Dmitry Peskov told reporters on Monday.\n',
  'peskova.txt': 'Charity gala\n“The evening raised a record sum,” Elizaveta Peskova said in a statement.\n',
};

/** Two mixed quotes: a characterisation and a reported clause, each with quoted words inside. */
const MIXED_ARTICLE = 'Harbour plan\nHarbour master Ines Kovac described the new quay as “long overdue” and said it would “pay for itself” within a decade.\n';

beforeAll(() => {
  const dir = join(temp.dir, 'in');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(PREFIX_ARTICLES)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'harbour.txt'), MIXED_ARTICLE);
  expect(cli(['ingest', dir, join(FIXTURES, 'articles'), '--db', db, '--quiet']).code).toBe(0);
});
afterAll(() => temp.cleanup());

describe('corpus query', () => {
  it('--speaker matches whole words only: Peskov never finds Peskova', () => {
    const run = cli(['query', '--speaker', 'Peskov', '--db', db, '--format', 'ndjson']);
    expect(run.code).toBe(0);
    const rows = ndjson(run.stdout);
    expect(new Set(rows.map((r) => r['speaker']))).toEqual(new Set(['Dmitry Peskov']));
    const ours = rows.filter((r) => r['article_title'] === 'Kremlin comments');
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ kind: 'direct' });
    expect(ours[0]?.['text']).toMatch(/^We are ready to talk/);
  });

  it('--speaker is case-insensitive and matches a full name', () => {
    const rows = ndjson(cli(['query', '--speaker', 'elizaveta PESKOVA', '--db', db, '--format', 'ndjson']).stdout);
    expect(rows.map((r) => r['speaker'])).toEqual(['Elizaveta Peskova']);
  });

  it('exits 1 with no output when nothing matches', () => {
    expect(cli(['query', '--speaker', 'Nobody Atall', '--db', db, '--format', 'ndjson'])).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('json is one array; csv has a header row', () => {
    const json = cli(['query', '--speaker', 'Peskova', '--db', db, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    const csv = cli(['query', '--speaker', 'Peskova', '--db', db, '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]?.split(',')).toContain('speaker');
    expect(csv[1]).toContain('Elizaveta Peskova');
  });

  it('--text finds quotes by words; --limit caps the rows', () => {
    const rows = ndjson(cli(['query', '--text', 'record sum', '--db', db, '--format', 'ndjson']).stdout);
    expect(rows.map((r) => r['speaker'])).toEqual(['Elizaveta Peskova']);
    const limited = ndjson(cli(['query', '--limit', '2', '--db', db, '--format', 'ndjson']).stdout);
    expect(limited).toHaveLength(2);
  });

  it('--kind term lists scare quotes that are left out by default', () => {
    const all = ndjson(cli(['query', '--db', db, '--format', 'ndjson']).stdout);
    expect(all.every((r) => r['kind'] !== 'term')).toBe(true);
    const terms = ndjson(cli(['query', '--kind', 'term', '--db', db, '--format', 'ndjson']).stdout);
    expect(terms.every((r) => r['kind'] === 'term')).toBe(true);
  });

  it('prints a table when asked, with a header', () => {
    const run = cli(['query', '--speaker', 'Peskov', '--db', db, '--format', 'table']);
    expect(run.stdout.split('\n')[0]).toMatch(/^DATE\s+SPEAKER\s+KIND\s+QUOTE\s+ARTICLE$/);
  });

  it('--explain shows the words that named the speaker, the cue and the rule', () => {
    const run = cli(['query', '--speaker', 'Peskova', '--db', db, '--format', 'table', '--explain']);
    const [header, row] = run.stdout.split('\n');
    expect(header).toMatch(/^DATE\s+SPEAKER\s+KIND\s+SAID AS\s+CUE\s+RULE\s+QUOTE\s+ARTICLE$/);
    expect(row).toContain('Elizaveta Peskova');
    expect(row).toContain('said');
  });

  it('--sentences lists the sentences that mention an entity', () => {
    const rows = ndjson(cli(['query', '--sentences', '--entity', 'Elizaveta Peskova', '--db', db, '--format', 'ndjson']).stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ article_title: 'Charity gala' });
    expect(rows[0]?.['text']).toContain('Elizaveta Peskova said');
    expect(cli(['query', '--sentences', '--speaker', 'Peskov', '--db', db]).code).toBe(2);
  });

  it('a missing database is a clear error (exit 2)', () => {
    const run = cli(['query', '--db', join(temp.dir, 'missing.db')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^corpus: error: .*missing\.db: cannot open database/);
  });
});

describe('corpus stats and export', () => {
  it('stats counts what was stored', () => {
    const stats = JSON.parse(cli(['stats', '--db', db, '--format', 'json']).stdout) as { articles: number };
    expect(stats.articles).toBeGreaterThan(2);
  });

  it('export prints every article as the analysis object, offsets slicing its text', () => {
    const run = cli(['export', '--db', db]);
    expect(run.code).toBe(0);
    const articles = ndjson(run.stdout) as { text: string; sentences: { start: number; end: number }[]; quotes: { start: number; end: number; text: string }[] }[];
    expect(articles.length).toBeGreaterThan(2);
    for (const article of articles) {
      for (const q of article.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
      for (const s of article.sentences) expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('a mixed quote is its whole reported content, with its verbatim fragments as a field', () => {
    const rows = ndjson(cli(['query', '--speaker', 'Kovac', '--db', db, '--format', 'ndjson']).stdout);
    expect(rows.map((r) => [r['kind'], r['text'], (r['fragments'] as { text: string }[] | null)?.map((f) => f.text)])).toEqual([
      ['mixed', 'the new quay as “long overdue”', ['long overdue']],
      ['mixed', 'it would “pay for itself” within a decade', ['pay for itself']],
    ]);
    const start = MIXED_ARTICLE.indexOf('long overdue');
    expect((rows[0]?.['fragments'] as unknown[])[0]).toEqual({ start, end: start + 'long overdue'.length, text: 'long overdue' });
    const csv = cli(['query', '--speaker', 'Kovac', '--db', db, '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]?.split(',')).toContain('fragments');
    expect(csv[1]).toContain('""text"":""long overdue""');
  });

  it('--verbatim keeps only words said as written: direct quotes and mixed quotes cut to their fragments', () => {
    const rows = ndjson(cli(['query', '--speaker', 'Kovac', '--verbatim', '--db', db, '--format', 'ndjson']).stdout);
    expect(rows.map((r) => [r['kind'], r['text']])).toEqual([
      ['mixed', 'long overdue'],
      ['mixed', 'pay for itself'],
    ]);
    const all = ndjson(cli(['query', '--verbatim', '--db', db, '--format', 'ndjson']).stdout);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((r) => r['kind'] === 'direct' || r['kind'] === 'mixed')).toBe(true);
  });

  it('the table shows a mixed quote whole, its verbatim words in their marks', () => {
    const run = cli(['query', '--speaker', 'Kovac', '--db', db, '--format', 'table']);
    expect(run.stdout).toContain('it would “pay for itself” within a decade');
    expect(run.stdout).not.toMatch(/[\uE000\uE001]/);
  });
});
