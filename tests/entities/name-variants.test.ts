import { describe, expect, it } from 'vitest';
import { identityKey, personVariant, queryNamesPerson } from '../../src/entities/identity.js';
import { analyze } from '../../src/pipeline.js';

const key = (name: string): string => identityKey(name, 'PERSON');

describe('identityKey folds short first names and titles', () => {
  it.each([
    ['Joe Renwick', 'Joseph Renwick'],
    ['Bill Ashdown', 'William Ashdown'],
    ['Bernie Talbot', 'Bernard Talbot'],
    ['Mayor Bill Ashdown', 'William Ashdown'],
    ['Sen. Joe Renwick', 'Joseph Renwick'],
    ['Mr. Renwick', 'Renwick'],
  ])('%s and %s share a key', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each([
    ['Bill Ashdown', 'Helen Ashdown'],
    ['Walter Penrose', 'Walter Penrose Jr.'],
    ['Walter Penrose Jr.', 'Walter Penrose III'],
    // a lone word is a surname, never a short first name
    ['Bill', 'William'],
  ])('%s and %s keep their own keys', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });
});

describe('personVariant', () => {
  it.each<[string, string, ReturnType<typeof personVariant>]>([
    ['Margaret T. Quill', 'Margaret Quill', 'variant'],
    ['Margaret Thornbury Quill', 'Margaret Quill', 'variant'],
    ['Margaret T. Quill', 'Margaret Thornbury Quill', 'variant'],
    ['Joseph K. Renwick', 'Joe Renwick', 'variant'],
    ['Edgar H. Morrow', 'Edgar T. Morrow', 'conflict'],
    ['Edgar H. T. Morrow', 'Edgar T. Morrow', 'variant'],
    ['Edgar T. H. Morrow', 'Edgar H. Morrow', 'variant'],
    ['Edgar T. Morrow', 'Edgar H. W. Morrow', 'conflict'],
    ['Walter J. Penrose Jr.', 'Walter Penrose Jr.', 'variant'],
    ['Walter J. Penrose', 'Walter Penrose Jr.', undefined],
    ['Helen T. Ashdown', 'Bill Ashdown', undefined],
    ['Margaret Quill', 'Margaret Quillon', undefined],
    ['Quill', 'Margaret Quill', undefined],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(personVariant(key(a), key(b))).toBe(expected);
    expect(personVariant(key(b), key(a))).toBe(expected);
  });
});

describe('queryNamesPerson', () => {
  it.each<[string, string, boolean]>([
    ['Margaret Quill', 'Margaret Quill', true],
    ['Margaret Quill', 'Margaret T. Quill', true],
    ['Margaret Quill', 'Gov. Margaret Thornbury Quill', true],
    ['Joe Renwick', 'Joseph K. Renwick', true],
    ['Margaret T. Quill', 'Margaret Thornbury Quill', true],
    ['Margaret T. Quill', 'Margaret Quill', false],
    ['Hal Quill', 'Margaret Quill', false],
    ['Hal Quill', 'Margaret Hal Quill', false],
    ['Walter Penrose', 'Walter Penrose Jr.', false],
    ['Walter Penrose Jr.', 'Walter Penrose Jr.', true],
    ['Walter Penrose', "Walter Penrose's son", false],
    ['Walter Penrose', 'a Walter Penrose adviser', false],
    ['Walter Penrose', 'Penrose', false],
  ])('%s names %s: %s', (query, name, expected) => {
    expect(queryNamesPerson(query, name)).toBe(expected);
  });
});

describe('namesakes in one article', () => {
  /** The article entity each surface form of a name belongs to. */
  function entityNames(text: string): Map<string, string> {
    const article = analyze({ sha256: 'x', format: 'text', content: text });
    const out = new Map<string, string>();
    for (const e of article.entities) for (const m of e.mentions) out.set(text.slice(m.start, m.end), e.name);
    return out;
  }

  it.each<[string, string, string, string]>([
    ['another first name is another person', 'Library vote\n\nHelen Ashdown opened the library. Bill Ashdown, her brother, spoke later.', 'Bill Ashdown', 'Bill Ashdown'],
    [
      'an unlisted first name with the surname of a person named in full is another person',
      'Quen Ashdown, helped by Helen, asks for a vote\n\nQuen Ashdown on Monday brought his sister, Helen Ashdown, to speak.',
      'Quen Ashdown', 'Quen Ashdown',
    ],
    ['a bare surname goes to the latest full name', 'Library vote\n\nHelen Ashdown opened the library. Bill Ashdown, her brother, spoke later. Ashdown said it was late.', 'Ashdown', 'Bill Ashdown'],
    ['a title and the surname is a short form', 'Library vote\n\nHelen Ashdown opened the library. Ms. Ashdown said it was late.', 'Ashdown', 'Helen Ashdown'],
    ['a lone first name of one person named in full is that person', 'Library vote\n\nGreta Lindqvist and Tomas Ravel arrived. Greta said little.', 'Greta', 'Greta Lindqvist'],
    ['a surname of two words alone is the person', 'Council\n\nLina Ortega Smythe chaired the meeting. Later Ortega Smythe said the vote would wait.', 'Ortega Smythe', 'Lina Ortega Smythe'],
  ])('%s', (_what, text, surface, entity) => {
    expect(entityNames(text).get(surface)).toBe(entity);
  });

  it.each([
    ['Poll: Greta Lindqvist Ties Tomas Ravel With Anna Berg in a Three-Way Race.\n\nGreta Lindqvist criticised Tomas Ravel on Monday.', ['Anna Berg', 'Greta Lindqvist', 'Tomas Ravel']],
    ['Greta Lindqvist Tweets A Misleading Chart About Crime.\n\nGreta Lindqvist posted it on Monday.', ['Greta Lindqvist']],
    ['Ken Banks Says He Will Run Again.\n\nKen Banks said so on Monday.', ['Ken Banks']],
  ])('a verb in a headline is no name word: %s', (text, people) => {
    const article = analyze({ sha256: 'x', format: 'text', content: text });
    expect(article.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort()).toEqual(people);
  });

  it('a lone first name two people of the article share stays apart from both', () => {
    const names = entityNames('Library vote\n\nGreta Lindqvist and Greta Ravel arrived. Greta said little.');
    expect(names.get('Greta')).toBe('Greta');
  });
});
