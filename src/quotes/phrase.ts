import { BETWEEN_SPEAKER_AND_CUE, DETERMINERS, MEDIA_NAMES, PRONOUNS, ROLE_NOUNS, TITLE_WORDS, type RoleKind } from './lexicons/speakers.js';
import { NOT_NAME_WORDS } from './lexicons/not-names.js';
import { afterDateline, isCapitalized, isPossessive, withoutPossessive, type Token } from './tokens.js';
import { ATTACHED_PARTICLE_PATTERN, isNameParticle } from '../lexicons/name-particles.js';

/** What the words pointing at a speaker are: a name, a pronoun, or a description. */
export type PhraseKind = 'name' | 'pronoun' | 'role';

/** A speaker phrase as token indices (end exclusive) into the token list. */
export interface SpeakerPhrase {
  kind: PhraseKind;
  first: number;
  end: number;
  /** The name part (`Dmitry Peskov` in `Kremlin spokesman Dmitry Peskov`), when there is one. */
  nameFirst?: number;
  nameEnd?: number;
  /** Title or description (`Kremlin spokesman`, `top Kremlin aide`). */
  role?: string;
  /** For role phrases: what the head noun names, and whether it is definite ("the official"). */
  roleKind?: RoleKind;
  head?: string;
  definite?: boolean;
}

/** Longest name, in words, taken as one person's name (`Abu Bakr al Baghdadi`). */
const MAX_NAME_WORDS = 4;
/** Longest name of an institution, in words (`U.S. Food and Drug Administration` reads as its last four). */
const MAX_ORG_WORDS = 5;
/** Longest description before a name or role head, in words. */
const MAX_ROLE_WORDS = 7;
/** Surnames with a lower-case particle joined by a hyphen or apostrophe: al-Ansari, d'Estaing. */
const PARTICLE_NAME = new RegExp(`^(?:${ATTACHED_PARTICLE_PATTERN})[-'’]\\p{Lu}`, 'u');
/** "the 45-year-old said": an age standing for a person named before. */
const AGE_DESCRIPTION = /^\d+-year-old$/;
/** Demonyms used as a definite description of a person: "the Belarusian", "the Spaniard". */
const DEMONYM = /(?:ian|ean|ese|ard|ish|ite)$/;
/** Words that join a head to what it belongs to: "analysts at Goldman Sachs", "Zeke Hausfather of Berkeley Earth", "a spokesman for the mayor". */
const LINKING_PREPOSITIONS = new Set(['of', 'at', 'from', 'with', 'in', 'for']);
/** Words that open a post-modifier of a source: "two sources briefed on the talks", "people familiar with …". */
const POST_MODIFIER_OPENERS = new Set(['briefed', 'familiar', 'close', 'involved', 'knowledgeable', 'aware', 'speaking', 'with', 'who', 'at', 'from', 'in', 'of', 'on']);
/** Farthest back a post-modified source's head noun may stand, in tokens. */
const MAX_POST_MODIFIER_TOKENS = 8;
/** Determiners that, right after a verb, start a clause rather than a speaker phrase ("said that …"). */
const NOT_OBJECT_DETERMINERS = new Set(['that', 'this', 'these', 'those']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its']);

/** Initials as one token (`U.S.`); such a token always ends in its period, checked first as it is cheaper. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Capitalised words that are no names, in one set so that a word is looked up once. */
const NOT_NAMES_OR_PRONOUNS: ReadonlySet<string> = new Set([...NOT_NAME_WORDS, ...PRONOUNS.keys()]);
/** Titles and role nouns, in one set for isTitle. */
const TITLES_OR_ROLES: ReadonlySet<string> = new Set([...TITLE_WORDS, ...ROLE_NOUNS.keys()]);

function isNameWord(token: Token | undefined): boolean {
  if (!token || token.quote) return false;
  // A particle name (al-Ansari) starts in lower case; a capitalised word never matches it.
  if (!isCapitalized(token)) return PARTICLE_NAME.test(token.text);
  return !NOT_NAMES_OR_PRONOUNS.has(token.lower);
}

/** "spokeswoman He Yadong": a capitalised pronoun between a title and a name is a surname. */
function isSurnameLikePronoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  return token !== undefined && before !== undefined && token.text !== token.lower && PRONOUNS.has(token.lower) && isTitle(before);
}

/** A capitalised institution noun ending a proper name: "Environment Programme", "Foreign Ministry". */
function isInstitution(token: Token): boolean {
  const kind = ROLE_NOUNS.get(token.lower);
  return kind === 'body' || kind === 'media';
}

function isTitle(token: Token): boolean {
  return TITLES_OR_ROLES.has(token.lower);
}

/** A word that can describe a speaker before the name or head: titles, capitalised modifiers, possessives. */
function isModifier(token: Token | undefined): boolean {
  if (!token || token.quote) return false;
  if (isPossessive(token)) return isCapitalized(token) || DEFINITE.has(withoutPossessive(token.lower));
  return isTitle(token) || (isCapitalized(token) && !NOT_NAME_WORDS.has(token.lower)) || (token.text.endsWith('.') && INITIALS.test(token.text));
}

const COUNT = /^\d[\d,.]*$/;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** "senators", "candidates", "mayors": plurals of a person's role, each a group of people (#10); made once, looked up once a word. */
const PLURAL_PERSON_ROLES: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS].filter(([, kind]) => kind === 'person').flatMap(([noun]) => [`${noun}s`, `${noun}es`]).filter((plural) => !ROLE_NOUNS.has(plural)),
);

function pluralOfPerson(lower: string): RoleKind | undefined {
  return PLURAL_PERSON_ROLES.has(lower) ? 'people' : undefined;
}

/** Parses the speaker phrase that ends at token `last` (inclusive), reading leftwards. */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | null {
  const token = tokens[last];
  if (!token || last < floor) return null;
  if (PRONOUNS.has(token.lower) && !token.quote) return { kind: 'pronoun', first: last, end: last + 1 };
  let first = last;
  const described = AGE_DESCRIPTION.test(token.lower) || (isNameWord(token) && !isTitle(token) && DEMONYM.test(token.lower) && !MEDIA_NAMES.has(token.lower));
  if (described && tokens[last - 1]?.lower === 'the' && last - 1 >= floor) {
    return { kind: 'role', first: last - 1, end: last + 1, roleKind: 'person', head: token.lower, definite: true };
  }
  if (isNameWord(token) && isInstitution(token) && isNameWord(tokens[last - 1]) && last - 1 >= floor) {
    while (first - 1 >= floor && last - first + 1 < MAX_ORG_WORDS && isNameWord(tokens[first - 1]) && !isPossessive(tokens[first - 1])) first--;
    const role = extendLeft(tokens, first, floor);
    return { kind: 'name', first: role.det ? role.first : first, end: last + 1, nameFirst: first, nameEnd: last + 1 };
  }
  if (isNameWord(token) && !isTitle(token)) {
    while (first - 1 >= floor && last - first + 1 < MAX_NAME_WORDS) {
      const prev = tokens[first - 1];
      if (isNameWord(prev) && !isTitle(prev!) && !isPossessive(prev)) first--;
      else if (prev && isNameParticle(prev.text) && isNameWord(tokens[first - 2])) first -= 2;
      else if (isSurnameLikePronoun(tokens, first - 1)) first--;
      else break;
    }
    const role = extendLeft(tokens, first, floor);
    return withRole({ kind: 'name', first: role.first, end: last + 1, nameFirst: first, nameEnd: last + 1 }, tokens, role);
  }
  const roleKind = ROLE_NOUNS.get(token.lower) ?? pluralOfPerson(token.lower) ?? (isCapitalized(token) && TITLE_WORDS.has(token.lower) ? 'person' : undefined);
  if (!roleKind) return null;
  const role = extendLeft(tokens, last, floor, true);
  const definite = role.det && !role.owned && DEFINITE.has(tokens[role.first]!.lower);
  return withRole({ kind: 'role', first: role.first, end: last + 1, roleKind, head: token.lower, definite }, tokens, role);
}

/**
 * The speaker phrase that ends at token `last`, widened to what news copy hangs on it:
 * "one of the sources", "analysts at Goldman Sachs" (a role and what it belongs to), "Zeke
 * Hausfather of Berkeley Earth" (the person, not the institute), and sources with a
 * post-modifier ("two sources briefed on the negotiations").
 */
export function subjectEndingAt(tokens: readonly Token[], end: number, floor: number): SpeakerPhrase | null {
  const last = tokens[end]?.text === ')' ? beforeParenthesis(tokens, end, floor) : end;
  const phrase = phraseEndingAt(tokens, last, floor);
  if (!phrase) return postModifiedSource(tokens, last, floor);
  if (phrase.kind === 'pronoun') return phrase;
  const link = tokens[phrase.first - 1];
  if (phrase.kind === 'role' && link?.lower === 'of' && tokens[phrase.first - 2]?.lower === 'one' && phrase.first - 2 >= floor) {
    // "one of the officials" is one person, whom "the official" later refers back to.
    const { role: _described, ...rest } = phrase;
    return { ...rest, first: phrase.first - 2, definite: false, roleKind: rest.roleKind === 'people' ? 'person' : rest.roleKind };
  }
  const titledPerson = phrase.kind === 'name' && phrase.role !== undefined;
  if (titledPerson) return phrase;
  // "sources in Tokyo and Seoul", "researchers at the University of Vermont": what a role belongs to
  // may be names joined by "and" or an institution "of" a place; the role before them is the speaker.
  let first = phrase.first;
  for (let hops = 0; hops < MAX_LINK_HOPS; hops++) {
    const link = tokens[first - 1];
    if (!link || first - 1 <= floor) break;
    const head = phraseEndingAt(tokens, first - 2, floor);
    if (link.lower === 'and' && head?.kind === 'name') {
      first = head.first;
      continue;
    }
    if (!LINKING_PREPOSITIONS.has(link.lower)) break;
    const institution = head !== null && isInstitution(tokens[head.end - 1]!) && isCapitalized(tokens[head.end - 1]);
    if (head?.kind === 'role' && !(institution && LINKING_PREPOSITIONS.has(tokens[head.first - 1]?.lower ?? ''))) {
      return { kind: 'role', first: head.first, end: phrase.end, roleKind: head.roleKind!, head: head.head!, definite: head.definite ?? false };
    }
    // "Alternative for Germany" is one name; only a role takes "for" ("a spokesman for the mayor").
    if (!head || head.kind === 'pronoun' || (head.kind === 'name' && link.lower === 'for')) break;
    // "Zeke Hausfather of Berkeley Earth" is the person; "the University of Vermont" may belong to a role before it.
    if (head?.kind === 'name' && !institution) return head;
    if (head?.kind === 'name' && !LINKING_PREPOSITIONS.has(tokens[head.first - 1]?.lower ?? '')) return head;
    first = head!.first;
  }
  return phrase;
}

/** How many links ("and", "of", "at") a subject may be followed back through to its head. */
const MAX_LINK_HOPS = 3;

/** "Alternative for Germany (AfD)": the token before the parenthesis that ends at `close`. */
function beforeParenthesis(tokens: readonly Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= MAX_NAME_WORDS + 2; k--) if (tokens[k]!.text === '(') return k - 1;
  return close;
}

function postModifiedSource(tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | null {
  for (let k = last - 1; k >= floor && last - k <= MAX_POST_MODIFIER_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.quote || token.text === ',' || token.text === '.') return null;
    const kind = ROLE_NOUNS.get(token.lower);
    if (!kind || (kind !== 'person' && kind !== 'people') || !POST_MODIFIER_OPENERS.has(tokens[k + 1]?.lower ?? '')) continue;
    const head = phraseEndingAt(tokens, k, floor);
    if (head?.kind === 'role') return { kind: 'role', first: head.first, end: last + 1, roleKind: kind, head: token.lower, definite: head.definite ?? false };
  }
  return null;
}

/** Parses the speaker phrase that starts at token `first`, reading rightwards (`said Kremlin spokesman Dmitry Peskov`). */
export function phraseStartingAt(tokens: readonly Token[], first: number, ceiling: number): SpeakerPhrase | null {
  let at = first;
  const det = tokens[at];
  if (det && DETERMINERS.has(det.lower) && !NOT_OBJECT_DETERMINERS.has(det.lower)) at++;
  let plain = 0;
  while (plain < MAX_PLAIN_MODIFIERS && isPlainModifier(tokens[at + plain])) plain++;
  if (!isModifier(tokens[at + plain]) && !isNameWord(tokens[at + plain])) plain = 0;
  let last = -1;
  for (let i = at; i < ceiling && i - at < MAX_ROLE_WORDS + MAX_NAME_WORDS; i++) {
    const token = tokens[i]!;
    if (PRONOUNS.has(token.lower) && i === first) return { kind: 'pronoun', first: i, end: i + 1 };
    if (i < at + plain) continue;
    if (isModifier(token) || (isNameWord(token) && !isPossessive(token)) || (isNameParticle(token.text) && isNameWord(tokens[i + 1]))) last = i;
    else if (last < at || !plainWordsBeforeModifier(tokens, i, ceiling)) break;
  }
  if (last < at) return null;
  const phrase = phraseEndingAt(tokens, last, at);
  if (!phrase) return null;
  if (phrase.kind === 'role' && det) {
    phrase.first = first;
    phrase.definite = DEFINITE.has(det.lower);
  }
  return phrase;
}

/** Words that open the post-modifier of an anonymous source after its head ("people familiar with …"). */
const SOURCE_POST_MODIFIERS = new Set(['briefed', 'familiar', 'close', 'involved', 'knowledgeable', 'aware']);
/** Tokens that end a post-modifier: the source's description runs to the clause's comma or stop. */
const POST_MODIFIER_ENDS = new Set([',', '.', ';', ':']);

/**
 * "two government officials familiar with the matter": a source described by its head noun and
 * the post-modifier after it, up to the comma or stop, as one phrase (anonymous sources are
 * named as described).
 */
export function withPostModifier(tokens: readonly Token[], phrase: SpeakerPhrase | null, ceiling: number): SpeakerPhrase | null {
  if (phrase?.kind !== 'role' || !SOURCE_POST_MODIFIERS.has(tokens[phrase.end]?.lower ?? '')) return phrase;
  for (let k = phrase.end + 1; k <= ceiling && k - phrase.end <= MAX_POST_MODIFIER_TOKENS; k++) {
    const token = tokens[k];
    if (!token || token.quote) return phrase;
    if (POST_MODIFIER_ENDS.has(token.text)) return { ...phrase, end: k };
  }
  return phrase;
}

/** Words after a document that lead to its author: "a statement from City Hall", "a report by the ministry", "a report in The Times". */
const AUTHOR_LINKS = new Set(['from', 'by', 'of', 'in']);

/**
 * "according to a statement from City Hall": a source phrase naming a document ("statement",
 * "report") stands for the author named after it, when one is.
 */
export function documentAuthor(tokens: readonly Token[], phrase: SpeakerPhrase | null, ceiling: number): SpeakerPhrase | null {
  if (phrase?.kind !== 'role' || (phrase.roleKind !== 'media' && phrase.roleKind !== 'document')) return phrase;
  let at = phrase.end;
  if (tokens[at]?.lower === 'issued' && tokens[at + 1]?.lower === 'by') at++;
  if (!AUTHOR_LINKS.has(tokens[at]?.lower ?? '')) return phrase;
  const author = phraseStartingAt(tokens, at + 1, ceiling);
  return author && author.kind !== 'pronoun' ? author : phrase;
}

/** Lower-case words that may describe a role head ("disaster officials", "the producer group"). */
const MAX_PLAIN_MODIFIERS = 2;
const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Endings of adverbs and participles, which do not describe a role head ("recently", "trained"). */
const ADVERB_OR_PARTICIPLE = /(?:ly|ed|ing)$/;

/** "Democratic presidential nominee Ana Ruiz": a word or two in lower case that lead on to a title or a name, inside a description. */
function plainWordsBeforeModifier(tokens: readonly Token[], from: number, ceiling: number): boolean {
  let k = from;
  while (k < ceiling && k - from < MAX_PLAIN_MODIFIERS && isPlainModifier(tokens[k])) k++;
  return k > from && k < ceiling && isModifier(tokens[k]);
}

function isPlainModifier(token: Token | undefined): boolean {
  if (!token || !PLAIN_WORD.test(token.text) || NOT_NAME_WORDS.has(token.lower) || DETERMINERS.has(token.lower)) return false;
  return !BETWEEN_SPEAKER_AND_CUE.has(token.lower) && !ADVERB_OR_PARTICIPLE.test(token.lower);
}

function extendLeft(tokens: readonly Token[], from: number, floor: number, plainWords = false): { first: number; det: boolean; owned?: boolean } {
  let first = from;
  let plain = 0;
  while (first - 1 >= floor && from - first < MAX_ROLE_WORDS) {
    const prev = tokens[first - 1];
    if (isModifier(prev)) first--;
    else if (plainWords && plain < MAX_PLAIN_MODIFIERS && isPlainModifier(prev)) {
      first--;
      plain++;
    } else if (plainWords && isOwner(tokens, first - 1, floor)) {
      // "the theatre’s trustees": a group described by what it belongs to, new to the story, not a reference back.
      return { first: first - 2, det: true, owned: true };
    } else break;
  }
  const det = tokens[first - 1];
  // A number counts people like a determiner does: "41 percent", "12 officials".
  if (det && first - 1 >= floor && (DETERMINERS.has(det.lower) || (isDigit(det.text.charCodeAt(0)) && COUNT.test(det.text)))) return { first: first - 1, det: true };
  return { first, det: false };
}

/** A lower-case possessive after a determiner: "the theatre’s", "the company’s". */
function isOwner(tokens: readonly Token[], at: number, floor: number): boolean {
  const token = tokens[at];
  return at - 1 >= floor && token !== undefined && isPossessive(token) && !isCapitalized(token) && DETERMINERS.has(tokens[at - 1]?.lower ?? '');
}

function withRole(phrase: SpeakerPhrase, tokens: readonly Token[], role: { first: number; det: boolean }): SpeakerPhrase {
  const roleFirst = role.det ? role.first + 1 : role.first;
  const roleEnd = phrase.kind === 'name' ? phrase.nameFirst! : phrase.end;
  if (roleFirst >= roleEnd) return phrase;
  let words = tokens[roleFirst]!.text;
  for (let k = roleFirst + 1; k < roleEnd; k++) words += ` ${tokens[k]!.text}`;
  phrase.role = words;
  return phrase;
}


/**
 * "its finance director, Mark DeLuca,", "Millwall’s manager, Sarah Conlon,": a role phrase with
 * the person's name in apposition after it stands for that person.
 */
export function appositiveName(tokens: readonly Token[], phrase: SpeakerPhrase | null, ceiling: number): SpeakerPhrase | null {
  // Only a person's role takes a name so; "According to the newspaper, the Kremlin, in turn, …" is no apposition.
  if (phrase?.kind !== 'role' || phrase.roleKind !== 'person' || tokens[phrase.end]?.text !== ',' || !isCapitalized(tokens[phrase.end + 1])) return phrase;
  const name = phraseStartingAt(tokens, phrase.end + 1, ceiling);
  if (name?.kind !== 'name' || name.role !== undefined) return phrase;
  const after = tokens[name.end];
  return after === undefined || after.text === ',' || after.text === '.' ? name : phrase;
}

/** Longest opening adverbial before a sentence's subject ("In Kyiv,", "Accepting the award,"), in tokens. */
const MAX_LEAD_TOKENS = 12;

/** The phrase a frame opens with, or the one after its opening adverbial: usually its subject. */
export function frameSubject(tokens: readonly Token[], frameFirst: number, end: number): SpeakerPhrase | null {
  const first = afterDateline(tokens, frameFirst, end);
  if (tokens[first]?.quote) return null;
  const phrase = appositiveName(tokens, phraseStartingAt(tokens, first, end), end);
  if (phrase) return phrase;
  for (let k = first; k < end && k - first <= MAX_LEAD_TOKENS; k++) {
    if (tokens[k]!.quote) return null;
    if (tokens[k]!.text !== ',') continue;
    return phraseStartingAt(tokens, k + 1, end);
  }
  return null;
}
