import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model.js';
import { generationOf, generationVariant, identityKey, isSpellingVariant, matchShortName } from '../../src/entities/identity.js';

describe('identityKey', () => {
  it.each<[string, string, EntityType]>([
    ['Yuri Ushakov', 'Yury Ushakov', 'PERSON'],
    ['Sergey Lavrov', 'Sergei Lavrov', 'PERSON'],
    ['Zelensky', 'Zelenskyy', 'PERSON'],
    ['Volodymyr Zelenskiy', 'Volodymyr Zelenskyy', 'PERSON'],
    ['Steve Witkoff', 'Steve Vitkoff', 'PERSON'],
    ['Dmitry Peskov', 'Dmitri Peskov', 'PERSON'],
    ['Alexei Navalny', 'Alexey Navalny', 'PERSON'],
    ['President Vladimir Putin', 'Vladimir Putin', 'PERSON'],
    ['Kyiv', 'Kiev', 'GPE'],
    ['US', 'U.S.', 'GPE'],
    ['U.S.', 'United States', 'GPE'],
    ['the United States', 'USA', 'GPE'],
    ['Russian Federation', 'Russia', 'GPE'],
    ['Kharkov', 'Kharkiv', 'GPE'],
    ['Burma', 'Myanmar', 'GPE'],
    ['Ukraine', 'Ukraine', 'LOC'],
  ])('merges %s and %s', (a, b, type) => {
    expect(identityKey(a, type)).toBe(identityKey(b, type));
  });

  it.each<[string, EntityType, string, EntityType]>([
    ['John Smith', 'PERSON', 'Jane Smith', 'PERSON'],
    ['Trump', 'PERSON', 'Donald Trump Jr.', 'PERSON'],
    ['Donald Trump', 'PERSON', 'Donald Trump Jr.', 'PERSON'],
    ['Smith', 'PERSON', 'Schmidt', 'PERSON'],
    ['Georgia', 'GPE', 'Georgia', 'PERSON'],
    ['Austria', 'GPE', 'Australia', 'GPE'],
    ['Washington', 'GPE', 'Washington Post', 'ORG'],
  ])('keeps %s (%s) and %s (%s) apart', (a, typeA, b, typeB) => {
    expect(identityKey(a, typeA)).not.toBe(identityKey(b, typeB));
  });

  it('treats GPE and LOC as one namespace', () => {
    expect(identityKey('Crimea', 'GPE')).toBe(identityKey('Crimea', 'LOC'));
  });
});

describe('matchShortName', () => {
  const people = ['Donald Trump', 'Donald Trump Jr.', 'Dmitry Peskov', 'John Smith', 'Jane Smith'].map((n) => identityKey(n, 'PERSON'));

  it.each<[string, string | undefined]>([
    ['Peskov', 'Dmitry Peskov'],
    ['Trump', 'Donald Trump'],
    ['Smith', undefined],
    ['Lavrov', undefined],
  ])('%s → %s', (short, full) => {
    expect(matchShortName(short, 'PERSON', people)).toBe(full === undefined ? undefined : identityKey(full, 'PERSON'));
  });

  it('leaves a name that is already known under its own key alone', () => {
    expect(matchShortName('Madonna', 'PERSON', [identityKey('Madonna', 'PERSON'), identityKey('Ann Madonna', 'PERSON')])).toBeUndefined();
  });
});

describe('isSpellingVariant', () => {
  it.each<[string, string, boolean]>([
    ['Aleksandr Lukashenko', 'Alexander Lukashenko', true],
    ['Witkoff', 'Vitkoff', true],
    ['John Smith', 'John Schmidt', false],
    ['Donald Trump', 'Donald Trump Jr.', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(isSpellingVariant(a, b, 'PERSON')).toBe(expected);
  });
});

describe('generationVariant', () => {
  const key = (name: string): string => identityKey(name, 'PERSON');

  it.each<[string, string, 'variant' | 'conflict' | undefined]>([
    ['Orrin P. Vandermeer Jr.', 'Orrin Vandermeer', 'variant'],
    ['Orrin Vandermeer', 'Orrin Vandermeer III', 'variant'],
    ['Lionel Brask Sr.', 'Lionel Brask Jr.', 'variant'],
    ['Edgar H. Morrow Jr.', 'Edgar T. Morrow', 'conflict'],
    ['Orrin Vandermeer Jr.', 'Orrin Q. Vandermeer Jr.', undefined],
    ['Orrin Vandermeer Jr.', 'Ottilie Vandermeer', undefined],
  ])('%s / %s: %s', (a, b, relation) => {
    expect(generationVariant(key(a), key(b))).toBe(relation);
  });

  it('reads the suffix of a key, and none of a two-word name', () => {
    expect(generationOf(key('Lionel Brask Sr.'))).toBe('sr');
    expect(generationOf(key('Lionel Brask'))).toBe('');
    expect(generationOf(key('Brask Jr.'))).toBe('');
  });
});
