import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateConll, parseConll } from '../../src/eval/entities.js';

const SMALL = [
  '-DOCSTART- O', '',
  'Kremlin I-ORG', 'spokesman O', 'Dmitry I-PER', 'Peskov I-PER', 'said O', '. O', '',
  'He O', 'met O', 'Foo I-PER', 'in O', 'Moscow I-LOC', '. O', '',
  '-DOCSTART- O', '',
  'Ukrainian I-MISC', 'troops O', 'left O', 'Bakhmut I-LOC', '. O', '',
].join('\n');

describe('parseConll', () => {
  it('rebuilds each document as space-joined tokens, one sentence per line', () => {
    const docs = parseConll(SMALL);
    expect(docs.map((d) => d.text)).toEqual(['Kremlin spokesman Dmitry Peskov said .\nHe met Foo in Moscow .', 'Ukrainian troops left Bakhmut .']);
    const first = docs[0];
    expect(first?.sentences.map((s) => first.text.slice(s.start, s.end))).toEqual(['Kremlin spokesman Dmitry Peskov said .', 'He met Foo in Moscow .']);
    expect(first?.tokens.map((t) => first.text.slice(t.start, t.end))).toEqual(first?.tokens.map((t) => t.text));
  });

  it('reads a B- tag as the start of a new entity next to one of the same type', () => {
    const source = ['Ann I-PER', 'Lee I-PER', 'Bob B-PER', 'said O', '', 'x O', ''].join('\n');
    const result = evaluateConll(source);
    expect(result.metrics.per_recall).toBe(0);
    expect(result.lines[1]).toMatch(/fn 2\)/);
  });
});

describe('evaluateConll', () => {
  it('counts exact matches per type and averages PER, ORG and LOC', () => {
    const { metrics } = evaluateConll(SMALL);
    // Gold: Kremlin, Dmitry Peskov, Foo (unfindable), Moscow, Bakhmut, Ukrainian (MISC).
    expect(metrics.org_f1).toBe(1);
    expect(metrics.per_recall).toBe(0.5);
    expect(metrics.loc_recall).toBe(1);
    expect(metrics.misc_f1).toBe(1);
    expect(metrics.micro_recall).toBe(4 / 5);
  });

  it.each(['news-dev.conll', 'news-dev-2.conll'])('scores the news-style dev set %s above the target', (file) => {
    const source = readFileSync(new URL(`../../fixtures/entities/${file}`, import.meta.url), 'utf8');
    const { metrics } = evaluateConll(source);
    expect(metrics.micro_f1).toBeGreaterThanOrEqual(0.8);
  });
});
