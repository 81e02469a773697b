/**
 * The document-level pass: types what the local rules left open, using the whole article.
 * First each untyped candidate, in this order, each with a rule id:
 *   1. acronym-definition — "Institute for the Study of War (ISW)": ISW takes the long form's
 *                   type, and is filed under the long form as an alias
 *   2. consistent — a name typed elsewhere in the article keeps that type
 *   3. said-cue   — a name followed by a speech verb: a person if it has two words or more and
 *                   none is an ordinary word ("Bukayo Saka said"), else an organisation
 *                   ("Nomura said", "World Food Programme said"); a lone first name, or a
 *                   name before "who" or "himself", is a person; other single-word people are
 *                   caught by the surname rule below
 *   4. org-cue    — a name after "carrier", "lender" … or before "group", "shares" … is an
 *                   organisation; then locative: a name after "in", "at", "from", "near" … is a place,
 *                   or after "the village of", "north of" …, or before ", <listed country or state>",
 *                   or before "region", "province" …; an apposition types the name before it
 *                   (", a Swiss chipmaker", ", a village near …", " is a village"), and an age
 *                   between commas marks a person ("Kowalczyk, 45,")
 *   5. first-name — a lone first name ("Angelo") is a person, unless it is also an ordinary word
 *                   ("Rock") or follows "the" ("the West")
 *   6. name-shape — two or more capitalised words that are not ordinary English are a person
 *   7. the-name   — one such word after "the" is an organisation ("the Pentagon"), and so is a
 *                   name typed a person by its shape alone ("the Fairfax Connector")
 * A town that is a club in a results table is typed ORG throughout, before all of these.
 * Candidates that open a sentence with no evidence but their shape are dropped, unless every
 * word is unknown to the English lexicon ("Nvidia shares fell"). A name typed by its context
 * (rules 1 and 4) passes that type to its mentions typed by shape alone (5–7) or dropped
 * (`consistent-context`; never to a first name and surname). Then over all candidates:
 *   8. surname    — a name whose last word ends a full PERSON name in the article is that
 *                   person, linked to the nearest such full name before it; a place or body
 *                   typed by context that the article or the corpus shows to be a person is one
 *                   (`person-over-place`, `person-over-body`); a lone first name that opens one
 *                   person's full name is that person (`given-name`)
 *   9. hyphen     — a compound whose parts are known names yields them: "Trump-Putin summit"
 */
import type { EntityType } from '../model.js';
import { hasClubCue } from './club-cue.js';
import { hasCommonLowerCase, isFirstTaggedNoun, isOrdinaryWord, isTaggedProperNoun, isUnknownWord } from './lexicons/english.js';
import {
  isCompanyHolding, isCompanyPossession, isFirstName, isOrgHead, isOrganisationCue, isOrganisationNoun, isPersonVerb, isPlaceNounAfter, isPlaceNounBeforeOf,
  isAmbiguousCompany, isPersonHolding, isRoleCue, lookup,
} from './gazetteer.js';
import { identityKey, nameKey } from './identity.js';
import type { KnownName, KnownNames } from './known-names.js';
import { ENTITY_RULES, type EntityRule } from './rules.js';
import type { Candidate } from './segment.js';
import { NAME_SUFFIX, wordAfter, wordBefore } from './words.js';

export interface Resolved extends Candidate {
  type: EntityType;
  /** For a short form, the full name (surface) it stands for. */
  fullName?: string;
}

const LOCATIVE_WORDS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'in', 'at', 'from', 'near', 'outside', 'inside', 'into', 'across', 'throughout', 'towards', 'toward',
]);
/** "(ISW)", also tokenised as "( ISW )". */
const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}[\p{Lu}\d&]+)\s*\)/u;
/** Words after a name that only a person takes. */
const PERSONAL_WORDS = new Set(['who', 'whose', 'himself', 'herself']);
/** "Kowalczyk, 45, said": an age between commas follows only a person. */
const AGE_AFTER = /^[ \t]*,[ \t]*\d{1,2}[ \t]*,/;
/** ", a Swiss chipmaker", " is a village": up to four words after a comma or "is"/"was" and an article. */
const APPOSITION = /^[ \t]*(?:,|(?:,[ \t]*)?(?:is|was))[ \t]+(?:a|an|the)[ \t]+((?:[\p{Ll}\p{Lu}'’-]+[ \t]+){0,3}\p{Ll}+)/u;
const APPOSITION_CHARS = 60;
/** A possessive ending, also split off as a token ("Zentrova 's"). */
const POSSESSIVE = /^ ?['’]s(?= )/;
const POSSESSIVE_CHARS = 4;
/** "the village of ", "a stake in ": the noun before the preposition right before a name. */
const NOUN_PREPOSITION = /(?<!\p{L})(\p{L}+)[ \t]+(?:of|in)[ \t]+$/u;
/** ", Lancashire", ", England": a listed region, state or country after a comma. */
const COMMA_PLACE = /^[ \t]*,[ \t]*(\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*)?)(?![\p{L}'’-])/u;
/** Lists whose names, after a comma, say that the name before them is a place inside them. */
const CONTAINING_LISTS = new Set(['country', 'us-state', 'region']);

/**
 * The type an apposition or a copula gives the name before it: "Zentrova, a Swiss chipmaker" (ORG),
 * "Ostrowke, a village near …" (GPE), "Kowalczyk, the team's coach" (PERSON); the head noun is
 * looked for among the first few words after the article.
 */
function appositionType(text: string, end: number): EntityType | undefined {
  const words = APPOSITION.exec(text.slice(end, end + APPOSITION_CHARS))?.[1]?.split(/[ \t]+/);
  for (const word of words ?? []) {
    if (isOrganisationCue(word)) return 'ORG';
    if (isPlaceNounAfter(word)) return 'GPE';
    if (isRoleCue(word)) return 'PERSON';
  }
  return undefined;
}

/** The lower-case word before the preposition right before `start`: "stake" in "a stake in X", "village" in "the village of X". */
function nounBeforePreposition(text: string, start: number): string {
  return NOUN_PREPOSITION.exec(text.slice(Math.max(0, start - CONTEXT_CHARS), start))?.[1]?.toLowerCase() ?? '';
}

/** The lower-case word after a possessive ending at `end` ("Zentrova's shares" → "shares"), or ''. */
function wordAfterPossessive(text: string, end: number): string {
  const ending = POSSESSIVE.exec(text.slice(end, end + POSSESSIVE_CHARS))?.[0];
  return ending ? wordAfter(text, end + ending.length) : '';
}

/** "Debden, England": the name before is a place in the listed place after the comma. */
function isInPlace(text: string, end: number): boolean {
  const place = COMMA_PLACE.exec(text.slice(end, end + CONTEXT_CHARS))?.[1];
  if (!place) return false;
  const entry = lookup(place) ?? lookup(place.split(/[ \t]/)[0] ?? '');
  return entry !== undefined && CONTAINING_LISTS.has(entry.list);
}

/** A capitalised plural ("Falcons", "Stooges"): after "the", a team or a band. */
const PLURAL_NAME = /^\p{Lu}\p{Ll}+[^s]s$/u;
/** The rule that found a town used as a club's name in a results table. */
const TABLE_RULE = 'results-table';
/** Local rules whose typing of a hyphenated name is trusted. */
const STRONG_RULES = new Set(['title', 'role-cue', 'first-name', 'org-head', 'place-head']);
/** Rules that typed a name from the words around it, strong enough to type its other mentions. */
const CONTEXT_RULES = new Set(['age', 'locative', 'place-of', 'comma-place', 'place-noun', 'apposition', 'org-cue', 'acronym-definition']);
/** Rules that typed a name from its shape alone, which context elsewhere in the article overrides. */
const SHAPE_RULES = new Set(['first-name', 'name-shape', 'the-name']);
/** Rules whose type a name on record may overrule: shape alone, a speech verb, a headline capital. */
const OPEN_RULES: ReadonlySet<EntityRule> = new Set<EntityRule>(['name-shape', 'the-name', 'said-cue', 'headline-word', 'name']);
/** Words that put a listed place somewhere a person is not: "flew to Fresno", "in Austin". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([...LOCATIVE_WORDS, 'to', 'via', 'around', 'within', 'beyond', 'through']);
/** Rules that typed a name a place or body from the words around a mention, which a person's evidence outweighs. */
const WEAK_TYPE_RULES: ReadonlySet<EntityRule> = new Set<EntityRule>(['locative', 'consistent', 'consistent-context', 'comma-place', 'place-of', 'org-cue', 'the-name', 'said-cue']);
/** Rules that type a lone word a person from what only a person has: a title, a role word, an age, an apposition, a speech verb's person ("X himself"). */
const PERSON_EVIDENCE_RULES: ReadonlySet<EntityRule> = new Set<EntityRule>(['title', 'role-cue', 'age', 'apposition', 'said-cue']);
/** Capitals only, with dots, hyphens or digits at most ("AFL-CIO", "D.C."): initials, never a person's name. */
const ACRONYM_NAME = /^[\p{Lu}\d&.-]+$/u;
/** A comma right before a name: the word before it belongs to another clause ("as results rolled in, X said"). */
const COMMA_BEFORE = /,[ \t]*$/;
/** A possessive ending, with or without the s ("X's", "Sanders'"), or a lower-case noun after the name: "in X's plans", "in X world". */
const MODIFIER_AFTER = /^(?:['’]s?(?=[ \t])|[ \t]+(\p{Ll}+))/u;

function isModifier(text: string, end: number): boolean {
  const after = MODIFIER_AFTER.exec(text.slice(end, end + CONTEXT_CHARS));
  return after !== null && (after[1] === undefined || isFirstTaggedNoun(after[1]));
}

/** Name keys the article types a person: by a person's evidence (`strong`), or by a full name's shape alone (`shaped`). */
interface PersonalNames {
  strong: ReadonlySet<string>;
  shaped: ReadonlySet<string>;
}

/** Locative words that put a name somewhere, whatever person has that name. */
const INSIDE_WORDS: ReadonlySet<string> = new Set(['in', 'inside', 'outside', 'near', 'across', 'throughout', 'within']);
/** Locative words a person may follow too ("a letter from Barzani", "aimed at Barzani"). */
const PERSON_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'at']);
/** Gazetteer lists of places that are also surnames ("Obama", "Austin", "Jordan"). */
const PLACE_LISTS: ReadonlySet<EntityRule> = new Set<EntityRule>(['city', 'us-state', 'country']);
/** Characters read after a name for its acronym in brackets. */
const CONTEXT_CHARS = 24;

/** The word a short form would repeat: the last, skipping "Jr." and the like. */
function surnameOf(words: readonly string[]): string {
  const last = words.at(-1) ?? '';
  return NAME_SUFFIX.test(last) && words.length > 2 ? (words.at(-2) ?? '') : last;
}

/** A word the lexicon knows only as a proper noun ("Xiao", "Nvidia"): a name, wherever it stands. */
const isOnlyProperNoun = (word: string): boolean => isTaggedProperNoun(word) && !hasCommonLowerCase(word);

interface Evidence {
  /** Acronym → the long form defined with it: "Institute for the Study of War (ISW)". */
  acronyms: Map<string, Candidate>;
  /** Name key (case and spelling folded: "UNITED" finds "United") → the type it was given. */
  typed: Map<string, EntityType>;
}

function collectEvidence(text: string, candidates: readonly Candidate[]): Evidence {
  const acronyms = new Map<string, Candidate>();
  const typed = new Map<string, EntityType>();
  for (const pass of [false, true]) {
    for (const c of candidates) {
      const key = nameKey(c.surface);
      if (!c.type || c.opener !== pass || typed.has(key)) continue;
      typed.set(key, c.type);
      const defined = ACRONYM_AFTER.exec(text.slice(c.end, c.end + CONTEXT_CHARS))?.[1];
      if (defined && c.words.length > 1) acronyms.set(defined, c);
    }
  }
  return { acronyms, typed };
}

/** Types one untyped candidate, or returns undefined to drop it. */
function typeUntyped(text: string, c: Candidate, evidence: Evidence): Resolved | undefined {
  const defined = evidence.acronyms.get(c.surface)?.type;
  if (defined) return { ...c, type: defined, rule: 'acronym-definition' };
  const typed = evidence.typed.get(nameKey(c.surface));
  if (typed) return { ...c, type: typed, rule: 'consistent' };
  const single = c.words.length === 1;
  const after = wordAfter(text, c.end);
  if (isPersonVerb(after)) {
    /** "Ilona who", "Kowalczyk himself": only a person; a lone first name before "said" is one too. */
    const personal = PERSONAL_WORDS.has(after) && !c.words.some(isOrdinaryWord);
    const firstName = single && isFirstName(c.surface) && !hasCommonLowerCase(c.surface);
    const nameLike = personal || firstName || (!single && !c.words.some((w) => hasCommonLowerCase(w) && !isFirstName(w)));
    /** "Police said", "Analysts said": a lone common word before a speech verb is a noun, unless it is also a company's name. */
    if (single && !nameLike && hasCommonLowerCase(c.surface) && !isAmbiguousCompany(c.surface)) return undefined;
    return { ...c, type: nameLike ? 'PERSON' : 'ORG', rule: 'said-cue' };
  }
  const before = wordBefore(text, c.start, 0);
  const twoBack = before === 'in' || before === 'of' ? nounBeforePreposition(text, c.start) : '';
  const companyCue = isCompanyPossession(wordAfterPossessive(text, c.end)) || isCompanyHolding(twoBack);
  if (companyCue || hasClubCue(text, c.start) || isOrganisationCue(before) || isOrganisationNoun(after)) return { ...c, type: 'ORG', rule: 'org-cue' };
  if (LOCATIVE_WORDS.has(before)) return { ...c, type: 'GPE', rule: 'locative' };
  if (before === 'of' && isPlaceNounBeforeOf(twoBack)) return { ...c, type: 'GPE', rule: 'place-of' };
  if (AGE_AFTER.test(text.slice(c.end, c.end + CONTEXT_CHARS))) return { ...c, type: 'PERSON', rule: 'age' };
  const apposed = appositionType(text, c.end);
  if (apposed) return { ...c, type: apposed, rule: 'apposition' };
  if (isInPlace(text, c.end)) return { ...c, type: 'GPE', rule: 'comma-place' };
  if (isPlaceNounAfter(wordAfter(text, c.end))) return { ...c, type: 'LOC', rule: 'place-noun' };
  const afterThe = before === 'the';
  const loneFirstName = single && !afterThe && isFirstName(c.surface) && !isOrdinaryWord(c.surface) && !hasCommonLowerCase(c.surface);
  if (loneFirstName) return { ...c, type: 'PERSON', rule: 'first-name' };
  /** "the Army", "the League": an organisation head standing for the body named before; "the Falcons": a team or band. */
  if (afterThe && single && (isOrgHead(c.surface) || PLURAL_NAME.test(c.surface))) return { ...c, type: 'ORG', rule: 'the-name' };
  if (c.opener && !c.words.every((w) => isUnknownWord(w) || (!single && isOnlyProperNoun(w)))) return undefined;
  if (c.words.some((w) => isOrdinaryWord(w) || hasCommonLowerCase(w))) return undefined;
  if (!single) return { ...c, type: 'PERSON', rule: 'name-shape' };
  return afterThe ? { ...c, type: 'ORG', rule: 'the-name' } : undefined;
}

/**
 * "Xiao said" after "Xiao Qiang": a lone word a speech verb (or a person rule) marks, that opens
 * a two-word person name and is no surname in the article, is that person, named family name first.
 */
function familyName(c: Candidate, familyNames: ReadonlyMap<string, Resolved>, surnames: ReadonlyMap<string, readonly Resolved[]>): Resolved | undefined {
  if (c.words.length !== 1 || (c.rule !== 'said-cue' && !(c.type === 'PERSON' && c.rule !== 'name-shape'))) return undefined;
  const key = nameKey(c.surface);
  const person = surnames.has(key) ? undefined : familyNames.get(key);
  return person && person.start < c.start ? { ...c, type: 'PERSON', rule: ENTITY_RULES.surname, fullName: person.surface } : undefined;
}

/**
 * "Ivo" after "Ivo Marsh": a lone first name (typed by its shape or a speech verb) that opens the
 * full name of one person in the article, and is no surname there, is that person.
 */
function givenName(c: Candidate, givenNames: ReadonlyMap<string, readonly Resolved[]>, surnames: ReadonlyMap<string, readonly Resolved[]>): Resolved | undefined {
  if (c.words.length !== 1 || !isFirstName(c.surface)) return undefined;
  if (!(c.type === undefined || (c.type === 'PERSON' && (c.rule === 'first-name' || c.rule === 'said-cue')))) return undefined;
  const key = nameKey(c.surface);
  const people = surnames.has(key) ? undefined : givenNames.get(key);
  const full = people?.[0];
  if (!full || people.some((p) => nameKey(p.surface) !== nameKey(full.surface))) return undefined;
  return { ...c, type: 'PERSON', rule: ENTITY_RULES.givenName, fullName: full.surface };
}

/** A name's first word that may be a family name: no first name, title, place or English word. */
function isFamilyNameFirst(word: string): boolean {
  return word.length > 1 && !isFirstName(word) && !word.endsWith('.') && lookup(word) === undefined && !isRoleCue(word.toLowerCase()) &&
    !isOrdinaryWord(word) && !hasCommonLowerCase(word);
}

/** Splits a hyphenated compound into the parts that are known names. */
function splitCompound(c: Candidate, known: ReadonlyMap<string, EntityType>): Resolved[] {
  const parts: Resolved[] = [];
  c.words.forEach((word, k) => {
    const span = c.wordSpans[k];
    const type = known.get(word);
    if (span && type) {
      parts.push({ ...c, ...span, type, rule: 'hyphen', surface: word, words: [word], wordSpans: [span], hyphenated: false });
    }
  });
  return parts;
}

/** Types every candidate it can and drops the rest; candidates must be in text order. */
export function resolveCandidates(text: string, candidates: readonly Candidate[], onRecord?: KnownNames): Resolved[] {
  const evidence = collectEvidence(text, candidates);
  /** Typed candidates, and untyped ones kept in case they are a surname (type undefined). */
  /** A name that is a club in a results table is that club everywhere in the article. */
  const clubs = new Set(candidates.filter((c) => c.rule === TABLE_RULE).map((c) => c.surface));
  const typedOnce = candidates.map((c): Candidate => {
    if (clubs.has(c.surface) && c.type !== 'ORG') return { ...c, type: 'ORG', rule: 'club-consistent' };
    const typed = c.type ? { ...c, type: c.type } : typeUntyped(text, c, evidence) ?? c;
    /** "the Fairfax Connector", "the West Coast Eagles": people do not take "the"; a name shaped like one there is an organisation (one opening with a first name stays a person: "the Jane Doe case"). */
    const personal = typed.rule === 'first-name' && !PLURAL_NAME.test(typed.words.at(-1) ?? '');
    const theName = typed.type === 'PERSON' && SHAPE_RULES.has(typed.rule) && !personal && wordBefore(text, c.start, 0) === 'the';
    return theName ? { ...typed, type: 'ORG', rule: 'the-name' } : typed;
  });
  const firstPass = spreadContextTypes(candidates, typedOnce);

  /** Surname (its spelling key: "Zelenskiy" finds "Zelenskyy") → the full PERSON names ending in it, in text order. */
  const surnames = new Map<string, Resolved[]>();
  const known = new Map<string, EntityType>();
  /** First word of a two-word PERSON name that may be a family name → that person. */
  const familyNames = new Map<string, Resolved>();
  /** First word of a full PERSON name → those names, for a lone first name (`givenName`). */
  const givenNames = new Map<string, Resolved[]>();
  for (const r of firstPass) {
    if (!isResolved(r)) continue;
    if (r.type === 'PERSON' && r.words.length > 1 && !splittable(r)) {
      const surname = surnameOf(r.words);
      const key = nameKey(surname);
      const people = surnames.get(key);
      if (people) people.push(r);
      else surnames.set(key, [r]);
      known.set(surname, 'PERSON');
      /** "Xiao Qiang" … "Xiao said": a first word no first-name list knows may be the family name, written first. */
      const first = r.words[0] ?? '';
      const given = givenNames.get(nameKey(first));
      if (given) given.push(r);
      else givenNames.set(nameKey(first), [r]);
      if (r.words.length === 2 && isFamilyNameFirst(first)) {
        const firstKey = nameKey(first);
        if (!familyNames.has(firstKey)) familyNames.set(firstKey, r);
      }
    } else if (r.words.length === 1 && !known.has(r.surface)) known.set(r.surface, r.type);
  }

  /**
   * Names the article types a person (`personOverContext`): by evidence only a person has, or as
   * a full name opening with a first name (strong); by the shape of a full name alone (weak).
   */
  const personal = { strong: new Set<string>(), shaped: new Set<string>() };
  for (const r of firstPass) {
    if (r.type !== 'PERSON') continue;
    if (PERSON_EVIDENCE_RULES.has(r.rule) || (r.words.length > 1 && r.rule === 'first-name')) personal.strong.add(nameKey(r.surface));
    else if (r.words.length > 1 && r.rule === 'name-shape') personal.shaped.add(nameKey(r.surface));
  }

  const out: Resolved[] = [];
  for (const c of firstPass) {
    const parts = splittable(c) && c.type !== 'ORG' ? splitCompound(c, known) : [];
    for (const part of parts.length > 0 ? parts : [c]) {
      const longForm = evidence.acronyms.get(part.surface);
      const linked = longForm?.type ? { ...part, type: longForm.type, fullName: longForm.canonical ?? longForm.surface } : familyName(part, familyNames, surnames) ?? givenName(part, givenNames, surnames) ?? linkSurname(text, part, surnames, personal, onRecord);
      if (linked) out.push(linked);
    }
  }
  return out;
}

/**
 * Document-level consistency from context: a name that the words around one of its mentions
 * typed ("to Harrison", "Harrison, Ohio", "lender Harrison") keeps that type where another
 * mention had only its shape to go on (a lone first name, a capitalised pair) or nothing at
 * all (a sentence opener). The first such context in the article wins.
 */
function spreadContextTypes(candidates: readonly Candidate[], typed: readonly Candidate[]): Candidate[] {
  const byContext = new Map<string, EntityType>();
  for (const c of typed) {
    if (!c.type || !CONTEXT_RULES.has(c.rule)) continue;
    const key = nameKey(c.surface);
    if (!byContext.has(key)) byContext.set(key, c.type);
  }
  if (byContext.size === 0) return [...typed];
  return typed.map((c, k) => {
    /** A first name and a surname ("Jeb Doe") is a person, whatever "toward Jeb Doe" made of another mention. */
    const open = !c.type || (SHAPE_RULES.has(c.rule) && !(c.rule === 'first-name' && c.words.length > 1));
    const type = open ? byContext.get(nameKey(c.surface)) : undefined;
    return type && type !== c.type ? { ...(candidates[k] ?? c), type, rule: 'consistent-context' } : c;
  });
}

/**
 * A hyphenated compound the local rules could not type ("Trump-Putin") may be two names; one
 * they typed ("chief executive Lip-Bu Tan", "US-Russian" parts) stays as it is.
 */
function splittable(c: Candidate): boolean {
  return c.hyphenated && !c.canonical && !STRONG_RULES.has(c.rule);
}

function isResolved(c: Candidate): c is Resolved {
  return c.type !== undefined;
}

/**
 * A place or body typed only by the words around one of its mentions ("toward X", "X, Ohio",
 * "the X camp", "X said", or another mention's such context) or by a place list, that is a
 * person by the article's evidence: the full name the article gives ("Obama" after "Barack
 * Obama"), or the same name typed a person by a title, a role word, an age or an apposition
 * ("Ms. X", "X, 52,"). A name on no list is also a person when the corpus has it on record as
 * one ("Trump" in an article that never names him in full). A word that puts the name somewhere
 * keeps it a place ("in X"; for a listed place also "to X"), and a listed place needs the
 * article's evidence.
 */
function personOverContext(text: string, c: Candidate, people: readonly Resolved[] | undefined, personal: PersonalNames, known: KnownNames | undefined): Resolved | undefined {
  if (c.type !== 'GPE' && c.type !== 'LOC' && c.type !== 'ORG') return undefined;
  if (!PLACE_LISTS.has(c.rule) && !WEAK_TYPE_RULES.has(c.rule)) return undefined;
  /** Only the lists of places that are also surnames; a listed region or body is what its list says. */
  const entry = lookup(c.surface);
  if (entry && !PLACE_LISTS.has(entry.list)) return undefined;
  const rule = c.type === 'ORG' ? ENTITY_RULES.personOverBody : ENTITY_RULES.personOverPlace;
  const single = c.words.length === 1;
  const full = single && people ? nearestBefore(people, c.start) ?? people[0] : undefined;
  const inList = entry !== undefined;
  const before = wordBefore(text, c.start, 0);
  /**
   * "to Austin" puts a listed place somewhere; a one-word name on no list only "in X", "near X"
   * right before it, and not as a modifier ("in X's plans", "in X world"); "toward X" suits a
   * person, and so does "in" before a person's full name ("a leader in Jo Doe").
   */
  const placed = inList
    ? (c.rule === 'locative' ? !PERSON_PREPOSITIONS.has(before) : PLACE_PREPOSITIONS.has(before))
    : single && INSIDE_WORDS.has(before) && !COMMA_BEFORE.test(text.slice(Math.max(0, c.start - CONTEXT_CHARS), c.start)) && !isModifier(text, c.end);
  if (placed) return undefined;
  /** A body's name that is a surname of the article goes to its full name by the surname rule (`linkSurname`). */
  if (full) return c.type === 'ORG' ? undefined : { ...c, type: 'PERSON', rule, fullName: full.surface };
  /** "the X administration", "the X aide" are a person's; "the X" alone, or "the X case", the body or thing it says. */
  if (c.rule === 'the-name' && !isPersonHolding(wordAfter(text, c.end))) return undefined;
  /** A listed place needs more than the shape of a name elsewhere ("Boca Raton" typed a person once). */
  const key = nameKey(c.surface);
  const evidence = personal.strong.has(key) || (!inList && personal.shaped.has(key));
  /** "X said" with only a record to go on is the names on record's to settle (`knownName`). */
  const onRecord = known && (evidence || !inList) && c.rule !== 'said-cue' ? personOnRecord(c, known) : undefined;
  if (!evidence && !onRecord) return undefined;
  const linked: Resolved = { ...c, type: 'PERSON', rule };
  if (onRecord && onRecord.name !== c.surface) linked.fullName = onRecord.name;
  return linked;
}

/**
 * The person on record a name stands for: the same name, or the person its surname gives
 * (`KnownNames.personWithSurname`); a body or place on record by that name stays one. Only a
 * record shaped like a person's name counts here (a full name opening with no English word, or
 * a lone first name), so a slogan once mistyped a person ("Stop Doe") does not spread, nor
 * does an acronym.
 */
function personOnRecord(c: Candidate, known: KnownNames): KnownName | undefined {
  /** An English word ("Campaign", "District") is a surname on record only where the article says so. */
  if (ACRONYM_NAME.test(c.surface) || (c.words.length === 1 && isOrdinaryWord(c.surface))) return undefined;
  const named = known.named(c.surface);
  /** A full name whose surname stands for it on record is that person too ("Jo Doe" when "Doe" gives Jo Doe). */
  const surnamed = named ? undefined : known.personWithSurname(surnameOf(c.words));
  const person = named ?? (surnamed && (c.words.length === 1 || nameKey(surnamed.name) === nameKey(c.surface)) ? surnamed : undefined);
  const words = person?.name.split(' ') ?? [];
  const personShaped = words.length > 1 ? !isOrdinaryWord(words[0] ?? '') : isFirstName(c.surface);
  return person?.type === 'PERSON' && personShaped ? person : undefined;
}

/**
 * Links a short form to the nearest full name before it that ends in the same word; a place
 * or body the article's evidence shows to be a person is that person (`personOverContext`).
 * With no such person in the article, the names on record settle what the article left open.
 */
function linkSurname(text: string, c: Candidate, surnames: ReadonlyMap<string, readonly Resolved[]>, personal: PersonalNames, known: KnownNames | undefined): Resolved | undefined {
  const person = personOverContext(text, c, surnames.get(nameKey(c.surface)), personal, known);
  if (person) return person;
  if (isResolved(c) && c.words.length > 1 && c.type === 'PERSON') return surnameOfWords(c, surnames) ?? c;
  if (c.type === 'GPE' || c.type === 'NORP') return isResolved(c) ? c : undefined;
  const namesakes = surnames.get(nameKey(surnameOf(c.words)));
  const nearest = namesakes ? nearestBefore(namesakes, c.start) ?? namesakes[0] : undefined;
  if (!nearest) return (known && knownName(c, known)) ?? (isResolved(c) ? c : undefined);
  /** "Bill Clinton" after "Hillary Clinton": a full name with another first name is another person of that surname. */
  if (!sameFirstName(c.surface, nearest.surface)) return { ...c, type: 'PERSON', rule: ENTITY_RULES.surname };
  const rule = !c.type || c.rule === 'name-shape' || c.rule === 'said-cue' ? 'surname' : c.rule;
  return { ...c, type: 'PERSON', rule, fullName: nearest.surface };
}

/**
 * "Ortega Smythe" after "Lina Ortega Smythe": a name of several words that ends the longer full
 * name of a person in the article, and opens with no first name, is that person's surname of
 * two words (or more) alone; linked to the nearest such full name before it.
 */
function surnameOfWords(c: Resolved, surnames: ReadonlyMap<string, readonly Resolved[]>): Resolved | undefined {
  if (isFirstName(c.words[0] ?? '')) return undefined;
  const tail = ` ${nameKey(c.surface)}`;
  const longer = surnames.get(nameKey(surnameOf(c.words)))?.filter((p) => p.words.length > c.words.length && nameKey(p.surface).endsWith(tail));
  const full = longer && longer.length > 0 ? nearestBefore(longer, c.start) ?? longer[0] : undefined;
  return full ? { ...c, rule: ENTITY_RULES.surname, fullName: full.surface } : undefined;
}

/** Whether a short form may stand for `full`: it is a surname alone (after titles) or opens with the same first name. */
function sameFirstName(short: string, full: string): boolean {
  const words = identityKey(short, 'PERSON').split(' ');
  return words.length === 1 || words[0] === identityKey(full, 'PERSON').split(' ')[0];
}

/** The last of `people` (in text order) that starts before `start`, by binary search. */
function nearestBefore(people: readonly Resolved[], start: number): Resolved | undefined {
  let low = 0;
  let high = people.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((people[mid]?.start ?? Infinity) < start) low = mid + 1;
    else high = mid;
  }
  return people[low - 1];
}

/**
 * A name the article left open (untyped, or typed by its shape or a speech verb alone) that the
 * corpus has on record: the same name or alias, or the surname of one person on record.
 */
function knownName(c: Candidate, known: KnownNames): Resolved | undefined {
  const open = c.type === undefined || OPEN_RULES.has(c.rule);
  if (!open && c.type !== 'PERSON') return undefined;
  const named = known.named(c.surface);
  const found = named ?? (c.words.length === 1 ? known.personWithSurname(c.surface) : undefined);
  /** A lone surname the article typed a person ("envoy Vitkoff") keeps its rule and links to the person on record. */
  if (!found || (!open && found.type !== 'PERSON')) return undefined;
  const linked: Resolved = { ...c, type: found.type, rule: open ? ENTITY_RULES.knownName : c.rule };
  if (found.name !== c.surface) linked.fullName = found.name;
  return linked;
}
