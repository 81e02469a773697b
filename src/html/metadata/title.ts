/** Separators between a headline and the site or section name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|\-–—\\/>»·]\s+/;
const ALL_SEPARATORS = new RegExp(TITLE_SEPARATOR.source, 'g');
/** A headline shorter than this many words after cutting was probably cut wrongly. */
const MIN_HEADLINE_WORDS = 3;
/** Permalink anchors that documentation generators append to headings. */
const PERMALINK_MARK = /\s*[¶§#]+$/;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Of JSON-LD's `headline` and `name`, the one closer to the `<title>` (Wikipedia-style pages
 * put a one-line summary in `headline`).
 */
export function jsonLdHeadline(headline: string | undefined, name: string | undefined, titleTag: string): string | undefined {
  if (headline === undefined || name === undefined || key(headline) === key(name)) return headline ?? name;
  return overlap(name, titleTag) > overlap(headline, titleTag) ? name : headline;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `a`'s words that occur in `b`. */
export function overlap(a: string, b: string): number {
  const inB = new Set(words(b));
  const list = words(a);
  return list.length === 0 ? 0 : list.filter((w) => inB.has(w)).length / list.length;
}

/** Removes a trailing or leading " | Site Name" when it names the site. */
export function stripSiteName(title: string, siteName: string | undefined): string {
  if (siteName === undefined || siteName === '') return title;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = key(siteName);
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  if (key(last) === site) return title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '');
  if (key(first) === site) return title.slice(first.length).replace(LEADING_SEPARATOR, '');
  return title;
}

const TRAILING_SEPARATOR = /\s+[|\-–—\\/>»·:]\s*$/;
const LEADING_SEPARATOR = /^\s*[|\-–—\\/>»·:]\s+/;

/**
 * The headline inside a `<title>`: a site or section name after the last separator is cut
 * ("Sudan sanctions lifted | Daily" → "Sudan sanctions lifted"), unless
 * the `<h1>` agrees with the whole title or cutting leaves too few words.
 */
export function headlineFromTitleTag(title: string, h1: readonly string[]): string {
  const whole = key(title);
  if (h1.some((h) => key(h) === whole)) return title;
  const match = h1.find((h) => wordCount(h) >= MIN_HEADLINE_WORDS && whole.startsWith(key(h)));
  if (match !== undefined) return match.replace(PERMALINK_MARK, '');
  const separators = [...title.matchAll(ALL_SEPARATORS)];
  const last = separators[separators.length - 1];
  if (last === undefined) return title;
  const head = title.slice(0, last.index);
  return wordCount(head) >= MIN_HEADLINE_WORDS ? head : title;
}
