import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entity, EntityType, Sentence } from '../../src/model.js';
import { recognizeEntities } from '../../src/entities/recognize.js';

/** One sentence per line, like the pipeline gives after splitting. */
function run(text: string): Entity[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    sentences.push({ start, end: start + line.length, paragraph: 0 });
    start += line.length + 1;
  }
  return recognizeEntities(text, sentences);
}

function names(text: string): Entity[] {
  return run(text).filter((e) => e.type !== 'DATE');
}

/** Every name mention as `type surface`, in text order (dates have their own tests). */
function mentions(text: string): string[] {
  return names(text)
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, label: `${e.type} ${text.slice(m.start, m.end)}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.label);
}

describe('recognizeEntities: spans and types', () => {
  it.each<[string, string, string[]]>([
    ['title stays outside the person', 'Officials said President Donald Trump would travel.', ['PERSON Donald Trump']],
    ['nationality, title words and a name', 'He met Russian Foreign Minister Sergei Lavrov on Friday.', ['NORP Russian', 'PERSON Sergei Lavrov']],
    ['role cue before a name', 'The Kremlin said, and spokesman Dmitry Peskov agreed.', ['ORG Kremlin', 'PERSON Dmitry Peskov']],
    ['possessive yields the place', 'Analysts doubted Russia’s figures.', ['GPE Russia']],
    ['straight-quote possessive too', "Ships left Turkey's ports.", ['GPE Turkey']],
    ['hyphenated nationality pair', 'The talks covered US-Russian trade.', ['GPE US', 'NORP Russian']],
    ['organisation head word', 'The Russian Defence Ministry said drones were shot down.', ['ORG Russian Defence Ministry']],
    ['organisation with an of-tail', 'A report by the Institute for the Study of War appeared.', ['ORG Institute for the Study of War']],
    ['committee with an on-tail', 'She chairs the State Duma Committee on International Affairs now.', ['ORG State Duma Committee on International Affairs']],
    ['company suffix', 'Shares of Acme Widgets Inc. rose.', ['ORG Acme Widgets Inc.']],
    ['a town and a plural nickname are a team', 'The Boston Grizzlies signed him in May.', ['ORG Boston Grizzlies']],
    ['a headline town before a plural stays a town', 'Boston Voters Back Tax Plan In Vote', ['GPE Boston']],
    ['initials with digits or Roman numerals are not an organisation', 'The V8 engine and model XIV raced at Monza.', ['GPE Monza']],
    ['a common-noun initialism is not an organisation', 'The IPO raised money for Zentrova.', []],
    ['a state before "City" is a city', 'Storms hit Kansas City overnight.', ['GPE Kansas City']],
    ['a place typed by its context types its opener mention', 'Ostrowke lies on a river.\nShe has lived in Ostrowke since May.', ['GPE Ostrowke', 'GPE Ostrowke']],
    ['a town name after a first name is a surname', 'The troops under Manuel Belgrano advanced at dawn.', ['PERSON Manuel Belgrano']],
    ['a place after a middle initial is a surname', 'The biologist Charles B. Davenport wrote it.', ['PERSON Charles B. Davenport']],
    ['a name whose shares are quoted is a company', 'Investors sold Zentrova’s shares on Monday.', ['ORG Zentrova']],
    ['the same with the possessive split off', "Investors sold Zentrova 's shares on Monday .", ['ORG Zentrova']],
    ['a stake in a name is a stake in a company', 'The fund bought a stake in Zentrova last year.', ['ORG Zentrova']],
    ['a name before "region" is a place', 'Soldiers patrolled the Oskavi region on Monday.', ['LOC Oskavi']],
    ['a capitalised holding noun still cues a company', 'Shares in Zentrova rose 3 percent on Monday.', ['ORG Zentrova']],
    ['a person-shaped name after "the" is an organisation', 'Fans cheered the Jordan Zentrovas all season.', ['ORG Jordan Zentrovas']],
    ['an apposition naming a company', 'Investors liked Zentrova, a Swiss chipmaker, this year.', ['ORG Zentrova', 'NORP Swiss']],
    ['an apposition naming a village', 'Rain hit Ostrowke, a village near the river.', ['GPE Ostrowke']],
    ['a lone organisation head after "the"', 'Two years later he left the Army for good.', ['ORG Army']],
    ['a capitalised plural after "the" is a team or band', 'He played for the Zentrovers in 1971.', ['ORG Zentrovers']],
    ['a title word closing a run after a first name is a surname', 'In the second innings Travis Head made 90.', ['PERSON Travis Head']],
    ['a role word after a first name is a surname', 'This year Gary Player led the tour again.', ['PERSON Gary Player']],
    ['a town after "played for" is its club', 'He later played for Leeds and scored twice.', ['ORG Leeds']],
    ['an unknown name after "joined" is a club', 'In 2019 he joined Zentrova on loan.', ['ORG Zentrova']],
    ['a country after "played for" stays a place', 'He later played for France and scored twice.', ['GPE France']],
    ['a copula naming a village', 'Ostrowke is a small village on the river.', ['GPE Ostrowke']],
    ['an age between commas marks a person', 'Investigators said Kowalczyk, 45, was arrested on Monday.', ['PERSON Kowalczyk']],
    ['a lone name before "who" is a person', 'It was Zentrovic who first asked for help.', ['PERSON Zentrovic']],
    ['nationality inside a party name', 'Voters backed the Fiji Labour Party again.', ['ORG Fiji Labour Party']],
    ['two bodies joined by "and the"', 'Papers went to the Zoological Institute and the Natural History Museum.', ['ORG Zoological Institute', 'ORG Natural History Museum']],
    ['place after "village of"', 'Rain flooded the village of Ostrowke overnight.', ['GPE Ostrowke']],
    ['place before a comma and its county', 'The plant at Thornbury, England closed.', ['GPE Thornbury', 'GPE England']],
    ['compass word and a continent', 'Rain hit East Africa hard.', ['LOC East Africa']],
    ['lake before a name', 'Fishing on Lake Victoria resumed.', ['LOC Lake Victoria']],
    ['all-caps dateline', 'MOSCOW, Aug 14 - Talks resumed.', ['GPE MOSCOW']],
    ['middle initial makes a person', 'A letter from George W. Bush surfaced.', ['PERSON George W. Bush']],
    ['place before a listed body stays apart', 'The U.S. Senate voted on Tuesday.', ['GPE U.S.', 'ORG Senate']],
    ['name particles stay inside the person', 'The club hired coach Erik ten Hag in 2022.', ['PERSON Erik ten Hag']],
    ['a town before a club word is the club', 'He joined Leicester City last year.', ['ORG Leicester City']],
    ['a club word before a town is the club', 'He joined Real Madrid last year.', ['ORG Real Madrid']],
    ['a hyphenated given name after a role cue', 'Cuts came under chief executive Lip-Bu Tan.', ['PERSON Lip-Bu Tan']],
    ['results table: towns and unlisted names are clubs', 'Portsmouth 2 Grimbleton 1', ['ORG Portsmouth', 'ORG Grimbleton']],
    ['results table: countries stay places', 'Australia 245 India 180', ['GPE Australia', 'GPE India']],
    ['match report: the sides are clubs', 'Leeds beat Grimbleton 2-1 on Saturday.', ['ORG Leeds', 'ORG Grimbleton']],
    ['match report: a town where it was played stays a place', 'Italy won 3-0 in Leeds.', ['GPE Italy', 'GPE Leeds']],
    ['a dated dateline is not a results table', 'LONDON 2024-10-06', ['GPE LONDON']],
    ['a single unknown name said something: an organisation', 'Earlier, Zentrava said profits fell.', ['ORG Zentrava']],
    ['a noun before a name marks an organisation', 'Budget carrier Zentrava cut fares.', ['ORG Zentrava']],
    ['a noun after a name marks an organisation', 'Fighters of the Zentrava Kalem group advanced.', ['ORG Zentrava Kalem']],
    ['an unknown word after “the” is an organisation', 'Officials at the Zentrava declined to comment.', ['ORG Zentrava']],
    ['joined words before an org head', 'A report by the Marine and Coastal Research Institute appeared.', ['ORG Marine and Coastal Research Institute']],
    ['an ordinary opener before an organisation', 'Struggling Zentrava Motors cut prices.', ['ORG Zentrava Motors']],
    ['an opener that is a common word before a name', 'Rival Zentrava recalled cars.', ['ORG Zentrava']],
  ])('%s', (_label, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a title word before an organisation head', 'They lead the Premier League again this season.'],
    ['a sentence opener', 'Meanwhile, prices rose.'],
    ['a section label', 'Details\nPrices rose sharply.'],
    ['a quote-initial word', '“Nothing has changed,” he said.'],
    ['weekdays and months', 'The vote is on Thursday, not in August.'],
    ['an ordinary word in headline case', 'Markets Slide As Rates Climb Again'],
    ['a first name used as a region', 'Sanctions by the West hurt.'],
    ['a lone first name that is also a word', 'The crowd cheered when Rock arrived.'],
  ])('finds no name in %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });

  it('types weekdays and written dates as DATE', () => {
    expect(run('The vote is on Thursday, not on 3 August.').map((e) => [e.type, e.name])).toEqual([['DATE', 'Thursday'], ['DATE', '3 August']]);
  });
});

describe('recognizeEntities: one entity per referent', () => {
  it('links a surname to the full name and lists it as an alias', () => {
    const entities = run('Kremlin spokesman Dmitry Peskov spoke.\nPeskov said talks would go on.');
    const peskov = entities.find((e) => e.name === 'Dmitry Peskov');
    expect(peskov?.type).toBe('PERSON');
    expect(peskov?.aliases).toEqual(['Peskov']);
    expect(peskov?.mentions).toHaveLength(2);
  });

  it('makes US, U.S. and United States one entity', () => {
    const entities = run('The United States agreed.\nU.S. officials and US diplomats said so.');
    const places = entities.filter((e) => e.type === 'GPE');
    expect(places).toHaveLength(1);
    expect(places[0]?.name).toBe('United States');
    expect(places[0]?.aliases.sort()).toEqual(['U.S.', 'US']);
  });

  it('splits a hyphenated pair of known people', () => {
    const text = 'Donald Trump and Vladimir Putin met.\nThe Trump-Putin summit ended.';
    const people = run(text).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([['Donald Trump', 2], ['Vladimir Putin', 2]]);
  });

  it.each([
    ['written', 'Analysts at the Institute for the Study of War (ISW) said so.\nISW later added more.'],
    ['tokenised', 'Analysts at the Institute for the Study of War ( ISW ) said so .\nISW later added more .'],
  ])('files an acronym under the name it was defined with (%s)', (_label, text) => {
    const entities = run(text);
    expect(entities.map((e) => [e.type, e.name, e.aliases, e.mentions.length])).toEqual([
      ['ORG', 'Institute for the Study of War', ['ISW'], 3],
    ]);
  });

  it('makes a town a club throughout when a results table lists it', () => {
    const entities = run('Leeds beat Chelsea on Sunday.\nLeeds 2 Chelsea 0');
    expect(entities.filter((e) => e.name === 'Leeds').map((e) => [e.type, e.mentions.length])).toEqual([['ORG', 2]]);
  });

  it('keeps two people with one surname apart, linking the short form to the nearest', () => {
    const text = 'John Smith arrived.\nJane Smith left.\nSmith waved.';
    const jane = run(text).find((e) => e.name === 'Jane Smith');
    expect(jane?.mentions).toHaveLength(2);
  });
});

describe('recognizeEntities: properties', () => {
  it('returns mentions in bounds, non-empty, and matching no entity twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const entities = run(text);
        const seen = new Set<string>();
        for (const e of entities) {
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.end).toBeGreaterThan(m.start);
            const key = `${m.start}:${m.end}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
        }
      }),
    );
  });
});

describe('recognizeEntities: headlines', () => {
  it('links capitalised surnames in a headline to the people in the story', () => {
    const entities = run('TENNIS - SINNER BEATS ZVEREV IN VIENNA\nTop seed Jannik Sinner beat Alexander Zverev on Saturday.');
    const people = entities.filter((e) => e.type === 'PERSON').map((e) => `${e.name} ×${e.mentions.length}`);
    expect(people.sort()).toEqual(['Alexander Zverev ×2', 'Jannik Sinner ×2']);
    expect(entities.find((e) => e.name === 'Vienna')?.type).toBe('GPE');
  });

  it('drops headline words that name nothing', () => {
    expect(names('MARKETS SLIDE AS RATES CLIMB AGAIN')).toEqual([]);
  });
});

describe('recognizeEntities: spelling variants within an article', () => {
  it('links a short form spelled differently to the full name', () => {
    const entities = run('President Volodymyr Zelenskyy spoke.\nZelenskiy said more aid was needed.');
    expect(entities.map((e) => [e.name, e.aliases, e.mentions.length])).toEqual([['Volodymyr Zelenskyy', ['Zelenskiy'], 2]]);
  });

  it('makes Kiev and Kyiv one place, named as first written', () => {
    const places = run('Talks in Kyiv ended.\nOfficials in Kiev said so.').filter((e) => e.type === 'GPE');
    expect(places.map((e) => [e.name, e.aliases])).toEqual([['Kyiv', ['Kiev']]]);
  });
});
