import { isNameParticle } from '../lexicons/name-particles.js';

/** Separators of a list of names: "A, B and C", "A & B", "A; B". */
const NAME_SEPARATOR = /\s*(?:,|;|&|\band\b)\s*/;
/**
 * Where a person filed from, after the name: "in Kyiv", "in New York", "in Tallinn, Estonia"
 * (a one-word region after a comma, so that "in Kyiv, John Roe" keeps John Roe).
 */
const FILED_FROM = /\s+(?:in|from|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+\p{Lu}[\p{L}.'’-]*(?=,|\s+and\b|\s*$))?/gu;

/** The names of a byline or credit, without the places they filed from. */
export function splitNames(list: string): string[] {
  return list
    .replace(FILED_FROM, '')
    .split(NAME_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** A person's name has at most this many words: "Jean-Claude van der Berg". */
const MAX_NAME_WORDS = 5;
const UPPER_START = /^\p{Lu}/u;
const SPACES = /\s+/;

/** Whether `text` reads as a name (or an organisation credited by name): capitalised words. */
export function isName(text: string): boolean {
  const words = text.split(SPACES);
  return words.length <= MAX_NAME_WORDS && UPPER_START.test(text) && words.every((w) => UPPER_START.test(w) || isNameParticle(w));
}
