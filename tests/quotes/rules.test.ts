import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { isQuoteRule, QUOTE_BASES, quoteRule } from '../../src/quotes/rules.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLES = join(ROOT, 'fixtures', 'articles');

describe('quote rule ids', () => {
  it('every quote of the fixture articles carries a rule id of the closed table', () => {
    const rules = new Set<string>();
    for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
      const content = readFileSync(join(ARTICLES, file), 'utf8');
      for (const quote of analyze({ sha256: file, format: 'text', content }).quotes) rules.add(quote.rule);
    }
    expect(rules.size).toBeGreaterThan(5);
    expect([...rules].filter((rule) => !isQuoteRule(rule))).toEqual([]);
  });

  it.each([
    ['direct:speech-before:name', true],
    ['indirect:source-source-last:description:named-later', true],
    ['term:no-speaker', true],
    ['mixed:carry-split', true],
    ['direct:speech-sideways:name', false],
    ['quote:speech-before:name', false],
    ['direct:speech-before:guess', false],
    ['direct:speech-before:named-later', false],
  ])('%s → %s', (rule, valid) => {
    expect(isQuoteRule(rule)).toBe(valid);
  });

  it('builds ids from their parts', () => {
    expect(quoteRule('mixed', 'speech-that', 'pronoun')).toBe('mixed:speech-that:pronoun');
    expect(quoteRule('term', 'title')).toBe('term:title');
  });

  it('the README lists every basis of the table', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(Object.keys(QUOTE_BASES).filter((basis) => !readme.includes(`\`${basis}\``))).toEqual([]);
  });
});
