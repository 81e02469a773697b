/**
 * Words that continue a sentence after a clock time ("10 a.m. Monday", "6 p.m. ET",
 * "9 a.m. Moscow time"). AP style puts the time before the day and the time zone after it.
 * Weekdays and the time-zone abbreviations of the AP Stylebook; lower case.
 */
export const AFTER_CLOCK: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc',
  'bst', 'cet', 'cest', 'eet', 'eest', 'msk', 'eastern', 'central', 'mountain', 'pacific', 'local',
]);

/** A word after the clock time and before this one marks a zone: "9 a.m. Kyiv time". */
export const ZONE_NOUN = 'time';

/**
 * Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith left"): when the sentence
 * so far is only such a phrase, a capitalised word after the clock time continues it.
 */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at', 'by', 'before', 'after', 'until', 'till', 'from', 'since', 'around', 'about', 'shortly',
  'just', 'on', 'early', 'late',
]);
