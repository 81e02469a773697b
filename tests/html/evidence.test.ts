import { describe, expect, it } from 'vitest';
import { preferJsonLdBody } from '../../src/html/evidence.js';

const STORY =
  'The ferry company confirmed on Sunday that its two oldest boats will be retired by the end of the year, ' +
  'replaced by a pair of hybrid vessels that are being built in a yard in the north of the country. ' +
  'Passengers will see a slightly faster crossing and a larger car deck once both new vessels are in service.';
const OTHER =
  'A different report altogether about a regional election, the candidates who are standing, the turnout ' +
  'expected on the day and the issues that voters say matter most to them this time, from housing to buses.';

describe('preferJsonLdBody', () => {
  it.each([
    ['no JSON-LD body: the extraction stands', STORY, undefined, STORY, STORY],
    ['a teaser too short to judge: the extraction stands', STORY, 'The ferry company confirmed.', STORY, STORY],
    ['the extraction already holds it: the extraction stands (it has the paragraphs)', `${STORY}\n\nMore.`, STORY, STORY, `${STORY}\n\nMore.`],
    ['the extraction missed it and it is on the page: JSON-LD wins', 'Menu Home Sport', STORY, `Menu ${STORY}`, STORY],
    ['the extraction found next to nothing: JSON-LD wins even if hidden', 'Loading', STORY, 'Loading', STORY],
    ['another story, not on the page, against a real extraction: the extraction stands', `${STORY} ${STORY} ${STORY}`, OTHER, STORY, `${STORY} ${STORY} ${STORY}`],
    ['markup inside articleBody becomes paragraphs', 'Loading', `<p>${STORY}</p><p>${OTHER}</p>`, 'Loading', `${STORY}\n\n${OTHER}`],
  ])('%s', (_label, extracted, ldBody, pageText, expected) => {
    expect(preferJsonLdBody(extracted, ldBody, () => pageText)).toBe(expected);
  });
});
