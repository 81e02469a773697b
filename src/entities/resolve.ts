/**
 * The document-level pass: types what the local rules left open, using the whole article.
 * In this order, each with a rule id:
 *   1. acronym    — "Institute for the Study of War (ISW)": ISW takes the long form's type
 *   2. surname    — a name whose last word ends a full PERSON name seen in the article is that person
 *   3. consistent — a name typed elsewhere in the article keeps that type
 *   4. said-cue   — a name followed by a speech verb ("Peskov said") is a person
 *   5. locative   — a name after "in", "at", "from" … is a place
 *   6. name-shape — two or more unlisted capitalised words are a person; a single one an organisation
 * Candidates that open a sentence and have no evidence but their shape are dropped.
 */
import type { EntityType } from '../model.js';
import { isPersonVerb } from './gazetteer.js';
import type { Candidate } from './segment.js';

const LOCATIVE_WORDS = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'into', 'across', 'throughout', 'towards', 'toward']);
/** How far past a name to look for "(ABC)". */
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\d&]+)\)/u;
const WORD_AFTER = /^[\s,]*([\p{Ll}]+)/u;
const WORD_BEFORE = /([\p{Ll}]+)[\s,]*$/u;
/** Characters of context read on each side of a candidate. */
const CONTEXT_CHARS = 24;
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** The word a short form would repeat: the last, skipping "Jr." and the like. */
function surnameOf(words: readonly string[]): string {
  const last = words.at(-1) ?? '';
  return NAME_SUFFIX.test(last) && words.length > 2 ? (words.at(-2) ?? '') : last;
}

export interface Resolved extends Candidate {
  type: EntityType;
  /** For a short form, the full name (surface) it stands for. */
  fullName?: string;
}

function wordAfter(text: string, end: number): string {
  return WORD_AFTER.exec(text.slice(end, end + CONTEXT_CHARS))?.[1] ?? '';
}

function wordBefore(text: string, start: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, start - CONTEXT_CHARS), start))?.[1] ?? '';
}

/** Types every candidate it can and drops the rest; candidates must be in text order. */
export function resolveCandidates(text: string, candidates: readonly Candidate[]): Resolved[] {
  const acronyms = new Map<string, EntityType>();
  const typed = new Map<string, EntityType>();
  /** Last word of a full person name → the full names ending in it, in order of appearance. */
  const surnames = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.type) continue;
    const defined = ACRONYM_AFTER.exec(text.slice(c.end, c.end + CONTEXT_CHARS))?.[1];
    if (defined && c.words.length > 1) acronyms.set(defined, c.type);
    if (!c.opener && !typed.has(c.surface)) typed.set(c.surface, c.type);
    const surname = surnameOf(c.words);
    if (c.type === 'PERSON' && c.words.length > 1) surnames.set(surname, [...(surnames.get(surname) ?? []), c]);
  }
  for (const c of candidates) if (!typed.has(c.surface) && c.type) typed.set(c.surface, c.type);

  const out: Resolved[] = [];
  for (const c of candidates) {
    const people = surnames.get(surnameOf(c.words))?.filter((p) => p !== c);
    const person = people?.filter((p) => p.start < c.start).at(-1) ?? people?.[0];
    if (person && (!c.type || c.words.length === 1) && c.type !== 'GPE' && c.type !== 'NORP') {
      out.push({ ...c, type: 'PERSON', rule: c.type ? c.rule : 'surname', fullName: person.surface });
      continue;
    }
    if (c.type) {
      out.push({ ...c, type: c.type });
      continue;
    }
    const type = acronyms.get(c.surface) ?? typed.get(c.surface);
    if (type) {
      out.push({ ...c, type, rule: acronyms.has(c.surface) ? 'acronym-definition' : 'consistent' });
    } else if (isPersonVerb(wordAfter(text, c.end))) {
      out.push({ ...c, type: 'PERSON', rule: 'said-cue' });
    } else if (LOCATIVE_WORDS.has(wordBefore(text, c.start))) {
      out.push({ ...c, type: 'GPE', rule: 'locative' });
    } else if (!c.opener) {
      out.push({ ...c, type: c.words.length > 1 ? 'PERSON' : 'ORG', rule: 'name-shape' });
    }
  }
  return out;
}
