/**
 * Abbreviations that end in a period, grouped by how they behave before the next word.
 * Entries are lower case and without their final period; multi-period forms keep their
 * inner periods ("a.m", "ph.d").
 *
 * Sources: the AP Stylebook entries for courtesy and military titles, months and US state
 * abbreviations; common business and reference abbreviations from wire copy; and the
 * abbreviation classes of the pragmatic_segmenter rules (prepositive, number-taking).
 */

/**
 * Titles written before a name ("Sen. Lindsey Graham", "Lt. Gen. Keith Kellogg", "Mt. Fuji").
 * A capitalised title never ends a sentence when a word or number follows it.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'rev', 'hon', 'pres', 'gov', 'sen', 'rep', 'reps',
  'sens', 'amb', 'atty', 'supt', 'det', 'insp', 'fr', 'msgr', 'st', 'ste', 'mt', 'ft', 'pt',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'pfc', 'spc',
  'ens', 'cmdt', 'gens', 'adj',
]);

/** Titles that also close a street name ("St. Petersburg" but "on Main St."). */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set(['st']);

/** Abbreviations that take a number after them ("No. 10", "p. 55", "N°. 12", "Art. 5"). */
export const NUMBER_PREFIXES: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'n°', 'p', 'pp', 'vol', 'vols', 'art', 'arts', 'fig', 'figs', 'para', 'paras',
  'sec', 'ch', 'chap', 'ed', 'op', 'cl', 'rm', 'tel', 'ext', 'approx',
]);

/** Months as AP abbreviates them, plus the other usual short forms. */
export const MONTHS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Clock abbreviations, whose period ends a sentence more often than other abbreviations do. */
export const CLOCK: ReadonlySet<string> = new Set(['a.m', 'p.m']);

/** Latin abbreviations that always continue the sentence ("e.g. Russia", "i.e. the plan"). */
export const ALWAYS_INTERNAL: ReadonlySet<string> = new Set(['e.g', 'i.e', 'cf', 'viz', 'c.f', 'ca']);

/**
 * Other abbreviations: they end the sentence only when a sentence starter follows
 * ("Pitt, Briggs & Co. It closed") and not before other capitalised words ("Co. Chairman").
 */
export const ORDINARY: ReadonlySet<string> = new Set([
  'co', 'cos', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'div', 'univ', 'inst',
  'govt', 'intl', 'natl', 'est', 'etc', 'vs', 'v', 'al', 'ave', 'blvd', 'rd', 'hwy', 'sq', 'pl',
  'jr', 'sr', 'pct', 'mln', 'bln', 'mn', 'bn', 'tr', 'yr', 'yrs', 'mos', 'wk', 'hr', 'hrs', 'min',
  'ph.d', 'm.d', 'b.a', 'm.a', 'b.sc', 'm.sc', 'mph', 'kph', 'oz', 'lb', 'lbs', 'gal',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
]);
