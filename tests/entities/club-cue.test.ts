import { describe, expect, it } from 'vitest';
import { hasClubCue } from '../../src/entities/club-cue.js';

/** Whether the name after the marker `|` is cued as a club. */
function cued(sentence: string): boolean {
  const at = sentence.indexOf('|');
  return hasClubCue(sentence.replace('|', ''), at);
}

describe('hasClubCue', () => {
  it.each<[string, boolean]>([
    ['He joined |Leeds in May.', true],
    ['She played for |Leeds for years.', true],
    ['He signed with |Leeds on Friday.', true],
    ['He scored 40 goals for |Leeds.', true],
    ['He flew to |Leeds on Friday.', false],
    ['He voted for |Smith again.', false],
    ['|Leeds won again.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(cued(sentence)).toBe(expected);
  });
});
