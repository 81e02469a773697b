/**
 * Some bodies end their name with where they work: "Organisation for Security and Cooperation in
 * Europe", "Human Rights in China". The run of capitalised words stops at "in", so the body and
 * the place come apart; they are joined again when the body's name ends in a plain word (not a
 * head like "Bank" or a tail like "International", which close a name: "the Bank of England in
 * London" is a bank in a city) and the place is a country or region, not a town.
 */
import { isCompanySuffix, isOrgHead } from './gazetteer.js';
import { COMPANY_NAME_TAILS } from './lexicons/organisations.js';
import type { Resolved } from './resolve.js';
import { ENTITY_RULES, type EntityRule } from './rules.js';

const IN_GAP = /^[ \t]+in[ \t]+$/;
const tails = new Set(COMPANY_NAME_TAILS);
/** Lists of places wide enough to be a body's field: countries and regions, not cities. */
const FIELD_PLACES: ReadonlySet<EntityRule> = new Set<EntityRule>([ENTITY_RULES.country, ENTITY_RULES.region, ENTITY_RULES.compassPlace]);
/** A capitalised word right after the place: it is the start of something else ("… in Europe Minister …"). */
const CAPITAL_AFTER = /^[ \t]+\p{Lu}/u;

function closesName(word: string): boolean {
  return isOrgHead(word) || isCompanySuffix(word) || tails.has(word);
}

/** Joins each body to a country or region after "in" that ends its name; the input is in text order. */
export function withPlaceTails(text: string, resolved: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let k = 0; k < resolved.length; k++) {
    const body = resolved[k]!;
    const place = resolved[k + 1];
    const joins = place !== undefined && body.type === 'ORG' && body.words.length > 1 && FIELD_PLACES.has(place.rule) &&
      !closesName(body.words.at(-1) ?? '') && IN_GAP.test(text.slice(body.end, place.start)) &&
      !CAPITAL_AFTER.test(text.slice(place.end, place.end + 2));
    if (!joins) {
      out.push(body);
      continue;
    }
    const surface = text.slice(body.start, place.end);
    out.push({
      ...body, end: place.end, surface, words: [...body.words, 'in', ...place.words], wordSpans: [...body.wordSpans, ...place.wordSpans],
      rule: ENTITY_RULES.orgPlaceTail,
    });
    k++;
  }
  return out;
}
