/**
 * Words before a name that make it a sports club: "joined Leeds", "played for Leeds", "signed
 * with Leeds". A town or an unknown name there is the club, as CoNLL-2003 tags it; a country
 * there is a national side and stays a place.
 */
import { CLUB_VERBS, CLUB_VERBS_BEFORE_FOR } from './lexicons/organisations.js';
import { wordBefore } from './words.js';

const clubVerbs = new Set(CLUB_VERBS);
const clubVerbsBeforeFor = new Set(CLUB_VERBS_BEFORE_FOR);
const CLUB_PREPOSITIONS = new Set(['for', 'with']);

/** Is the name starting at `start` the object of a club verb? */
export function hasClubCue(text: string, start: number): boolean {
  const before = wordBefore(text, start, 0);
  if (clubVerbs.has(before)) return true;
  if (!CLUB_PREPOSITIONS.has(before)) return false;
  const prepositionStart = text.lastIndexOf(before, start);
  return clubVerbsBeforeFor.has(wordBefore(text, prepositionStart, 0));
}
