/** Leading words that introduce a byline in the languages newsrooms most often archive. */
const LEAD_IN = /^\s*(?:(?:written|posted|reported|text|words|story|photos?)\s+)?(?:by|par|por)\s*[:\-–—]?\s+/i;
/** Separators between people in one byline. */
const SEPARATOR = /\s*(?:,|;|\||&|\/|\band\b|\bund\b|\bet\b|\by\b)\s*/i;
const URL = /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net|co\.uk)\b/i;
const EMAIL = /@/;
/** Dates and times that templates put next to the name. */
const DATE_LIKE = /\d{1,4}[/.-]\d{1,2}|\b(?:updated|published|posted)\b|\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
/** Words that are a job, a desk or boilerplate rather than a person. */
const NOT_A_PERSON = /^(?:staff|staff writer|editor|editors|reporter|correspondent|contributor|admin|administrator|guest|anonymous|unknown|the editorial board|view all posts|more from)$/i;
/** A name longer than this many words is a sentence or a bio. */
const MAX_NAME_WORDS = 6;

/**
 * The people in a byline: "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"]. Parts that
 * are URLs, emails, dates or job titles are dropped; an empty result means no usable byline.
 */
export function splitByline(raw: string): string[] {
  const text = raw.replace(/\s+/g, ' ').trim().replace(LEAD_IN, '');
  const people: string[] = [];
  for (const part of text.split(SEPARATOR)) {
    const name = part.replace(LEAD_IN, '').replace(/^[\s"'“”‘’(]+|[\s"'“”‘’).:]+$/g, '');
    if (!isName(name)) continue;
    if (!people.some((p) => p.toLowerCase() === name.toLowerCase())) people.push(name);
  }
  return people;
}

function isName(part: string): boolean {
  if (part === '' || !/\p{L}/u.test(part)) return false;
  if (URL.test(part) || EMAIL.test(part) || DATE_LIKE.test(part) || NOT_A_PERSON.test(part)) return false;
  return part.split(' ').length <= MAX_NAME_WORDS;
}
