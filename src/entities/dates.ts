/**
 * DATE mentions, cheaply: weekdays and calendar dates written out in words ("Thursday",
 * "August 15", "15 August 2025", "Aug. 14, 2025", "March 2022"). Bare years and relative
 * expressions ("last week") are left out: too ambiguous for a regex. Only the sentence's
 * capitalised calendar words are tried, so text without dates costs nothing.
 */
import type { Span } from '../model.js';
import { isCalendarWord } from './gazetteer.js';
import type { Word } from './words.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '\\d{4}';
/** Anchored at a calendar word, or at the day number before one. "May" alone is too often the verb. */
const DATE_AT = new RegExp(
  `(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?|${DAY}\\s+${MONTH}(?:\\s+${YEAR}\\b)?|${MONTH}\\s+${YEAR}\\b)`,
  'y',
);
/** A day number right before a month: "15 August". */
const DAY_BEFORE = new RegExp(`(?<![\\d.])${DAY}\\s+$`);
/** Characters looked back for that day number. */
const DAY_LOOKBACK = 6;

export interface DateMention extends Span {
  surface: string;
}

export function findDates(text: string, words: readonly Word[]): DateMention[] {
  const found: DateMention[] = [];
  let covered = -1;
  for (const word of words) {
    if (word.start < covered || !isCalendarWord(word.text)) continue;
    const day = DAY_BEFORE.exec(text.slice(Math.max(0, word.start - DAY_LOOKBACK), word.start));
    for (const start of day ? [word.start - day[0].length, word.start] : [word.start]) {
      DATE_AT.lastIndex = start;
      const match = DATE_AT.exec(text);
      if (!match) continue;
      covered = start + match[0].length;
      found.push({ start, end: covered, surface: match[0] });
      break;
    }
  }
  return found;
}
