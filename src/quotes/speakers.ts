import type { Entity, EntityType, Speaker, Span } from '../model.js';
import {
  BUSINESS_HEADS, FEMALE_FIRST_NAMES, NAME_SUFFIXES, FEMALE_SURNAME_ENDINGS, FEMALE_TITLES, MALE_FIRST_NAMES, MALE_TITLES, MEDIA_NAMES, PRONOUNS,
  PUBLIC_BODY_HEADS, PUBLIC_BODY_NAME_WORDS, ROLE_NOUNS, SELF_DESCRIBED_BODIES, TITLE_WORDS, type RoleKind,
} from './lexicons/speakers.js';
import type { SpeakerPhrase } from './phrase.js';
import { firstStartingAt, isCapitalized, withoutPossessive, type Token } from './tokens.js';
import { NOT_NAME_WORDS } from './lexicons/not-names.js';
import { titleCaseTokens } from './title-case.js';

export type Gender = 'male' | 'female' | null;

/** A speaker as the discourse remembers it, for pronouns and descriptions that refer back. */
export interface Antecedent {
  speaker: Speaker;
  kind: RoleKind;
  gender: Gender;
  at: number;
}

/** How a speaker phrase was resolved, for the quote's rule id. */
export type Resolution = 'name' | 'pronoun' | 'role-reference' | 'description';

export interface ResolvedSpeaker {
  speaker: Speaker;
  how: Resolution;
}

const ENTITY_KINDS: Record<EntityType, RoleKind> = { PERSON: 'person', ORG: 'body', GPE: 'body', LOC: 'body', NORP: 'people', DATE: 'body' };
/** Entity types that can speak, in the order preferred when several mentions overlap a name. */
const SPEAKING_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'NORP', 'GPE', 'LOC'];
const NEWLINE = 10;
const SPACES = /\s+/;
/** An entity name ending in stray punctuation ("Peskov,") was cut badly. */
const ENDS_IN_PUNCTUATION = /[.,;:]$/;
/** How many remembered speakers or mentions a reference looks back through (keeps long articles linear). */
const MAX_LOOKBACK = 60;
/** Longest mention expected, in characters: mentions ending this far before a name cannot overlap it. */
const MAX_LOOKBACK_CHARS = 200;
/** How far back, in tokens, "the newspaper" looks for an outlet's name when no outlet has spoken. */
const MAX_OUTLET_LOOKBACK = 400;
/** Longest run of name words collected into the article's name index. */
const MAX_INDEX_NAME_WORDS = 4;
/** Capitalised words that are no part of a name in the name index: one set, one look-up a word. */
const NOT_INDEXED: ReadonlySet<string> = new Set([...NOT_NAME_WORDS, ...TITLE_WORDS, ...ROLE_NOUNS.keys()]);
/** Words joining an institution to what it is for: "Centres for Disease Control", "Ministry of Housing". */
const INSTITUTION_LINKS = new Set(['for', 'of']);
/** Lower-case words inside an institution's name after its link ("Disease Control and Prevention", "Study of the War"). */
const INSIDE_INSTITUTION_NAMES = new Set(['and', 'of', 'the', 'for', '&']);
/** Longest tail after an institution's link, in tokens. */
const MAX_INSTITUTION_TAIL = 8;
/** No run of name words is open. */
const NO_RUN = -1;

export interface MentionRef extends Span {
  entity: Entity;
}

/** The article's name index: the fullest name form by surname and by first name. */
export interface FullNames {
  bySurname: Map<string, string>;
  byFirstName: Map<string, string>;
}

/**
 * What resolving the speakers of one article reads and remembers: made once per article by
 * createSpeakerContext, then read and extended by resolveSpeaker and personSince. Turns speaker
 * phrases into speakers: names are linked to the article's entities by overlapping mentions
 * (else given the fullest form of the name in the article); pronouns and definite descriptions
 * ("the official") go back to the latest compatible speaker.
 */
export interface SpeakerContext {
  text: string;
  tokens: readonly Token[];
  entities: readonly Entity[];
  /** Every mention of a speaking entity (dates left out), by start. */
  mentions: readonly MentionRef[];
  /** 1 on the tokens of a title-case line, where capitals make no names. */
  titleCase: Uint8Array;
  fullNames: FullNames;
  /** The speakers resolved so far, in order, for pronouns and descriptions that refer back. */
  history: Antecedent[];
  /** Gender by name, for this article: the same few names are asked about again and again. */
  genders: Map<string, Gender>;
  /** Whether each entity's name is clean, for this article (asked again at every mention). */
  cleanNames: Map<Entity, boolean>;
  /** Entities by name, made when a speaker's name first differs from its entity's. */
  byName: Map<string, Entity> | null;
  /** Bodies by the initials of their names, made at the first acronym asked about. */
  byInitials: Map<string, string> | null;
}

/**
 * The resolver's article-wide passes, in order: the entities' mentions by offset, the title-case
 * lines, then the name index, which leaves those lines out.
 */
export function createSpeakerContext(text: string, tokens: readonly Token[], entities: readonly Entity[]): SpeakerContext {
  const mentions = mentionsByStart(entities);
  const titleCase = titleCaseTokens(text, tokens);
  const fullNames = indexFullNames(text, tokens, titleCase);
  return { text, tokens, entities, mentions, titleCase, fullNames, history: [], genders: new Map(), cleanNames: new Map(), byName: null, byInitials: null };
}

/**
 * Resolves a phrase and remembers it for later references; null when a pronoun has nothing
 * to refer to. A sentence subject (`subjectOnly`) is only remembered when it names a person.
 */
export function resolveSpeaker(ctx: SpeakerContext, phrase: SpeakerPhrase, subjectOnly = false): ResolvedSpeaker | null {
  const { tokens } = ctx;
  const surface = { start: tokens[phrase.first]!.start, end: tokens[phrase.end - 1]!.end };
  if (phrase.kind === 'pronoun') return subjectOnly ? null : pronoun(ctx, tokens[phrase.first]!, surface);
  if (phrase.kind === 'name') return named(ctx, phrase, surface, subjectOnly);
  if (isNamedInstitution(tokens, phrase)) return named(ctx, { ...phrase, kind: 'name', nameFirst: phrase.end - 1, nameEnd: phrase.end }, surface, subjectOnly);
  return described(ctx, phrase, surface);
}

/** The latest person remembered at or after `offset` (a speaker or a sentence subject), for a quote with no cue. */
export function personSince(ctx: SpeakerContext, offset: number): Speaker | null {
  const found = latest(ctx, (a) => a.kind === 'person' && a.at >= offset);
  return found && found.at >= offset ? found.speaker : null;
}

function mentionsByStart(entities: readonly Entity[]): MentionRef[] {
  const mentions: MentionRef[] = [];
  for (const entity of entities) {
    if (entity.type === 'DATE') continue;
    for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, entity });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function isCleanEntityName(ctx: SpeakerContext, entity: Entity): boolean {
  let clean = ctx.cleanNames.get(entity);
  if (clean === undefined) {
    clean = isCleanName(entity.name, entity.type === 'PERSON');
    ctx.cleanNames.set(entity, clean);
  }
  return clean;
}

function genderOfName(ctx: SpeakerContext, name: string): Gender {
  let gender = ctx.genders.get(name);
  if (gender === undefined) {
    gender = genderOf(name);
    ctx.genders.set(name, gender);
  }
  return gender;
}

function entityNamed(ctx: SpeakerContext, name: string): Entity | undefined {
  ctx.byName ??= new Map(ctx.entities.map((entity) => [entity.name, entity]));
  return ctx.byName.get(name);
}

/** Index of the last mention starting before `offset`, or -1. */
function mentionIndexBefore(ctx: SpeakerContext, offset: number): number {
  return firstStartingAt(ctx.mentions, offset) - 1;
}

/** The entity with a mention overlapping the span, people first (mentions are short: a bounded look-back). */
function entityAt(ctx: SpeakerContext, start: number, end: number): Entity | undefined {
  const { mentions } = ctx;
  let best: Entity | undefined;
  const before = mentionIndexBefore(ctx, end);
  for (let i = before; i >= 0 && before - i < MAX_LOOKBACK && mentions[i]!.end > start - MAX_LOOKBACK_CHARS; i--) {
    if (mentions[i]!.end <= start) continue;
    const entity = mentions[i]!.entity;
    if (!best || SPEAKING_TYPES.indexOf(entity.type) < SPEAKING_TYPES.indexOf(best.type)) best = entity;
  }
  return best && SPEAKING_TYPES.includes(best.type) ? best : undefined;
}

/**
 * In a title-case line a name runs only as far as the prose confirms it: "Hillary Clinton
 * Speaks" is Hillary Clinton when the article names her so elsewhere (#10).
 */
function confirmedNameEnd(ctx: SpeakerContext, first: number, end: number): number {
  if (ctx.titleCase[first] === 0) return end;
  for (let k = end; k > first; k--) if (ctx.fullNames.bySurname.has(wordLower(ctx.tokens[k - 1]!))) return k;
  return end;
}

function named(ctx: SpeakerContext, phrase: SpeakerPhrase, surface: Span, subjectOnly: boolean): ResolvedSpeaker | null {
  const { text, tokens, fullNames } = ctx;
  const nameFirst = phrase.nameFirst!;
  const nameEnd = confirmedNameEnd(ctx, nameFirst, phrase.nameEnd!);
  const words: string[] = [];
  let body = false;
  for (let k = nameFirst; k < nameEnd; k++) {
    words.push(withoutPossessive(tokens[k]!.text));
    body ||= isBodyWord(wordLower(tokens[k]!));
  }
  const entity = entityAt(ctx, tokens[nameFirst]!.start, tokens[nameEnd - 1]!.end);
  const key = wordLower(tokens[nameEnd - 1]!);
  const joined = words.join(' ');
  const bySurname = fullNames.bySurname.get(key);
  const byFirstName = words.length === 1 ? fullNames.byFirstName.get(key) : undefined;
  const fullest = bySurname?.includes(' ') || !byFirstName ? bySurname : byFirstName;
  // "Donald Trump" is not "Donald Trump Jr."; a lone "Brandt" may be "Walter J. Brandt Jr.".
  const fuller = fullest && wordCount(fullest) > words.length && !(words.length > 1 && onlySuffixAfter(fullest, joined));
  const own = institutionTail(tokens, words, nameEnd, body) ?? (fuller ? fullest : longerForm(fullNames, joined, words.length));
  const entityName = entity && lastWordLower(entity.name) === key && isCleanEntityName(ctx, entity) ? entity.name : undefined;
  // An entity named by part of the name ("Eduardo" for Eduardo Bolsonaro) gives way to the article's fullest form.
  // So does an entity that drops a titled name's first word ("spokeswoman He Lin" read as "Lin").
  const titledWhole = own === joined && phrase.role !== undefined && entityName !== undefined && own.endsWith(` ${entityName}`);
  const name = orgNameFrom(ctx, tokens[nameFirst]!.start, tokens[nameEnd - 1]!.end) ?? spelledOut(ctx, joined) ?? (entityName !== undefined && !extendsName(own, entityName) && !titledWhole ? entityName : own);
  const titled = phrase.role !== undefined ? genderOfTitle(phrase.role) : null;
  const gender = genderOfName(ctx, name) ?? titled;
  const personLike = entity ? entity.type === 'PERSON' || titled !== null : !body && (name.includes(' ') || phrase.role !== undefined || gender !== null);
  if (subjectOnly && !personLike) return null;
  const speaker: Speaker = { start: surface.start, end: surface.end, name, surface: text.slice(surface.start, surface.end) };
  // A name with no mention under it (a headline the recogniser reads as title case) still links by its name.
  const linked = entity && name !== entity.name ? (entityNamed(ctx, name) ?? entity) : (entity ?? entityNamed(ctx, name));
  if (linked) speaker.entityId = linked.id;
  if (phrase.role) speaker.role = phrase.role;
  const det = tokens[phrase.first];
  let kind: RoleKind = body ? 'body' : entity && titled === null ? ENTITY_KINDS[entity.type] : 'person';
  if (MEDIA_NAMES.has(joined.toLowerCase())) kind = 'media';
  else if (!entity && ((det && det.lower === 'the' && words.length === 1) || ACRONYM.test(joined))) kind = 'body';
  return remember(ctx, { speaker, kind, gender, at: surface.start }, 'name');
}

/**
 * "Te Kaurinui" after "Te Kaurinui Robert Parata": a name of two words or more that the article
 * also gives with more words after it takes the full form; a suffix alone ("Jr.") is another
 * person (Donald Trump is not Donald Trump Jr.).
 */
function longerForm(fullNames: FullNames, joined: string, count: number): string {
  if (count < 2) return joined;
  const full = fullNames.byFirstName.get(joined.slice(0, joined.indexOf(' ')).toLowerCase());
  return full && !onlySuffixAfter(full, joined) && full.startsWith(`${joined} `) ? full : joined;
}

/** "UN says" in a headline over "the United Nations said": an acronym the article spells out takes the full name. */
function spelledOut(ctx: SpeakerContext, name: string): string | undefined {
  if (!ACRONYM.test(name)) return undefined;
  if (!ctx.byInitials) {
    ctx.byInitials = new Map();
    for (const entity of ctx.entities) {
      const initials = entity.type !== 'DATE' && entity.type !== 'PERSON' ? initialsOf(entity.name) : '';
      if (initials !== '' && !ctx.byInitials.has(initials)) ctx.byInitials.set(initials, entity.name);
    }
  }
  return ctx.byInitials.get(name.replace(/\./g, ''));
}

/**
 * "the World Travel and Tourism Council": an organisation the recogniser found starting where the
 * phrase's name starts and running on past it (over "and", "in") gives its whole name.
 */
function orgNameFrom(ctx: SpeakerContext, start: number, end: number): string | undefined {
  const { mentions } = ctx;
  for (let i = firstStartingAt(mentions, start); i < mentions.length && mentions[i]!.start === start; i++) {
    const m = mentions[i]!;
    if (m.end > end && m.entity.type === 'ORG' && isCleanEntityName(ctx, m.entity)) return m.entity.name;
  }
  return undefined;
}

/**
 * `Africa Centres for Disease Control and Prevention`: an institution's name goes on past "for" or
 * "of" while capitalised words follow; null when nothing follows.
 */
function institutionTail(tokens: readonly Token[], words: readonly string[], nameEnd: number, body: boolean): string | null {
  if (!body || !INSTITUTION_LINKS.has(tokens[nameEnd]?.text ?? '')) return null;
  let k = nameEnd + 1;
  if (tokens[k]?.text === 'the') k++;
  let last = NO_RUN;
  for (; k < tokens.length && k - nameEnd <= MAX_INSTITUTION_TAIL; k++) {
    const token = tokens[k]!;
    if (token.quote || token.possessive) break;
    if (isCapitalized(token) && !NOT_NAME_WORDS.has(token.lower)) last = k;
    else if (!INSIDE_INSTITUTION_NAMES.has(token.text)) break;
  }
  if (last === NO_RUN) return null;
  let name = words.join(' ');
  for (let i = nameEnd; i <= last; i++) name += ` ${tokens[i]!.text}`;
  return name;
}

/** "the Institute for the Study of War": a capitalised institution noun with its name after it is a name, not a description. */
function isNamedInstitution(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  const head = tokens[phrase.end - 1]!;
  return isCapitalized(head) && isBodyWord(head.lower) && INSTITUTION_LINKS.has(tokens[phrase.end]?.text ?? '') && isCapitalized(tokens[phrase.end + 1]?.text === 'the' ? tokens[phrase.end + 2] : tokens[phrase.end + 1]);
}

function described(ctx: SpeakerContext, phrase: SpeakerPhrase, surface: Span): ResolvedSpeaker {
  const { text, tokens } = ctx;
  const kind = phrase.roleKind ?? 'person';
  if (phrase.definite) {
    const antecedent =
      kind === 'person' ? latest(ctx, (a) => a.kind === 'person', phrase.head)
      : kind === 'document' || SELF_DESCRIBED_BODIES.has(phrase.head!) ? latest(ctx, (a) => a.kind === kind && hasWord(a.speaker.role ?? a.speaker.name, phrase.head!))
      : ((kind === 'body' ? bodyBefore(ctx, phrase.head!, isCapitalized(tokens[phrase.end - 1]), surface.start) : undefined) ??
        latest(ctx, (a) => a.kind === kind, phrase.head) ??
        // "the company" is never a group of people named before ("voters"): only bodies and outlets stand for it.
        latest(ctx, (a) => a.kind !== 'person' && (kind !== 'body' || a.kind !== 'people'), phrase.head) ??
        organisationBefore(ctx, surface.start) ?? (kind === 'media' ? outletBefore(tokens, phrase.first) : undefined));
    if (antecedent) return refer(ctx, antecedent, surface, 'role-reference');
  }
  const name = text.slice(surface.start, surface.end).replace(/^(?:the|a|an)\s+/i, '');
  const speaker: Speaker = { start: surface.start, end: surface.end, name, surface: text.slice(surface.start, surface.end), role: phrase.role ?? name };
  return remember(ctx, { speaker, kind, gender: null, at: surface.start }, 'description');
}

function pronoun(ctx: SpeakerContext, token: Token, surface: Span): ResolvedSpeaker | null {
  const wants = PRONOUNS.get(token.lower);
  const antecedent =
    wants === 'plural' ? latest(ctx, (a) => a.kind === 'people' || a.kind === 'body')
    : wants === 'thing' ? latest(ctx, (a) => a.kind === 'body' || a.kind === 'media' || a.kind === 'document')
    : latest(ctx, (a) => a.kind === 'person' && (a.gender === null || a.gender === wants)) ?? personMentionBefore(ctx, surface.start, wants ?? null);
  return antecedent ? refer(ctx, antecedent, surface, 'pronoun') : null;
}

function personMentionBefore(ctx: SpeakerContext, offset: number, gender: Gender): Antecedent | undefined {
  const before = mentionIndexBefore(ctx, offset);
  for (let i = before; i >= 0 && before - i < MAX_LOOKBACK; i--) {
    const m = ctx.mentions[i]!;
    if (m.entity.type !== 'PERSON') continue;
    const g = genderOfName(ctx, m.entity.name);
    if (g !== null && gender !== null && g !== gender) continue;
    return { speaker: { start: m.start, end: m.end, name: m.entity.name, surface: m.entity.name, entityId: m.entity.id }, kind: 'person', gender: g, at: m.start };
  }
  return undefined;
}

/**
 * The body a definite description names: written as a short name ("the Commission"), a speaker
 * or organisation with the head noun in its name (European Commission, the fullest such name);
 * else, for a head that says which sort of body it is, the latest body of that sort ("the
 * agency" → the Food and Drug Administration, not the drug maker named after it). A lower-case
 * "the company" is a category, not a name: it picks a named body that has spoken with that word
 * in its name ("the central bank" after Bank Indonesia spoke), never one merely mentioned
 * ("… Company") or described ("a payments company").
 */
function bodyBefore(ctx: SpeakerContext, head: string, shortName: boolean, offset: number): Antecedent | undefined {
  const spoken = latest(ctx, (a) => a.kind !== 'person' && (shortName || a.speaker.entityId !== undefined) && hasWord(a.speaker.name, head));
  if (spoken) return spoken;
  const sort = PUBLIC_BODY_HEADS.has(head) ? true : BUSINESS_HEADS.has(head) ? false : undefined;
  let byHead: MentionRef | undefined;
  let sorted: MentionRef | undefined;
  const before = mentionIndexBefore(ctx, offset);
  for (let i = before; i >= 0 && before - i < MAX_LOOKBACK; i--) {
    const m = ctx.mentions[i]!;
    if (m.entity.type !== 'ORG') continue;
    if (shortName && hasWord(m.entity.name, head) && (!byHead || wordCount(m.entity.name) > wordCount(byHead.entity.name))) byHead = m;
    // A newspaper named in a credit ("Seattle Times") is no company a story's "the company" means.
    if (sort !== undefined && !sorted && isPublicBody(m.entity.name) === sort && !MEDIA_NAMES.has(lastWordLower(m.entity.name))) sorted = m;
  }
  const found = byHead ?? sorted;
  if (!found) return undefined;
  const entity = found.entity;
  return { speaker: { start: found.start, end: found.end, name: entity.name, surface: entity.name, entityId: entity.id }, kind: 'body', gender: null, at: found.start };
}

function organisationBefore(ctx: SpeakerContext, offset: number): Antecedent | undefined {
  const before = mentionIndexBefore(ctx, offset);
  for (let i = before; i >= 0 && before - i < MAX_LOOKBACK; i--) {
    const m = ctx.mentions[i]!;
    if (m.entity.type !== 'ORG') continue;
    return { speaker: { start: m.start, end: m.end, name: m.entity.name, surface: m.entity.name, entityId: m.entity.id }, kind: 'body', gender: null, at: m.start };
  }
  return undefined;
}

/** "an interview to The Economist. According to the publication, …": the latest outlet named before token `at`. */
function outletBefore(tokens: readonly Token[], at: number): Antecedent | undefined {
  for (let k = at - 1; k >= 0 && at - k <= MAX_OUTLET_LOOKBACK; k--) {
    const token = tokens[k]!;
    if (!isCapitalized(token) || !MEDIA_NAMES.has(wordLower(token))) continue;
    let first = k;
    while (first > 0 && k - first < MAX_INDEX_NAME_WORDS - 1 && isCapitalized(tokens[first - 1]) && !NOT_INDEXED.has(tokens[first - 1]!.lower)) first--;
    const name = tokens.slice(first, k + 1).map((t) => withoutPossessive(t.text)).join(' ');
    return { speaker: { start: tokens[first]!.start, end: token.end, name, surface: name }, kind: 'media', gender: null, at: tokens[first]!.start };
  }
  return undefined;
}

function latest(ctx: SpeakerContext, fits: (a: Antecedent) => boolean, head?: string): Antecedent | undefined {
  const { history } = ctx;
  let fallback: Antecedent | undefined;
  for (let i = history.length - 1; i >= 0 && history.length - i <= MAX_LOOKBACK; i--) {
    const a = history[i]!;
    if (!fits(a)) continue;
    if (!head || a.speaker.role?.toLowerCase().includes(head)) return a;
    fallback ??= a;
  }
  return fallback;
}

function refer(ctx: SpeakerContext, antecedent: Antecedent, surface: Span, how: Resolution): ResolvedSpeaker {
  // Field by field rather than with rest/spread syntax, which is slow on this hot path.
  const from = antecedent.speaker;
  const speaker: Speaker = { name: from.name, start: surface.start, end: surface.end, surface: ctx.text.slice(surface.start, surface.end) };
  if (from.entityId !== undefined) speaker.entityId = from.entityId;
  if (from.role !== undefined) speaker.role = from.role;
  ctx.history.push({ speaker: copyOf(antecedent.speaker), kind: antecedent.kind, gender: antecedent.gender, at: surface.start });
  return { speaker, how };
}

function remember(ctx: SpeakerContext, antecedent: Antecedent, how: Resolution): ResolvedSpeaker {
  ctx.history.push(antecedent);
  return { speaker: antecedent.speaker, how };
}

/** The gender a role's title gives ("commerce ministry spokeswoman"), or null. */
function genderOfTitle(role: string): Gender {
  for (const word of role.toLowerCase().split(SPACES)) {
    if (FEMALE_TITLES.has(word)) return 'female';
    if (MALE_TITLES.has(word)) return 'male';
  }
  return null;
}

function genderOf(name: string): Gender {
  const words = name.toLowerCase().split(SPACES);
  const first = words.length > 1 ? words[0]! : '';
  if (FEMALE_FIRST_NAMES.has(first)) return 'female';
  if (MALE_FIRST_NAMES.has(first)) return 'male';
  const last = words.at(-1) ?? '';
  if (words.length > 1 && FEMALE_SURNAME_ENDINGS.some((ending) => last.endsWith(ending))) return 'female';
  return null;
}

/**
 * The longest run of name words ending in each surname (`peskov` → `Dmitry Peskov`), and
 * starting with each first word, for people named by it alone (`Leo` → `Leo XIV`).
 */
function indexFullNames(text: string, tokens: readonly Token[], titleCase: Uint8Array): FullNames {
  const bySurname = new Map<string, string>();
  const byFirstName = new Map<string, string>();
  const surnameWords = new Map<string, number>();
  const firstNameWords = new Map<string, number>();
  /** Keeps the run of name tokens [first, end) under `key` when it is longer than the one kept. */
  const keep = (index: Map<string, string>, lengths: Map<string, number>, key: string, first: number, end: number): void => {
    if ((lengths.get(key) ?? 0) >= end - first) return;
    lengths.set(key, end - first);
    let name = withoutPossessive(tokens[first]!.text);
    for (let k = first + 1; k < end; k++) name += ` ${withoutPossessive(tokens[k]!.text)}`;
    index.set(key, name);
  };
  /** Token index of the current run's first name word, or NO_RUN. */
  let runFirst = NO_RUN;
  const flush = (runEnd: number): void => {
    const first = Math.max(runFirst, runEnd - MAX_INDEX_NAME_WORDS);
    keep(bySurname, surnameWords, wordLower(tokens[runEnd - 1]!), first, runEnd);
    // "Mr. Brandt" is Walter J. Brandt Jr.: a suffix is no surname, the word before it is.
    if (runEnd - first > 2 && NAME_SUFFIXES.has(tokens[runEnd - 1]!.lower)) keep(bySurname, surnameWords, wordLower(tokens[runEnd - 2]!), first, runEnd);
    // A run cut by an institution noun is part of a body's name: "Roscosmos Space" of "Roscosmos Space Agency" names nobody.
    const institution = tokens[runEnd] !== undefined && isCapitalized(tokens[runEnd]) && isBodyWord(tokens[runEnd]!.lower);
    if (runEnd - first > 1 && !institution) keep(byFirstName, firstNameWords, wordLower(tokens[first]!), first, runEnd);
    runFirst = NO_RUN;
  };
  tokens.forEach((token, i) => {
    if (runFirst !== NO_RUN && lineBreakBetween(text, tokens[i - 1]!.end, token.start)) flush(i);
    // In a title-case line ("Donald Trump Tells Florida …") a capital says nothing: its runs are no names.
    const nameWord = !token.quote && isCapitalized(token) && titleCase[i] === 0 && !NOT_INDEXED.has(token.lower);
    if (nameWord) {
      if (runFirst === NO_RUN) runFirst = i;
      if (token.possessive) flush(i + 1);
    } else if (runFirst !== NO_RUN) flush(i);
  });
  if (runFirst !== NO_RUN) flush(tokens.length);
  return { bySurname, byFirstName };
}

/** A copy of a speaker, field by field (faster than object spread here). */
function copyOf(speaker: Speaker): Speaker {
  const copy: Speaker = { start: speaker.start, end: speaker.end, name: speaker.name, surface: speaker.surface };
  if (speaker.entityId !== undefined) copy.entityId = speaker.entityId;
  if (speaker.role !== undefined) copy.role = speaker.role;
  return copy;
}

/**
 * True when `full` is `part` with more words after it (`Eduardo Bolsonaro` for `Eduardo`). Words
 * before it are left out: they are often a sentence's first word ("Chipmaker Intel Corp").
 */
function extendsName(full: string, part: string): boolean {
  return full.length > part.length && full.startsWith(`${part} `);
}

/** An acronym of two to six capitals, with or without dots: "UN", "FDA", "U.N.". */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** The initials of a name's capitalised words: "United Nations" → "UN", "Food and Drug Administration" → "FDA". */
function initialsOf(name: string): string {
  let initials = '';
  for (const word of name.split(' ')) if (/^\p{Lu}/u.test(word)) initials += word[0];
  return initials;
}

/** `full` is `name` and then only suffixes: "Donald Trump Jr." after "Donald Trump". */
function onlySuffixAfter(full: string, name: string): boolean {
  if (!full.startsWith(`${name} `)) return false;
  return full.slice(name.length + 1).split(' ').every((word) => NAME_SUFFIXES.has(word.toLowerCase()));
}

/** Whether a name has the lower-case word among its words ("European Commission" has "commission"). */
function hasWord(name: string, lower: string): boolean {
  return name.toLowerCase().split(SPACES).includes(lower);
}

/** A name with a public body's word in it ("Food and Drug Administration"). */
function isPublicBody(name: string): boolean {
  return name.toLowerCase().split(SPACES).some((word) => PUBLIC_BODY_NAME_WORDS.has(word));
}

/** Words in a name of single-space-separated words. */
function wordCount(name: string): number {
  let count = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) count++;
  return count;
}

/** The last space-separated word of a name, in lower case. */
function lastWordLower(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * An entity name usable as a speaker's name: no stray punctuation, and for a person no title
 * words ("President Putin"); a body's name may hold them ("National Rifle Association").
 */
function isCleanName(name: string, person: boolean): boolean {
  const words = name.toLowerCase().split(' ');
  const title = (word: string): boolean => TITLE_WORDS.has(word) || ROLE_NOUNS.get(word) === 'person';
  return !(person && words.some(title)) && !NOT_NAME_WORDS.has(words[0] ?? '') && !ENDS_IN_PUNCTUATION.test(name);
}

/** A word of an organisation's name: "Programme", "Ministry", "Office" (the institution role nouns). */
function isBodyWord(lower: string): boolean {
  const kind = ROLE_NOUNS.get(lower);
  return kind === 'body' || kind === 'media';
}

/**
 * The token's word without a possessive ending, in lower case. Without the ending this is the
 * token's `lower`, already made: lower-casing again is slow on text with non-ASCII characters.
 */
function wordLower(token: Token): string {
  return token.possessive ? withoutPossessive(token.text).toLowerCase() : token.lower;
}

/** A name never runs over a line break (a headline's last word and the next paragraph's first). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === NEWLINE) return true;
  return false;
}
