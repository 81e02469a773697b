import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { isReportAround, reportedContent } from '../../src/quotes/content.js';
import { tokensOf } from './helpers.js';

const TEXT = 'Ms. Vint said the levy was “unfair” and “rushed” this year.';
const fragment = (words: string, kind: Quote['kind'] = 'mixed'): Quote => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, kind, cue: 'said', speaker: null, rule: 'mixed:speech-bare:name' };
};
const clauseOf = (words: string) => {
  const start = TEXT.indexOf(words);
  const tokens = tokensOf(TEXT);
  const first = tokens.findIndex((t) => t.start === start);
  const end = tokens.findIndex((t) => t.end === start + words.length) + 1;
  return { tokens, clause: { first, end, pattern: 'bare' as const }, span: { start, end: start + words.length } };
};

describe('mixed quote content', () => {
  it('folds the fragments inside a reported clause into one quote that keeps them', () => {
    const inside = [fragment('unfair'), fragment('rushed')];
    const merged = new Set<Quote>();
    const { span } = clauseOf('the levy was “unfair” and “rushed” this year');
    const quote = reportedContent(span, inside, merged, (content) => ({ ...content, kind: 'mixed', cue: 'said', speaker: null, rule: 'mixed:speech-bare:name' }));
    expect(TEXT.slice(quote.start, quote.end)).toBe('the levy was “unfair” and “rushed” this year');
    expect(quote.fragments?.map((f) => TEXT.slice(f.start, f.end))).toEqual(['unfair', 'rushed']);
    expect(merged).toEqual(new Set(inside));
  });

  it('a clause is a mixed quote around fragments, not around part of a split quote', () => {
    const { tokens, clause, span } = clauseOf('the levy was “unfair” and “rushed” this year');
    expect(isReportAround(tokens, clause, span, [fragment('unfair')])).toBe(true);
    expect(isReportAround(tokens, clause, span, [{ ...fragment('unfair'), group: 1 }])).toBe(false);
    expect(isReportAround(tokens, { ...clause, pattern: 'trailing' }, span, [fragment('unfair', 'direct')])).toBe(false);
  });
});
