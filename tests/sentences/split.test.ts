import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split.js';

/** The sentences of `text` taken as one paragraph. */
function split(text: string): string[] {
  return splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));
}

type Case = [name: string, text: string, expected: string[]];

const one = (text: string): string[] => [text];

describe('end punctuation', () => {
  it.each<Case>([
    ['period', 'The vote passed. Lawmakers went home.', ['The vote passed.', 'Lawmakers went home.']],
    ['question', 'Did the vote pass? Nobody could say.', ['Did the vote pass?', 'Nobody could say.']],
    ['exclamation', 'It passed! Nobody had expected that.', ['It passed!', 'Nobody had expected that.']],
    ['doubled marks', 'Really?! Yes, really.', ['Really?!', 'Yes, really.']],
    ['lower case after a period continues', 'The rate was cut to 5 pct. from 6 pct. last year.', one('The rate was cut to 5 pct. from 6 pct. last year.')],
    ['brand with an exclamation mark', 'He joined Yahoo! in the spring.', one('He joined Yahoo! in the spring.')],
    ['no final punctuation', 'The talks went on', one('The talks went on')],
    ['digit after a period', 'Turnout was low in 2019. 2024 was different.', ['Turnout was low in 2019.', '2024 was different.']],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('abbreviations', () => {
  it.each<Case>([
    ['title before a name', 'Gov. Kathy Hochul and Sen. Chuck Schumer met Rep. Elise Stefanik.', one('Gov. Kathy Hochul and Sen. Chuck Schumer met Rep. Elise Stefanik.')],
    ['stacked military titles', 'Lt. Gen. Keith Kellogg met Sgt. Maj. Ann Cole in Kyiv.', one('Lt. Gen. Keith Kellogg met Sgt. Maj. Ann Cole in Kyiv.')],
    ['place titles', 'From St. Petersburg you cannot see Mt. Elbrus.', one('From St. Petersburg you cannot see Mt. Elbrus.')],
    ['street at sentence end', 'The fire started on Main St. The cause is unknown.', ['The fire started on Main St.', 'The cause is unknown.']],
    ['street before a name', 'The office on Main St. Anna Lee runs is closed.', one('The office on Main St. Anna Lee runs is closed.')],
    ['company mid-sentence', 'Shares of Acme Co. rose while Smith & Co. fell.', one('Shares of Acme Co. rose while Smith & Co. fell.')],
    ['company before a capitalised noun', 'Acme Corp. Chairman Jo Bell resigned.', one('Acme Corp. Chairman Jo Bell resigned.')],
    ['company at sentence end', 'The deal went to Acme Corp. It closed on Friday.', ['The deal went to Acme Corp.', 'It closed on Friday.']],
    ['lower-case abbreviation at sentence end', 'Bring the maps, the radios etc. We leave at dawn.', ['Bring the maps, the radios etc.', 'We leave at dawn.']],
    ['possessive after an abbreviation', "It was Martin Luther King Jr.'s speech.", one("It was Martin Luther King Jr.'s speech.")],
    ['number-taking abbreviation', 'He is the No. 2 official, see p. 14 of the report.', one('He is the No. 2 official, see p. 14 of the report.')],
    ['Latin abbreviation', 'Some allies, e.g. Poland, objected.', one('Some allies, e.g. Poland, objected.')],
    ['state abbreviation at sentence end', 'He lives in Springfield, Ill. His office is in Chicago.', ['He lives in Springfield, Ill.', 'His office is in Chicago.']],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('initialisms and initials', () => {
  it.each<Case>([
    ['U.S. before a title', 'U.S. President Donald Trump spoke first.', one('U.S. President Donald Trump spoke first.')],
    ['U.S. before a lower-case word', 'He has lived in the U.S. since 1990.', one('He has lived in the U.S. since 1990.')],
    ['U.S. at sentence end', 'The money came from the U.S. What happens next is unclear.', ['The money came from the U.S.', 'What happens next is unclear.']],
    ['E.U. at sentence end', 'Kyiv wants to join the E.U. The talks begin in June.', ['Kyiv wants to join the E.U.', 'The talks begin in June.']],
    ['U.S.-led hyphen compound', 'The U.S.-led coalition struck again.', one('The U.S.-led coalition struck again.')],
    ['three-letter initialism', 'He flew to the U.S.A. last week.', one('He flew to the U.S.A. last week.')],
    ['two initials', 'Vice President J.D. Vance arrived late.', one('Vice President J.D. Vance arrived late.')],
    ['middle initial', 'Kevin E. Smith chaired the hearing.', one('Kevin E. Smith chaired the hearing.')],
    ['initials that are also words', 'The book by A. A. Milne sold well.', one('The book by A. A. Milne sold well.')],
    ['pronoun I at sentence end', 'It was decided by you and I. Did anyone object?', ['It was decided by you and I.', 'Did anyone object?']],
    ['domain-style name', 'Censor.NET reported the strike first.', one('Censor.NET reported the strike first.')],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('dates and times', () => {
  it.each<Case>([
    ['abbreviated months', 'The war began on Feb. 24, 2022, and the attacks of Sept. 11 came earlier.', one('The war began on Feb. 24, 2022, and the attacks of Sept. 11 came earlier.')],
    ['clock time then a new sentence', 'He left at 7 p.m. Ms. Park stayed.', ['He left at 7 p.m.', 'Ms. Park stayed.']],
    ['fronted clock time', 'At 9 a.m. Mr. Lee arrived.', one('At 9 a.m. Mr. Lee arrived.')],
    ['clock time closing a short sentence', 'It began at 5 a.m. The alarm sounded.', ['It began at 5 a.m.', 'The alarm sounded.']],
    ['clock time before a weekday', 'Voting ends at 10 a.m. Monday in Kyiv.', one('Voting ends at 10 a.m. Monday in Kyiv.')],
    ['clock time before a zone', 'The call starts at 3 p.m. Kyiv time and at 1 p.m. GMT in London.', one('The call starts at 3 p.m. Kyiv time and at 1 p.m. GMT in London.')],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('numbers, e-mail and web addresses', () => {
  it.each<Case>([
    ['decimals and money', 'Aid of $4.5 billion was pledged.', one('Aid of $4.5 billion was pledged.')],
    ['amount at sentence end', 'The fund holds $12.75. That is all.', ['The fund holds $12.75.', 'That is all.']],
    ['version-like number', 'Grid square 41.2.7. Nothing else was found.', ['Grid square 41.2.7.', 'Nothing else was found.']],
    ['e-mail address', 'Write to desk.editor@news.example.org. They answer quickly.', ['Write to desk.editor@news.example.org.', 'They answer quickly.']],
    ['web address', 'The text is at https://news.example.org/world/talks.v2.html. Read it.', ['The text is at https://news.example.org/world/talks.v2.html.', 'Read it.']],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('ellipses', () => {
  it.each<Case>([
    ['omission inside a sentence', 'Peskov said ... that talks were going well.', one('Peskov said ... that talks were going well.')],
    ['spaced omission before a capital', 'The plan is . . . I cannot say more.', one('The plan is . . . I cannot say more.')],
    ['trailing off', 'He hesitated.... Then he left.', ['He hesitated....', 'Then he left.']],
    ['Unicode ellipsis', 'Nobody answered… The room went quiet.', ['Nobody answered…', 'The room went quiet.']],
    ['spaced ellipsis with the period', 'The list stops there . . . . A new one begins.', ['The list stops there . . . .', 'A new one begins.']],
    ['period then an ellipsis opening the next sentence', 'It ended. . . . Nobody spoke.', ['It ended.', '. . . Nobody spoke.']],
    ['bracketed omission', '"The treaty [...] binds both sides [...]" (Art. 4).', one('"The treaty [...] binds both sides [...]" (Art. 4).')],
    ['omission after a closed quote opens a sentence', 'They demand "root causes." ... Lavrov repeated it.', ['They demand "root causes."', '... Lavrov repeated it.']],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('quotes and brackets', () => {
  it.each<Case>([
    ['sentences inside one quotation', '“We have a deal. Not on everything. But it holds.”', ['“We have a deal.', 'Not on everything.', 'But it holds.”']],
    ['closing quote after the period', 'He called it “a step.” Others disagreed.', ['He called it “a step.”', 'Others disagreed.']],
    ['quote followed by lower-case attribution', '“It is over.” he said.', one('“It is over.” he said.')],
    ['single quotes inside a sentence', "She said, 'We are ready.' and left.", one("She said, 'We are ready.' and left.")],
    ['quoted question with its speaker', '“Why now?” Peskov asked. Nobody answered.', ['“Why now?” Peskov asked.', 'Nobody answered.']],
    ['quoted exclamation with a pronoun', '“Enough!” she shouted.', one('“Enough!” she shouted.')],
    ['quoted question then a new sentence', '“Why now?” The question hung there.', ['“Why now?”', 'The question hung there.']],
    ['parenthesis inside a sentence', 'He worked in Kyiv (He moved there in 2014.) for years.', one('He worked in Kyiv (He moved there in 2014.) for years.')],
    ['reference marks after the period', 'Firefox was released in 2004.[49][50] It spread quickly.', ['Firefox was released in 2004.[49][50]', 'It spread quickly.']],
    ['parenthetical sentence', 'The vote was close. (Two members abstained.) It passed.', ['The vote was close.', '(Two members abstained.)', 'It passed.']],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('lists', () => {
  it.each<Case>([
    ['numbers with brackets', '1) Ceasefire 2) Prisoner swap 3) Elections', ['1) Ceasefire', '2) Prisoner swap', '3) Elections']],
    ['numbers with periods and punctuated items', '1. A ceasefire. 2. A prisoner swap.', ['1. A ceasefire.', '2. A prisoner swap.']],
    ['numbers with period and bracket', '1.) Talks 2.) Truce', ['1.) Talks', '2.) Truce']],
    ['letters', 'a. Grain b. Oil c. Gas', ['a. Grain', 'b. Oil', 'c. Gas']],
    ['bullets', '• Kyiv wants guarantees • Moscow wants land', ['• Kyiv wants guarantees', '• Moscow wants land']],
    ['numbers out of sequence are not items', '1) Talks begin at 3) noon', one('1) Talks begin at 3) noon')],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('offsets and paragraphs', () => {
  it('keeps exact offsets and the paragraph index', () => {
    const text = 'First one.  Second one.\n\nThird one';
    const sentences = splitSentences(text, [
      { start: 0, end: 23 },
      { start: 25, end: 34 },
    ]);
    expect(sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph }))).toEqual([
      { start: 0, end: 10, paragraph: 0 },
      { start: 12, end: 23, paragraph: 0 },
      { start: 25, end: 34, paragraph: 1 },
    ]);
  });

  it('treats a line break inside a paragraph as a space', () => {
    expect(split('The envoy\nsaid no. Talks\nended.')).toEqual(['The envoy\nsaid no.', 'Talks\nended.']);
  });

  it('records the rule that ended each sentence', () => {
    const text = 'It closed at Acme Co. It reopened at 6 p.m. Mr. Lee came';
    expect(splitSentences(text, [{ start: 0, end: text.length }]).map((s) => s.rule)).toEqual([
      'abbreviation-before-starter',
      'clock-time',
      'paragraph-end',
    ]);
  });

  it('returns nothing for empty or blank paragraphs', () => {
    expect(splitSentences('   \n ', [{ start: 0, end: 5 }])).toEqual([]);
    expect(splitSentences('', [])).toEqual([]);
  });
});
