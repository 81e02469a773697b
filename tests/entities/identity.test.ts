import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model.js';
import { identityKey, isSpellingVariant, matchShortName } from '../../src/entities/identity.js';

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
