/**
 * Companies go by a short form once named in full: "Magna International Inc" is "Magna" in
 * the next paragraph, "Douglas & Lomason Co" is "Douglas & Lomason" in the headline. Each
 * company named with a corporate tail ("Inc", "Group", "International") gives its short form,
 * and every other place the article spells that short form is the same company, whatever the
 * local rules made of those words (a town, a surname, two names).
 */
import { COMPANY_NAME_TAILS } from './lexicons/organisations.js';
import { hasCommonLowerCase, isOrdinaryWord } from './lexicons/english.js';
import { isFirstName, lookup } from './gazetteer.js';
import type { Resolved } from './resolve.js';
import { ENTITY_RULES } from './rules.js';

const tails = new Set(COMPANY_NAME_TAILS);
/** Joining words left dangling when a tail is cut: "Bear Stearns & Co" → "Bear Stearns". */
const DANGLING = new Set(['&', 'and', 'of', "'s", '’s']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The short form of a company's full name, or undefined when it has none worth matching. */
export function shortForm(words: readonly string[]): string | undefined {
  let end = words.length;
  while (end > 1 && tails.has(words[end - 1] ?? '')) end--;
  while (end > 1 && DANGLING.has(words[end - 1] ?? '')) end--;
  if (end === words.length) return undefined;
  const kept = words.slice(0, end);
  /** A one-word short form must be no first name or listed place ("John", "Texas"). */
  if (kept.length === 1 && (isFirstName(kept[0] ?? '') || lookup(kept[0] ?? '') !== undefined)) return undefined;
  return kept.join(' ');
}

/** A one-word short form that is an English word ("Mercantile", "General") counts only where its capital says it is a name. */
function isCommonWord(form: string): boolean {
  return !form.includes(' ') && (isOrdinaryWord(form) || hasCommonLowerCase(form));
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', ':', '\n']);

/**
 * Is the common-word short form at `start` a name there? Not when it opens a sentence (its
 * capital says nothing) or runs into a capitalised word (it is part of another name: "General
 * Motors", "Commerce Department").
 */
function namesThere(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  if (before < 0 || SENTENCE_OPENERS.has(text[before] ?? '')) return false;
  let after = end;
  while (text[after] === ' ') after++;
  return !/\p{Lu}/u.test(text[after] ?? '');
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) out.push(at);
  }
  return out;
}

/**
 * Adds the short-form mentions of the article's companies; mentions inside a short form's span
 * give way to it, and an occurrence inside a longer mention (the full name itself) is skipped.
 */
export function withCompanyShortForms(text: string, resolved: readonly Resolved[]): Resolved[] {
  const full = new Map<string, Resolved>();
  for (const r of resolved) {
    if (r.type !== 'ORG' || r.words.length < 2) continue;
    const short = shortForm(r.surface.split(/\s+/));
    if (short !== undefined && !full.has(short)) full.set(short, r);
  }
  if (full.size === 0) return [...resolved];
  const added: Resolved[] = [];
  for (const [short, company] of full) {
    const common = isCommonWord(short);
    for (const start of occurrences(text, short)) {
      const end = start + short.length;
      if (common && !namesThere(text, start, end)) continue;
      if (resolved.some((r) => r.start <= start && r.end >= end && r.end - r.start > short.length)) continue;
      const words = short.split(' ');
      added.push({
        start, end, type: 'ORG', rule: ENTITY_RULES.orgShortForm, surface: short, words, wordSpans: [{ start, end }],
        hyphenated: false, opener: false, fullName: company.fullName ?? company.canonical ?? company.surface,
      });
    }
  }
  if (added.length === 0) return [...resolved];
  const covered = (r: Resolved): boolean => added.some((a) => a.start <= r.start && r.end <= a.end);
  return [...resolved.filter((r) => !covered(r)), ...added].sort((a, b) => a.start - b.start);
}
