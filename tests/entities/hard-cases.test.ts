import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/**
 * Hard cases of typing, each in our own words: the mention, the type it must get and the rule
 * that decides it. Run through the whole pipeline, so structure (datelines) plays its part.
 */
function mentionOf(text: string, surface: string, nth = 0): { type: string; rule: string | undefined } | undefined {
  const article = analyze({ sha256: 'x', format: 'text', content: text });
  const found = article.entities
    .flatMap((e) => e.mentions.map((m) => ({ type: e.type, rule: m.rule, text: text.slice(m.start, m.end), at: m.start })))
    .filter((m) => m.text === surface)
    .sort((a, b) => a.at - b.at)[nth];
  return found && { type: found.type, rule: found.rule };
}

describe('hard cases: which evidence wins', () => {
  it.each<[string, string, string, string, string, number?]>([
    ['a listed company with no cue word', 'Outage hits web hosts\n\nNetlify restored service to most customers by noon.', 'Netlify', 'ORG', 'company-listed'],
    ['an airline named by a place word and a common word', 'Pilots strike\n\nFlights at Icelandair were cancelled on Monday.', 'Icelandair', 'ORG', 'company-listed'],
    [
      'a company short form after its full name',
      'Merger talks\n\nQuorvant Holdings Inc agreed to buy a rival. Quorvant shares rose 4 percent.',
      'Quorvant', 'ORG', 'org-short-form',
    ],
    [
      'a short form made of a town and a surname is still the company',
      'Seat maker sold\n\nShares of Halden & Morrow Co rose. Halden & Morrow makes seats for trucks.',
      'Halden & Morrow', 'ORG', 'org-short-form',
    ],
    [
      'a person’s surname that is also a listed town is the person once the article names them in full',
      'Election night\n\nSenator Marcus Fresno conceded the race. Fresno thanked his staff in a short speech.',
      'Fresno', 'PERSON', 'person-over-place',
    ],
    [
      'a first name that is a listed town before a surname that is one too is a person',
      'Rally\n\nCharlotte Fresno campaigned in Ohio on Monday.',
      'Charlotte Fresno', 'PERSON', 'first-name',
    ],
    ['an honorific before a listed town makes it a surname', 'Rally\n\nVoters rallied behind Ms. Fresno on Friday.', 'Fresno', 'PERSON', 'title'],
    [
      'a listed town the article titles a person is that person as a modifier too',
      'Senate\n\nSen. Fresno said the bill would pass. Critics of the Fresno plan disagreed.',
      'Fresno', 'PERSON', 'person-over-place', 1,
    ],
    [
      'the town stays a town after a locative word, whoever is named',
      'Election night\n\nSenator Marcus Fresno flew home to Fresno on Tuesday.',
      'Fresno', 'GPE', 'city',
    ],
    [
      'a title that is also a first name opens a run as the title',
      'Palace news\n\nKing Tavita Oloa opened the new parliament on Monday.',
      'Tavita Oloa', 'PERSON', 'title',
    ],
    [
      'a lone word opening a two-word name may be the family name, written first',
      'Rights report\n\nThe group is led by Ruan Zhiqing, its director. Ruan said the camps were growing.',
      'Ruan', 'PERSON', 'surname',
    ],
    [
      'a person named after "the" as a modifier stays a person',
      'Court report\n\nThe judge reopened the Helena Voss case on Friday.',
      'Helena Voss', 'PERSON', 'first-name',
    ],
    [
      'a company whose name is an English word, before a speech verb',
      'Phone sales\n\nApple said on Tuesday that sales had doubled.',
      'Apple', 'ORG', 'organisation',
    ],
    [
      'a name and a head after "and" continue one body',
      'Filing\n\nThe Mining and Metals Authority opened an inquiry.',
      'Mining and Metals Authority', 'ORG', 'org-head',
    ],
    ['a wire desk in a sign-off is an organisation', 'Oil prices\n\nCrude rose 2 percent. -- Oslo Newsroom +47 555 0100', 'Oslo Newsroom', 'ORG', 'org-head'],
    ['a demonym derived from a country name', 'Vote\n\nLocal Slovaks turned out in large numbers.', 'Slovaks', 'NORP', 'nationality'],
    [
      'a surname typed a place by another mention’s context yields to the person named in full',
      'Tennis\n\nTomas Ravel won in straight sets. Fans seated near Ravel cheered. Ravel served well.',
      'Ravel', 'PERSON', 'person-over-place', 1,
    ],
    [
      'a common-word short form mid-sentence is the company',
      'Bank merger\n\nThe board of Frontier Bancorp Inc met. Rivals may now bid for Frontier, analysts said.',
      'Frontier', 'ORG', 'org-short-form',
    ],
    [
      'a two-word name of proper nouns only, opening a sentence, is a name',
      'Court\n\nTanaka Yamamoto met the family lawyers on Friday.',
      'Tanaka Yamamoto', 'PERSON', 'name-shape',
    ],
    [
      'a body whose name ends in a region is one mention',
      'Monitors\n\nThe Council for Free Elections in Africa sent observers.',
      'Council for Free Elections in Africa', 'ORG', 'org-place-tail',
    ],
    [
      'a company suffix closes a name: two companies joined by "and"',
      'Deal\n\nShares of Velmora Inc. and Quintrel Corp. rose.',
      'Quintrel Corp.', 'ORG', 'org-head',
    ],
    [
      'a possessive with a company noun makes an unknown name a company',
      'Results\n\nAnalysts expect Tarvexa’s employees to strike.',
      'Tarvexa', 'ORG', 'org-cue',
    ],
    [
      'a person and a body joined by "and" are two entities',
      'Talks\n\nMarta Kell and European Commission officials met on Monday.',
      'Marta Kell', 'PERSON', 'first-name',
    ],
    [
      '… and the body after "and" keeps its own name',
      'Talks\n\nMarta Kell and European Commission officials met on Monday.',
      'European Commission', 'ORG', 'org-head',
    ],
    ['a US state playing in a match report is its side', 'College football\n\nNebraska beat Iowa 31-17 on Saturday.', 'Iowa', 'ORG', 'score-club'],
    ['a country playing in a match report stays a place (a national side)', 'Football\n\nBrazil beat Chile 2-1 on Saturday.', 'Chile', 'GPE', 'country'],
    ['"the Senate" is a body', 'Vote\n\nThe bill now goes to the Senate for a vote.', 'Senate', 'ORG', 'organisation'],
  ])('%s', (_, text, surface, type, rule, nth = 0) => {
    expect(mentionOf(text, surface, nth)).toEqual({ type, rule });
  });

  it.each([
    ['a shouted English word is no acronym', 'MARKETS DIGEST\n\nShares rose.', 'DIGEST'],
    ['a lone capital names nothing', 'Offer details\n\nPrice range N / A for the shares.', 'N'],
    ['a common noun before a speech verb is no organisation', 'Crash\n\nPolice said two cars collided.', 'Police'],
  ])('%s', (_, text, surface) => {
    expect(mentionOf(text, surface)).toBeUndefined();
  });

  it('a bank in a city stays a bank and a city', () => {
    expect(mentionOf('Rates\n\nThe Bank of Norway in Oslo held rates.', 'Bank of Norway')).toEqual({ type: 'ORG', rule: 'org-head' });
  });

  it('a common-word short form opening a sentence or running into another name is not taken', () => {
    expect(mentionOf('Results\n\nFrontier Holdings Corp reported a loss. Frontier Airlines flew on.', 'Frontier', 1)).toBeUndefined();
  });

  it('a one-word short form that is an ordinary word is not taken: "General" of "General Holdings Corp"', () => {
    expect(mentionOf('Results\n\nGeneral Holdings Corp reported a loss. General weakness hit sales.', 'General')).toBeUndefined();
  });
});
