import { describe, expect, it } from 'vitest';
import { KnownNames, SURNAME_DOMINANCE, type KnownRecord } from '../../src/entities/known-names.js';
import { analyze } from '../../src/pipeline.js';

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

  it('a copy brought up to date from any version answers as the writer does', () => {
    const names = new KnownNames();
    const fresh = new KnownNames();
    const stepwise = new KnownNames();
    const people = ['Greta Quarendon', ...Array<string>(SURNAME_DOMINANCE + 1).fill('Tobias Quarendon'), 'Ivo Marchetti', 'Ivo Marchetti'];
    for (const name of people) {
      names.add({ name, type: 'PERSON', aliases: [name.split(' ')[1] as string] });
      stepwise.apply(names.changesSince(stepwise.version), names.version);
      for (const word of ['Quarendon', 'Marchetti']) expect(stepwise.personWithSurname(word)).toEqual(names.personWithSurname(word));
    }
    fresh.apply(names.changesSince(0), names.version);
    expect(fresh.version).toBe(names.version);
    for (const word of ['Quarendon', 'Marchetti', 'Tobias Quarendon']) {
      expect(fresh.personWithSurname(word)).toEqual(names.personWithSurname(word));
      expect(fresh.named(word)).toEqual(names.named(word));
    }
    // "Quarendon" as an alias of two people settles nothing; the lone surname goes to Tobias.
    expect(fresh.named('Quarendon')).toBeUndefined();
    expect(fresh.personWithSurname('Quarendon')?.name).toBe('Tobias Quarendon');
  });

  it('sends each changed answer once, however many articles repeat a name', () => {
    const person = (k: number): KnownRecord => ({ name: `Person${k} Quarendon${k}`, type: 'PERSON', aliases: [`Quarendon${k}`] });
    const once = new KnownNames(Array.from({ length: 50 }, (_, k) => person(k)));
    const names = new KnownNames();
    for (let k = 0; k < 5000; k++) names.add(person(k % 50));
    expect(names.changesSince(0)).toEqual(once.changesSince(0));
    const seen = names.version;
    names.add({ name: 'Person7 Quarendon7', type: 'PERSON' });
    expect(names.changesSince(seen)).toEqual([]);
    // A new namesake is one new name; the surname still goes to the one named in 100 articles.
    names.add({ name: 'Lena Quarendon7', type: 'PERSON' });
    expect(names.changesSince(seen)).toHaveLength(1);
    expect(names.personWithSurname('Quarendon7')?.name).toBe('Person7 Quarendon7');
  });
});

describe('a person on record outweighs the words around a bare surname', () => {
  const known = new KnownNames([person('Tobias Quarendon', 3)]);
  /** Type, rule and entity name of the nth mention of `surface`. */
  function mention(text: string, surface: string): [string, string | undefined, string] | undefined {
    const article = analyze({ sha256: 'x', format: 'text', content: text }, { knownNames: known });
    for (const e of article.entities) {
      for (const m of e.mentions) if (text.slice(m.start, m.end) === surface) return [e.type, m.rule, e.name];
    }
    return undefined;
  }

  it.each<[string, string, [string, string, string]]>([
    ['a word that suits a person', 'Poll\n\nUndecided voters are leaning toward Quarendon, a pollster said.', ['PERSON', 'person-over-place', 'Tobias Quarendon']],
    ['a possessive after "in"', "Poll\n\nThere was gloom in Quarendon's camp on Monday.", ['PERSON', 'person-over-place', 'Tobias Quarendon']],
    ['a noun after "in"', 'Poll\n\nThe mood in Quarendon world was grim.', ['PERSON', 'person-over-place', 'Tobias Quarendon']],
    ['"in" before a comma, in another clause', 'Poll\n\nAs the results came in, Quarendon thanked volunteers.', ['PERSON', 'person-over-place', 'Tobias Quarendon']],
    ['"in" right before it puts it somewhere', 'Trip\n\nThe envoy stayed in Quarendon for two days.', ['GPE', 'locative', 'Quarendon']],
    ['"the X administration" is the person’s', 'Budget\n\nCritics said the Quarendon administration was slow.', ['PERSON', 'person-over-body', 'Tobias Quarendon']],
  ])('%s', (_, text, expected) => {
    expect(mention(text, 'Quarendon')).toEqual(expected);
  });

  it('a record that is no person’s name (a body once mistyped a person) does not spread', () => {
    const names = new KnownNames([person('Stop Quarendon', 3)]);
    const article = analyze({ sha256: 'x', format: 'text', content: 'Protest\n\nMarchers said the Quarendon movement was growing.' }, { knownNames: names });
    expect(article.entities.find((e) => e.name.includes('Quarendon'))?.type).toBe('ORG');
  });

  it('a listed town needs the article’s own evidence of a person', () => {
    const names = new KnownNames([person('Marcus Fresno', 3)]);
    const article = analyze({ sha256: 'x', format: 'text', content: 'Trip\n\nThe convoy is heading toward Fresno tonight.' }, { knownNames: names });
    expect(article.entities.find((e) => e.name.includes('Fresno'))?.type).toBe('GPE');
  });
});
