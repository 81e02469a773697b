import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/quotes/cues.js';
import { clauseOf, clauseSpan, contentStart, cutAtAttribution, dashAttribution, secondClause, wordsOutsideQuotes } from '../../src/quotes/indirect.js';
import { tokensOf, wordsOf } from './helpers.js';

function firstClause(text: string, headline = false): { words: string; pattern: string } | null {
  const tokens = tokensOf(text);
  const cues = findCues(tokens, 0, tokens.length, headline);
  for (const cue of cues) {
    const clause = clauseOf(tokens, cue, 0, tokens.length, headline);
    if (clause) {
      const span = clauseSpan(tokens, clause);
      return { words: text.slice(span.start, span.end), pattern: clause.pattern };
    }
  }
  return null;
}

describe('reported clauses', () => {
  it.each([
    ['The mayor said on Friday that the bridge would reopen in May.', 'the bridge would reopen in May', 'that'],
    ['The mayor said the bridge would reopen in May.', 'the bridge would reopen in May', 'bare'],
    ['The bridge will reopen in May, the mayor said.', 'The bridge will reopen in May', 'trailing'],
    ['According to the county, the bridge will reopen in May.', 'the bridge will reopen in May', 'source-first'],
    ['The bridge will reopen in May, according to campaign finance records.', 'The bridge will reopen in May', 'source-last'],
    ['Within a month, the mayor said, the bridge will reopen.', 'the bridge will reopen', 'parenthetical'],
  ])('%s', (text, words, pattern) => {
    expect(firstClause(text)).toEqual({ words, pattern });
  });

  it.each([
    ['a verb with an object', 'The mayor announced a review of the budget.'],
    ['an adverbial after the verb', 'The mayor said in a statement.'],
  ])('finds none after %s', (_name, text) => {
    expect(firstClause(text)).toBeNull();
  });

  it('ends a clause before another attribution set off inside it', () => {
    const text = 'Minister Ana Gil said the plan was “a disaster,” Ms. Ortiz recalled.';
    const tokens = tokensOf(text);
    const cues = findCues(tokens, 0, tokens.length);
    const own = cues[0]!;
    const clause = clauseOf(tokens, own, 0, tokens.length, false)!;
    expect(wordsOf(text, tokens, clause.first, clause.end)).toBe('the plan was “a disaster,” Ms. Ortiz recalled');
    const owned = cutAtAttribution(tokens, clause, cues, own, () => true)!;
    expect(wordsOf(text, tokens, owned.first, owned.end)).toBe('the plan was “a disaster,”');
    const notOwned = cutAtAttribution(tokens, clause, cues, own, () => false)!;
    expect(wordsOf(text, tokens, notOwned.first, notOwned.end)).toBe('the plan was');
    expect(wordsOutsideQuotes(tokens, owned)).toBe(3);
  });

  it('a mixed quote\'s content starts after the cue and its "that"', () => {
    const text = 'Ortiz said that the plan was “a disaster”.';
    const tokens = tokensOf(text);
    const [cue] = findCues(tokens, 0, tokens.length);
    expect(tokens[contentStart(tokens, cue!)!]!.text).toBe('the');
  });

  it('takes a second clause after "but that"', () => {
    const text = 'The mayor said the bridge would reopen but that the tunnel would stay shut.';
    const tokens = tokensOf(text);
    const [cue] = findCues(tokens, 0, tokens.length);
    const first = clauseOf(tokens, cue!, 0, tokens.length, false)!;
    const second = secondClause(tokens, first, cue!, tokens.length)!;
    expect([wordsOf(text, tokens, first.first, first.end), wordsOf(text, tokens, second.first, second.end)]).toEqual(['the bridge would reopen', 'the tunnel would stay shut']);
  });

  it('reads a headline ending in a dash and a name as that person\'s claim', () => {
    const text = 'Bridge talks are going nowhere - Kovac';
    const tokens = tokensOf(text);
    const found = dashAttribution(tokens, 0, tokens.length)!;
    expect([wordsOf(text, tokens, found.clause.first, found.clause.end), tokens[found.dash + 1]!.text]).toEqual(['Bridge talks are going nowhere', 'Kovac']);
  });
});
