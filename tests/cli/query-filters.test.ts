import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir } from './run-cli.js';
import { writeNewsroom } from './newsroom.js';

const temp = tempDir();
const db = join(temp.dir, 'corpus.db');
const input = join(temp.dir, 'in');

beforeAll(() => {
  mkdirSync(input);
  writeNewsroom(input);
  expect(cli(['ingest', input, '--db', db, '--quiet']).code).toBe(0);
});
afterAll(() => temp.cleanup());

const rows = (...args: string[]): Record<string, unknown>[] => {
  const run = cli(['query', ...args, '--db', db, '--format', 'ndjson']);
  expect(run.stderr).toBe('');
  return ndjson(run.stdout);
};
const titles = (found: Record<string, unknown>[]): string[] => [...new Set(found.map((r) => String(r['article_title'])))];

describe('query filters', () => {
  it('rows carry the date, its provenance, the source and the story', () => {
    const [row] = rows('--speaker', 'Adamenko');
    expect(row).toMatchObject({ date: '2025-03-20', date_source: 'dateline+text', source: 'Reuters', speaker: 'Pavel Adamenko' });
    expect(typeof row?.['story_id']).toBe('number');
  });

  it('--since and --until take days, months and years, both ends inclusive', () => {
    expect(titles(rows('--since', '2025-03-04', '--until', '2025-03-04'))).toEqual(['Port stays open as union talks go on']);
    expect(titles(rows('--since', '2025-03-05'))).toEqual(['Grain prices climb as port dispute drags on']);
    expect(titles(rows('--until', '2025-03-03'))).toEqual(['Dock workers and port agree to keep talking']);
    expect(rows('--since', '2025-03', '--until', '2025-03')).toHaveLength(13);
    // Undated articles never match a date bound.
    expect(rows('--since', '2000').some((r) => r['speaker'] === 'Lena Brandt')).toBe(false);
  });

  it('--since takes a duration back from today', () => {
    expect(cli(['query', '--since', '7d', '--until', '1d', '--db', db]).code).toBe(1);
    expect(rows('--since', '100y').length).toBe(13);
  });

  it('a bad date is a usage error (exit 2) naming the forms', () => {
    const run = cli(['query', '--since', 'last spring', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--since.*expected a date \(2025-03-07, 2025-03, 2025\) or a duration/);
    expect(cli(['query', '--since', '2025-02-30', '--db', db]).code).toBe(2);
  });

  it('--source matches the agency or the site in any case', () => {
    expect(titles(rows('--source', 'harbour daily'))).toEqual(['Port stays open as union talks go on']);
    expect(new Set(rows('--source', 'REUTERS').map((r) => r['source']))).toEqual(new Set(['Reuters']));
    expect(rows('--source', 'ap').map((r) => r['speaker'])).toEqual(['Lena Brandt']);
  });

  it('--entity repeats: the article must mention all of them', () => {
    const both = titles(rows('--sentences', '--entity', 'Sorokin', '--entity', 'Kovalenko'));
    expect(both.sort()).toEqual(['Dock workers and port agree to keep talking', 'Port stays open as union talks go on']);
    const one = titles(rows('--sentences', '--entity', 'Kovalenko'));
    expect(one).toContain('Grain prices climb as port dispute drags on');
    expect(cli(['query', '--entity', 'Kovalenko', '--entity', 'Lena Brandt', '--db', db]).code).toBe(1);
  });

  it('--article takes an id or a path (the whole path or its end)', () => {
    const byName = rows('--article', 'grain-price-wire.txt');
    expect(titles(byName)).toEqual(['Grain prices climb as port dispute drags on']);
    const id = String(byName[0]?.['article_id']);
    expect(rows('--article', id)).toEqual(byName);
    expect(rows('--article', join(input, 'grain-price-wire.txt'))).toEqual(byName);
    expect(cli(['query', '--article', 'price-wire', '--db', db]).code).toBe(1);
  });

  it('--sort date, -date and speaker', () => {
    const dates = (found: Record<string, unknown>[]): unknown[] => found.map((r) => r['date']);
    const oldest = dates(rows('--sort', 'date'));
    expect(oldest[0]).toBe('2025-03-03');
    expect(oldest.at(-1)).toBeNull();
    expect(dates(rows('--sort', '-date'))[0]).toBe('2025-03-20');
    const speakers = rows('--sort', 'speaker').map((r) => String(r['speaker']).toLowerCase());
    expect(speakers).toEqual([...speakers].sort());
    expect(cli(['query', '--sort', 'loudest', '--db', db]).code).toBe(2);
  });

  it('--count-by speaker counts each story once by default; --no-dedupe counts every copy', () => {
    const counted = rows('--count-by', 'speaker');
    expect(counted[0]).toEqual({ speaker: 'Ivan Sorokin', quotes: 3, articles: 1, stories: 1, first: '2025-03-03', last: '2025-03-03' });
    expect(counted.find((r) => r['speaker'] === 'Marta Kovalenko')).toMatchObject({ quotes: 2, stories: 2 });
    const copies = rows('--count-by', 'speaker', '--no-dedupe');
    expect(copies[0]).toMatchObject({ speaker: 'Ivan Sorokin', quotes: 6, articles: 2, stories: 1, last: '2025-03-04' });
  });

  it('--dedupe on a list drops the syndicated copies of a quote', () => {
    expect(rows('--speaker', 'Sorokin')).toHaveLength(6);
    const once = rows('--speaker', 'Sorokin', '--dedupe');
    expect(once).toHaveLength(3);
    expect(titles(once)).toEqual(['Dock workers and port agree to keep talking']);
    expect(rows('--speaker', 'Sorokin', '--dedupe', '--limit', '2')).toHaveLength(2);
  });

  it('--count-by source, day and month; table, json and csv', () => {
    expect(rows('--count-by', 'source').map((r) => [r['source'], r['quotes']])).toEqual([['Reuters', 8], ['AP', 1]]);
    expect(rows('--count-by', 'day', '--no-dedupe').map((r) => r['day'])).toEqual(['2025-03-03', '2025-03-04', '2025-03-20', null]);
    expect(rows('--count-by', 'month')[0]).toMatchObject({ month: '2025-03', quotes: 8, stories: 2 });
    const table = cli(['query', '--count-by', 'month', '--db', db, '--format', 'table']).stdout.split('\n');
    expect(table[0]).toMatch(/^MONTH\s+QUOTES\s+ARTICLES\s+STORIES\s+FIRST\s+LAST$/);
    expect(table[1]).toMatch(/^2025-03\s+8\s+2\s+2\s+2025-03-03\s+2025-03-20$/);
    const csv = cli(['query', '--count-by', 'source', '--db', db, '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('source,quotes,articles,stories,first,last');
    const json = JSON.parse(cli(['query', '--count-by', 'source', '--db', db, '--format', 'json']).stdout) as unknown[];
    expect(json).toHaveLength(2);
  });

  it('--sentences takes the same filters and counts', () => {
    const found = rows('--sentences', '--text', 'shifts', '--count-by', 'source', '--no-dedupe');
    expect(found.map((r) => [r['source'], r['sentences']])).toEqual([['Harbour Daily', 1], ['Reuters', 1]]);
    expect(cli(['query', '--sentences', '--count-by', 'speaker', '--db', db]).code).toBe(2);
  });
});
