import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** Every name mention of an analysed article as `TYPE surface rule`, in text order. */
function mentions(text: string): string[] {
  const article = analyze({ sha256: 'x', format: 'text', content: text });
  return article.entities
    .filter((e) => e.type !== 'DATE')
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, label: `${e.type} ${text.slice(m.start, m.end)} ${m.rule ?? ''}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.label);
}

function entityNames(text: string): string[] {
  return analyze({ sha256: 'x', format: 'text', content: text }).entities.map((e) => e.name);
}

describe('structural mentions', () => {
  it.each<[string, string, string[]]>([
    [
      'a dateline place and its agency',
      'Ferry strike ends\n\nLISBON (Reuters) - Dock workers went back to work on Tuesday.',
      ['GPE LISBON dateline-place', 'ORG Reuters dateline-agency'],
    ],
    [
      'a dateline place with its region: two places',
      'Plant to close\n\nGRAND RAPIDS, Mich. (AP) — The furniture maker will shut a plant.',
      ['GPE GRAND RAPIDS dateline-place', 'GPE Mich. dateline-place', 'ORG AP dateline-agency'],
    ],
    [
      'an archive-style dateline line of its own, place and numeric date',
      'Grain prices steady.\nWINNIPEG 2001-03-09\nWheat futures were little changed in quiet trade.',
      ['GPE WINNIPEG dateline-place'],
    ],
    [
      'a photo credit names the agency and the photographer',
      'Flood waters rise\n\nThe river burst its banks overnight. REUTERS/Tomasz Nowicki/File Photo',
      ['ORG REUTERS photo-credit', 'PERSON Tomasz Nowicki photo-credit'],
    ],
    [
      'credit lines name people',
      'Rates on hold\n\nThe central bank left its rate unchanged.\n\n(Reporting by Ada Lindqvist; Editing by Piotr Zawada)',
      ['PERSON Ada Lindqvist credit', 'PERSON Piotr Zawada credit'],
    ],
  ])('%s', (_, text, expected) => {
    expect(mentions(text).filter((m) => !/ (?:org-head|name-shape|first-name)$/.test(m))).toEqual(expected);
  });

  it('files a shouted dateline place under its usual spelling, so a search for it finds the article', () => {
    expect(entityNames('Ferry strike ends\n\nLISBON (Reuters) - Dock workers went back to work in Lisbon.')).toContain('Lisbon');
    const names = entityNames('Ferry strike ends\n\nLISBON (Reuters) - Dock workers went back to work in Lisbon.');
    expect(names.filter((n) => n === 'Lisbon')).toHaveLength(1);
  });

  it('keeps a slash between ordinary words out of it', () => {
    expect(mentions('Fares rise\n\nThe and/or clause and the Paris/London route stay.').join()).not.toContain('photo-credit');
  });
});
