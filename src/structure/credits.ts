import type { Credit } from '../model.js';
import { CREDIT_ROLES } from './lexicons/credit-roles.js';
import { isName, splitNames } from './names.js';

/** A role is a few words before "by": "Reporting", "Additional reporting", "Writing". */
const MAX_ROLE_WORDS = 3;

/** A bracketed credit closing a paragraph or standing alone: "(Reporting by …; Editing by …)". */
const BRACKETED_CREDIT = /(?:^|(?<=\s))\(([^()]+)\)$/;
/** Prose before a closing credit normally ends a sentence; if not, only known roles count. */
const SENTENCE_BEFORE = /[.!?…]["'”’)]*\s+$/;
/** A bare credit line opens with its role: "Editing by", "Additional reporting by". */
const BARE_CREDIT_ROLE = /^([A-Za-z-]+(?: [A-Za-z-]+){0,2}) by /i;
/** One part of a credit: role, "by", names. */
const CREDIT_PART = /^(\s*)(\S.*?)\s+by\s+(\S.*?)\s*$/i;
const TRAILING_PERIOD = /\.$/;
/** The AP sign-off: "Associated Press writer Jane Doe in Kyiv contributed to this report." */
const CONTRIBUTORS = /^(?:[\w.'’ -]{0,40}? )?(?:writers?|journalists?|reporters?|correspondents?) (.+?) (?:also )?contributed(?: to this (?:report|story))?\.?$/i;
/** Role recorded for contributor sign-offs. */
const CONTRIBUTOR_ROLE = 'contributed';
const SPACES = /\s+/;

export interface CreditSection {
  credits: Credit[];
  /** Where the credits begin within the paragraph's value. */
  index: number;
}

/**
 * The credit section of a paragraph whose text is `value` and starts at `offset`: a bracketed
 * credit at its end, or a whole bare line of credits starting with a known role
 * ("Editing by Jane Doe"), or a contributor sign-off ("AP writer Jane Doe contributed."). Every
 * `;`-separated part must read "role by names"; a bracket after unfinished prose ("the plan
 * (drafted by Kim Ode)") needs known roles.
 */
export function parseCredits(value: string, offset: number): CreditSection | undefined {
  const bracketed = value.endsWith(')') ? BRACKETED_CREDIT.exec(value) : null;
  if (bracketed !== null) {
    const index = bracketed.index;
    const afterSentence = index === 0 || SENTENCE_BEFORE.test(value.slice(0, index));
    const credits = parseParts(bracketed[1] ?? '', offset + index + 1, !afterSentence);
    return credits && { credits, index };
  }
  const contributors = CONTRIBUTORS.exec(value);
  const contributorNames = splitNames(contributors?.[1] ?? '');
  if (contributorNames.length > 0 && contributorNames.every(isName)) {
    return { credits: [{ start: offset, end: offset + value.length, role: CONTRIBUTOR_ROLE, names: contributorNames }], index: 0 };
  }
  const role = BARE_CREDIT_ROLE.exec(value)?.[1];
  if (role === undefined || !CREDIT_ROLES.has(role.toLowerCase())) return undefined;
  const credits = parseParts(value.replace(TRAILING_PERIOD, ''), offset, true);
  return credits && { credits, index: 0 };
}

function parseParts(inner: string, offset: number, knownRolesOnly: boolean): Credit[] | undefined {
  const credits: Credit[] = [];
  let partStart = 0;
  for (const part of inner.split(';')) {
    const match = CREDIT_PART.exec(part);
    if (match === null) return undefined;
    const [, lead = '', roleText = '', names = ''] = match;
    const role = roleText.toLowerCase();
    if (role.split(SPACES).length > MAX_ROLE_WORDS) return undefined;
    if (knownRolesOnly && !CREDIT_ROLES.has(role)) return undefined;
    const people = splitNames(names);
    if (people.length === 0 || !people.every(isName)) return undefined;
    const start = offset + partStart + lead.length;
    credits.push({ start, end: start + part.trim().length, role, names: people });
    partStart += part.length + 1;
  }
  return credits;
}
