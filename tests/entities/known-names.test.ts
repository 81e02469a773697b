import { describe, expect, it } from 'vitest';
import { KnownNames, SURNAME_DOMINANCE, type KnownRecord } from '../../src/entities/known-names.js';

const person = (name: string, articles: number): KnownRecord => ({ name, type: 'PERSON', articles });

describe('a lone surname among namesakes on record', () => {
  it('goes to the one person of that surname', () => {
    expect(new KnownNames([person('Orla Vantongeren', 2)]).personWithSurname('Vantongeren')?.name).toBe('Orla Vantongeren');
  });

  it('goes to the namesake named in far more articles than the others together', () => {
    const names = new KnownNames([person('Tobias Quarendon', 3 * SURNAME_DOMINANCE), person('Greta Quarendon', 2), person('Ivo Quarendon', 1)]);
    expect(names.personWithSurname('Quarendon')?.name).toBe('Tobias Quarendon');
    expect(names.personWithSurname('Mr. Quarendon')?.name).toBe('Tobias Quarendon');
  });

  it('stays open while the namesakes are close', () => {
    const names = new KnownNames([person('Tobias Quarendon', 30), person('Greta Quarendon', 10)]);
    expect(names.personWithSurname('Quarendon')).toBeUndefined();
  });

  it('counts a suffixed namesake as another person, filed under the surname', () => {
    const names = new KnownNames([person('Tobias Quarendon', 5), person('Tobias Quarendon Jr.', 5)]);
    expect(names.personWithSurname('Quarendon')).toBeUndefined();
  });

  it('counts articles as they are stored, and says which look-ups a new count answers otherwise', () => {
    const names = new KnownNames([person('Greta Quarendon', 1)]);
    const { lookups } = names.tracking(() => names.personWithSurname('Quarendon'));
    const seen = names.version;
    names.add(person('Tobias Quarendon', 1));
    expect(names.personWithSurname('Quarendon')).toBeUndefined();
    expect(names.changedSince(lookups, seen)).toBe(true);
    const open = names.version;
    for (let k = 0; k < SURNAME_DOMINANCE - 2; k++) names.add({ name: 'Tobias Quarendon', type: 'PERSON' });
    expect(names.changedSince(lookups, open)).toBe(false);
    names.add({ name: 'Tobias Quarendon', type: 'PERSON' });
    expect(names.personWithSurname('Quarendon')?.name).toBe('Tobias Quarendon');
    expect(names.changedSince(lookups, open)).toBe(true);
  });

  it('a copy fed the records since any version holds the same counts', () => {
    const names = new KnownNames();
    const copy = new KnownNames();
    for (let k = 0; k < 10; k++) names.add({ name: k === 0 ? 'Greta Quarendon' : 'Tobias Quarendon', type: 'PERSON' });
    for (const record of names.recordsSince(0)) copy.add(record);
    expect(copy.personWithSurname('Quarendon')).toEqual(names.personWithSurname('Quarendon'));
    expect(copy.version).toBe(names.version);
  });
});
