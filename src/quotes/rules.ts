import type { QuoteKind } from '../model.js';
import type { CueKind, SpeakerPosition } from './cues.js';
import type { Clause } from './indirect.js';
import type { Resolution } from './speakers.js';

/**
 * How a quote was attributed, apart from its cue: the middle part of a quote's rule id. With a
 * cue the middle part is `CUE-WHERE` instead: the cue's kind (`speech`, `characterizing`,
 * `source`, `colon`) and where its speaker stands (`before`, `after`, `inherited`) or, for a
 * reported clause, how the clause was found (`that`, `bare`, `trailing`, `parenthetical`,
 * `source-first`, `source-last`, `headline`, `question`).
 */
export const QUOTE_BASES = {
  'colon-before': 'a whole quote opening the sentence after one that ends in a cue and a colon ("Lavrov replied:")',
  'colon-list': 'a point of a list introduced by a cue and a colon, one paragraph each',
  'carry-split': 'a quote with no cue of its own, in the paragraph of the speaker\'s last quote',
  'carry-paragraph': 'a quote paragraph with no cue of its own, right after the speaker\'s last quote',
  'carry-subject': 'a quote opening a paragraph after one whose subject is a person',
  'credit-after': 'a sentence credited by the next one ("This is reported by The Times.")',
  dash: 'a headline ending in a dash and a name ("… - Sybiha")',
  'headline-echo': 'quoted words of a headline that the body quotes from someone',
  unattributed: 'a whole quote with no speaker found',
  marked: 'a term: so-called “…”, known as “…”',
  question: 'a term: quoted words inside a reporter\'s question',
  title: 'a term: a title or nickname in title case',
  'no-speaker': 'a term: a fragment no cue attributes',
  label: 'a term: a word or two in quotes with no reported words around them ("played the “outsider card”")',
} as const;

export type QuoteBasis = keyof typeof QUOTE_BASES | `${CueKind}-${SpeakerPosition | Clause['pattern']}`;

/** A quote's rule id: `KIND:BASIS`, then how the speaker was resolved, then `:named-later` when a lede's description took a later name. */
export type QuoteRule = `${QuoteKind}:${QuoteBasis}` | `${QuoteKind}:${QuoteBasis}:${Resolution}` | `${QuoteKind}:${QuoteBasis}:${Resolution}:named-later`;

/** Builds a rule id from its parts (the only way the quote stage writes one). */
export function quoteRule(kind: QuoteKind, basis: QuoteBasis, how?: Resolution): QuoteRule {
  return how === undefined ? `${kind}:${basis}` : `${kind}:${basis}:${how}`;
}

// The parts of a rule id as data, each a Record over its union so that a new member must be added here.
const KINDS: Record<QuoteKind, true> = { direct: true, mixed: true, indirect: true, term: true };
const CUE_KINDS: Record<CueKind, true> = { speech: true, characterizing: true, source: true, colon: true };
const WHERE: Record<SpeakerPosition | Clause['pattern'], true> = {
  before: true, after: true, inherited: true, none: true,
  that: true, bare: true, trailing: true, parenthetical: true, 'source-first': true, 'source-last': true, headline: true, credited: true, question: true,
};
const RESOLUTIONS: Record<Resolution, true> = { name: true, pronoun: true, 'role-reference': true, description: true };
const NAMED_LATER = 'named-later';

function isBasis(basis: string): boolean {
  if (basis in QUOTE_BASES) return true;
  const dash = basis.indexOf('-');
  return dash > 0 && basis.slice(0, dash) in CUE_KINDS && basis.slice(dash + 1) in WHERE;
}

/** Whether a stored rule id is one the quote stage writes (for tests and for readers of old databases). */
export function isQuoteRule(rule: string): boolean {
  const [kind = '', basis = '', how, later, ...rest] = rule.split(':');
  if (rest.length > 0 || !(kind in KINDS) || !isBasis(basis)) return false;
  if (how !== undefined && !(how in RESOLUTIONS)) return false;
  return later === undefined || (how !== undefined && later === NAMED_LATER);
}
