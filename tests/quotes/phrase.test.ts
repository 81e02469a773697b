import { describe, expect, it } from 'vitest';
import { documentAuthor, frameSubject, phraseStartingAt, subjectEndingAt, withPostModifier } from '../../src/quotes/phrase.js';
import { tokenAt, tokensOf, wordsOf } from './helpers.js';

/** [text, the word the speech verb is, the phrase that ends before it, its kind, its role kind or null]. */
const BEFORE_VERB: [string, string, string, string, string | null][] = [
  ['Finance Minister Ines Kovac said the quay was ready.', 'said', 'Finance Minister Ines Kovac', 'name', null],
  ['The filing said the firm had lost money.', 'said', 'The filing', 'role', 'document'],
  ['The campaign says the ad will run.', 'says', 'The campaign', 'role', 'body'],
  ['Two county officials said the road would reopen.', 'said', 'Two county officials', 'role', 'people'],
  ['She said the vote was close.', 'said', 'She', 'pronoun', null],
  ['Analysts at Morrow Bank said rates would fall.', 'said', 'Analysts at Morrow Bank', 'role', 'people'],
];

describe('speaker phrases', () => {
  it.each(BEFORE_VERB)('%s → %s', (text, verb, words, kind, roleKind) => {
    const tokens = tokensOf(text);
    const at = tokenAt(tokens, verb);
    const phrase = subjectEndingAt(tokens, at - 1, 0);
    expect(phrase && [wordsOf(text, tokens, phrase.first, phrase.end), phrase.kind, phrase.roleKind ?? null]).toEqual([words, kind, roleKind]);
  });

  it('finds no phrase in words that name nobody', () => {
    const text = 'On Monday quickly said nothing.';
    const tokens = tokensOf(text);
    expect(subjectEndingAt(tokens, tokenAt(tokens, 'said') - 1, 0)).toBeNull();
  });

  it('a document stands for the author named after it', () => {
    const text = 'according to a statement from the Harbour Board, the quay is ready';
    const tokens = tokensOf(text);
    const first = tokenAt(tokens, 'a');
    const phrase = documentAuthor(tokens, phraseStartingAt(tokens, first, tokens.length), tokens.length);
    expect(phrase && wordsOf(text, tokens, phrase.first, phrase.end)).toBe('Harbour Board');
  });

  it('an anonymous source keeps its post-modifier up to the comma', () => {
    const text = 'said two people familiar with the plan, who asked not to be named';
    const tokens = tokensOf(text);
    const phrase = withPostModifier(tokens, phraseStartingAt(tokens, 1, tokens.length), tokens.length);
    expect(phrase && wordsOf(text, tokens, phrase.first, phrase.end)).toBe('two people familiar with the plan');
  });

  it.each([
    ['Liberal mayoral candidate Ana Ruiz weighed in, saying the plan was late.', 'Ana Ruiz'],
    ['Green party leadership hopeful Tom Berg chimed in on the radio, saying it was late.', 'Tom Berg'],
  ])('a description with words in lower case before its title leads on to the name: %s', (text, name) => {
    const tokens = tokensOf(text);
    const phrase = frameSubject(tokens, 0, tokens.length);
    expect(phrase && [phrase.kind, wordsOf(text, tokens, phrase.first, phrase.end).endsWith(name)]).toEqual(['name', true]);
  });

  it('a lower-case word after a name that leads to no title ends the phrase', () => {
    const text = 'Ana Ruiz weighed in, saying the plan was late.';
    const tokens = tokensOf(text);
    const phrase = phraseStartingAt(tokens, 0, tokens.length);
    expect(phrase && wordsOf(text, tokens, phrase.first, phrase.end)).toBe('Ana Ruiz');
  });

  it('a frame\'s subject may follow an opening adverbial', () => {
    const text = 'In a late vote, the council approved the budget.';
    const tokens = tokensOf(text);
    const phrase = frameSubject(tokens, 0, tokens.length);
    expect(phrase && [wordsOf(text, tokens, phrase.first, phrase.end), phrase.roleKind]).toEqual(['the council', 'body']);
  });
});
