import { describe, expect, it } from 'vitest';
import { hasCommonLowerCase, isFirstTaggedNoun, isOrdinaryWord, isTaggedProperNoun, mayBeThirdPersonVerb } from '../../src/entities/lexicons/english.js';

// The built word lists (src/entities/data/english-words.ts) answer what the tagger's lexicon did.
describe('English word lists', () => {
  it('tells a headline verb in the third person from a name ending in s', () => {
    expect(['Hammers', 'Runs', 'Wins'].map(mayBeThirdPersonVerb)).toEqual([true, true, true]);
    expect(['Jones', 'Paris', 'Thomas'].map(mayBeThirdPersonVerb)).toEqual([false, false, false]);
  });

  it('tells a noun by its first tag', () => {
    expect(['plans', 'world'].map(isFirstTaggedNoun)).toEqual([true, true]);
    expect(['quickly', 'the', 'said'].map(isFirstTaggedNoun)).toEqual([false, false, false]);
  });

  it('tells an ordinary capitalised word from a proper noun', () => {
    expect([isOrdinaryWord('Meanwhile'), isTaggedProperNoun('Meanwhile')]).toEqual([true, false]);
    expect([isOrdinaryWord('Moscow'), isTaggedProperNoun('Moscow'), hasCommonLowerCase('Moscow')]).toEqual([false, true, false]);
    expect([isTaggedProperNoun('Green'), hasCommonLowerCase('Green')]).toEqual([true, true]);
  });
});
