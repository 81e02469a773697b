import { NAME_PARTICLE_PATTERN } from '../../lexicons/name-particles.js';

/** Leading words that introduce a byline ("By", "Written by", French "Par", Spanish "Por"). */
const LEAD_IN = /^\s*(?:(?:written|posted|reported|text|words|story|photos?)\s+)?(?:by|par|por)\b\s*[:\-–—]?\s*/i;
/** Separators between people in one byline. */
const SEPARATOR = /\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b)\s*/i;
const URL = /:\/\/|^www\.|\.(?:com|org|net|co\.uk|html?|php)\b/i;
const EMAIL = /@/;
/** Where a date or time starts in a byline line ("By Jane Roe March 25, 2015 3:46 PM"). */
const DATE_START =
  /\s*(?:\b(?:updated|published|posted|last updated)\b|\d{1,4}[/.-]\d{1,2}|\d{1,2}:\d{2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;
/** Words that are a job, a desk, a degree or boilerplate rather than a person. */
const NOT_A_PERSON =
  /^(?:staff|staff writer|editor|editors|reporter|correspondent|contributor|admin|administrator|guest|anonymous|unknown|the editorial board|view all posts|more from|ma|ms|md|phd|mba|jr|sr)$/i;
/** A name longer than this many words is a sentence or a bio. */
const MAX_NAME_WORDS = 6;

/** Interface words that byline-named page elements hold instead of names. */
const UI_WORD = /\b(?:my|sign|log|follow|subscribe|share|email|e-mail|print|comments?|menu|search|home|more|read|view|profile|posts?|articles?|click|contact|twitter|facebook)\b/i;
/** Words in a name start with a capital (or are particles like "de", "van", "bin"). */
const NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lo}+|${NAME_PARTICLE_PATTERN})$`, 'u');

/**
 * The people in a byline: "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"]. A trailing
 * date is cut; parts that are URLs, emails or job titles are dropped; an empty result means
 * no usable byline.
 */
export function splitByline(raw: string): string[] {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (URL.test(text) && !/\s/.test(text)) return [];
  const body = text.replace(LEAD_IN, '').replace(DATE_START, '');
  const people: string[] = [];
  for (const part of body.split(SEPARATOR)) {
    const name = part.replace(LEAD_IN, '').replace(/^[\s"'“”‘’(]+|[\s"'“”‘’).:]+$/g, '');
    if (!isName(name)) continue;
    if (!people.some((p) => p.toLowerCase() === name.toLowerCase())) people.push(name);
  }
  return people;
}

/**
 * Stricter check for names read off the page's text (not from metadata): two or more
 * capitalised words (one is enough in scripts without spaces or case), and none of the
 * interface words that byline-named widgets hold.
 */
export function looksLikePersonName(name: string): boolean {
  if (UI_WORD.test(name) || /\d/.test(name)) return false;
  const words = name.split(' ');
  if (words.length < 2 && !/^\p{Lo}{2,}$/u.test(name)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

function isName(part: string): boolean {
  if (part === '' || !/\p{L}/u.test(part)) return false;
  if (URL.test(part) || EMAIL.test(part) || NOT_A_PERSON.test(part)) return false;
  return part.split(' ').length <= MAX_NAME_WORDS;
}
