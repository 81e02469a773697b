/**
 * Mentions that the article's structure gives, not its prose: the dateline's place and agency
 * ("LONDON (Reuters) -" — the place is where the story is, so `query --entity London` finds it),
 * the people of a byline and of credit lines, and photo credits ("REUTERS/Jane Doe"). Their
 * types come from where they stand, so each has its own rule and overrides whatever the prose
 * rules found on the same words.
 */
import type { Entity, EntityType, Span, Structure } from '../model.js';
import { agencyName } from '../lexicons/agencies.js';
import { lookup } from './gazetteer.js';
import type { Resolved } from './resolve.js';
import { ENTITY_RULES, type EntityRule } from './rules.js';

/** "KYIV, Ukraine", "FARMINGTON HILLS, Mich.": the place and the region around it. */
const PLACE_PARTS = /[^,]+/g;
/** A photographer's name after "AGENCY/": capitalised words up to the next slash or the end. */
const PHOTOGRAPHER = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}/u;
/** The agency word before a photo credit's slash: "REUTERS", "AFP", "AP". */
const CREDIT_AGENCY = /[\p{L}]+$/u;
const SLASH = '/';
/** The longest agency word looked for before a photo credit's slash. */
const MAX_AGENCY_CHARS = 30;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

/** "ST. PETERSBURG" → "St. Petersburg": a dateline's capitals are positional. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function mention(text: string, span: Span, type: EntityType, rule: EntityRule, canonical?: string): Resolved {
  const surface = text.slice(span.start, span.end);
  const words = surface.split(/\s+/);
  const resolved: Resolved = { ...span, type, rule, surface, words, wordSpans: [span], hyphenated: false, opener: false };
  if (canonical !== undefined && canonical !== surface) resolved.canonical = canonical;
  return resolved;
}

/** A dateline place part: its listed name and type, or the title-cased words as a place. */
function placeMention(text: string, span: Span): Resolved {
  const surface = text.slice(span.start, span.end);
  const entry = lookup(surface) ?? lookup(titleCase(surface));
  const type = entry && entry.type !== 'NORP' && entry.type !== 'ORG' ? entry.type : 'GPE';
  return mention(text, span, type, ENTITY_RULES.datelinePlace, entry?.canonical ?? titleCase(surface));
}

function datelineMentions(text: string, structure: Structure): Resolved[] {
  const dateline = structure.dateline;
  if (!dateline) return [];
  const out: Resolved[] = [];
  const { place, agency } = dateline;
  if (place) {
    const at = text.indexOf(place, dateline.start);
    for (const part of place.matchAll(PLACE_PARTS)) {
      const lead = part[0].length - part[0].trimStart().length;
      const value = part[0].trim();
      if (value === '' || at < 0) continue;
      const start = at + (part.index ?? 0) + lead;
      out.push(placeMention(text, { start, end: start + value.length }));
    }
  }
  if (agency) {
    const at = text.indexOf(`(${agency})`, dateline.start);
    if (at >= 0 && at < dateline.end) {
      out.push(mention(text, { start: at + 1, end: at + 1 + agency.length }, 'ORG', ENTITY_RULES.datelineAgency, agencyName(agency)));
    }
  }
  return out;
}

/** Each of `names` found inside `span`, as a person (or an agency, when it is one). */
function namedIn(text: string, span: Span, names: readonly string[], rule: EntityRule): Resolved[] {
  const out: Resolved[] = [];
  let from = span.start;
  for (const name of names) {
    const at = text.indexOf(name, from);
    if (at < 0 || at + name.length > span.end) continue;
    const agency = agencyName(name);
    out.push(mention(text, { start: at, end: at + name.length }, agency ? 'ORG' : 'PERSON', rule, agency));
    from = at + name.length;
  }
  return out;
}

/** "REUTERS/Jane Doe/File Photo": the agency before a slash and the photographer after it. */
function photoCredits(text: string): Resolved[] {
  const out: Resolved[] = [];
  for (let slash = text.indexOf(SLASH); slash >= 0; slash = text.indexOf(SLASH, slash + 1)) {
    // Most slashes ("and/or", "1/2", links) have no capital right before them: skip those by hand.
    const code = text.charCodeAt(slash - 1);
    if (!(code >= UPPER_A && code <= UPPER_Z) && !(code >= LOWER_A && code <= LOWER_Z)) continue;
    const word = CREDIT_AGENCY.exec(text.slice(Math.max(0, slash - MAX_AGENCY_CHARS), slash))?.[0];
    const agency = word ? agencyName(word) : undefined;
    if (!word || !agency) continue;
    const name = PHOTOGRAPHER.exec(text.slice(slash + 1, slash + 80))?.[0];
    if (!name) continue;
    out.push(mention(text, { start: slash - word.length, end: slash }, 'ORG', ENTITY_RULES.photoCredit, agency));
    out.push(mention(text, { start: slash + 1, end: slash + 1 + name.length }, 'PERSON', ENTITY_RULES.photoCredit));
  }
  return out;
}

/** Every structural mention of the article, in no particular order. */
export function structuralMentions(text: string, structure: Structure): Resolved[] {
  const out = datelineMentions(text, structure);
  if (structure.byline) out.push(...namedIn(text, structure.byline, structure.byline.people, ENTITY_RULES.byline));
  for (const credit of structure.credits) out.push(...namedIn(text, credit, credit.names, ENTITY_RULES.credit));
  out.push(...photoCredits(text));
  return out;
}

const STRUCTURAL_RULES: ReadonlySet<string> = new Set<EntityRule>([
  ENTITY_RULES.datelinePlace, ENTITY_RULES.datelineAgency, ENTITY_RULES.photoCredit, ENTITY_RULES.byline, ENTITY_RULES.credit,
]);

/**
 * The entities as the article's prose mentions them, structural mentions left out (entities
 * with no other mention dropped; ids kept): a credit's agency or a dateline's place is no one
 * "the ministry" or "he" can refer back to.
 */
export function proseEntities(entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const entity of entities) {
    const mentions = entity.mentions.filter((m) => m.rule === undefined || !STRUCTURAL_RULES.has(m.rule));
    if (mentions.length === entity.mentions.length) out.push(entity);
    else if (mentions.length > 0) out.push({ ...entity, mentions });
  }
  return out;
}
