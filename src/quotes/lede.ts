import type { Quote, Speaker } from '../model.js';
import { ROLE_NOUNS } from './lexicons/speakers.js';
import { quoteRule } from './rules.js';

/** Words near an unnamed source that say it is anonymous on purpose. */
const ANONYMITY = /anonymity|anonymous|not authori[sz]ed|declined to be (?:named|identified)|asked not to be (?:named|identified)|on background/i;
/** How far after an unnamed source ("a top Kremlin aide said") its name may be given, in paragraphs. */
const MAX_NAMING_PARAGRAPHS = 1;
/** Paragraph index of headline-like fields, whose source ("…, councillor says") the first paragraphs name. */
const HEADLINE = -1;
/** How many body paragraphs may pass before a headline's unnamed source is named. */
const MAX_HEADLINE_NAMING_PARAGRAPHS = 2;
/** How far a headline's source is looked for by its title ("councillor says" → Councillor Gwen Pritchard), in paragraphs. */
const MAX_HEADLINE_TITLE_PARAGRAPHS = 4;
/** How much text after the source is searched for a word of anonymity, in characters. */
const ANONYMITY_WINDOW = 200;
/** A source new to the story: "a top aide", or one described by whom it belongs to ("its chief executive"). */
const INDEFINITE = /^(?:an?|its|their)\s/i;

/**
 * A lede often quotes "a top Kremlin aide" and names him in the next paragraph, and a headline
 * quotes a "councillor" the first paragraphs name. An unnamed, non-anonymous description takes
 * the name of a later named speaker (rule suffix `:named-later`): the one whose title repeats the
 * description's head, else for a person's description the first person, else the first named
 * within MAX_NAMING_PARAGRAPHS (for a headline, MAX_HEADLINE_NAMING_PARAGRAPHS).
 */
export function nameLedeDescriptions(text: string, quotes: readonly Quote[], paragraphOf: ReadonlyMap<Quote, number>, isPerson: (speaker: Speaker) => boolean): void {
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  ordered.forEach((quote, index) => {
    const speaker = quote.speaker;
    const paragraph = paragraphOf.get(quote);
    if (!speaker || paragraph === undefined || !quote.rule.endsWith(':description')) return;
    if (paragraph !== HEADLINE && !INDEFINITE.test(speaker.surface)) return;
    if (ANONYMITY.test(text.slice(speaker.start, speaker.end + ANONYMITY_WINDOW))) return;
    const reach = paragraph === HEADLINE ? MAX_HEADLINE_NAMING_PARAGRAPHS : MAX_NAMING_PARAGRAPHS;
    const titleReach = paragraph === HEADLINE ? MAX_HEADLINE_TITLE_PARAGRAPHS : MAX_NAMING_PARAGRAPHS;
    const named: Quote[] = [];
    for (let k = index + 1; k < ordered.length; k++) {
      const later = ordered[k]!;
      if ((paragraphOf.get(later) ?? paragraph) - paragraph > titleReach) break;
      if (later.speaker && later.rule.endsWith(':name')) named.push(later);
    }
    // The one whose title repeats the description's head ("councillor" → Councillor Gwen Pritchard), else the first near enough.
    const head = speaker.name.slice(speaker.name.lastIndexOf(' ') + 1).toLowerCase();
    const near = named.filter((later) => (paragraphOf.get(later) ?? paragraph) - paragraph <= reach);
    // "an official" is a person: the first person named, not the agency named before her.
    const person = ROLE_NOUNS.get(head) === 'person' ? named.find((later) => isPerson(later.speaker!)) : undefined;
    const source = named.find((later) => later.speaker!.surface.toLowerCase().includes(head)) ?? person ?? near[0];
    if (!source) return;
    const { name, entityId } = source.speaker!;
    quote.speaker = { ...speaker, name, ...(entityId ? { entityId } : {}) };
    quote.rule = `${quote.rule}:named-later`;
  });
}

/**
 * A headline's quoted words with no cue of their own ("Board Backs Cuts Despite ‘Real Pain’")
 * that the body quotes from someone ("would cause “real pain”", Okafor) are that person's words
 * too (rule `mixed:headline-echo`). The speaker keeps the body's span, where the name is.
 */
export function attributeHeadlineEchoes(text: string, quotes: Quote[], isHeadline: (quote: Quote) => boolean): void {
  quotes.forEach((quote, index) => {
    if (quote.speaker || !isHeadline(quote) || quote.rule !== quoteRule('term', 'no-speaker')) return;
    const words = text.slice(quote.start, quote.end).toLowerCase();
    const source = quotes.find((other) => other.speaker && !isHeadline(other) && text.slice(other.start, other.end).toLowerCase().includes(words));
    if (!source) return;
    quotes[index] = { start: quote.start, end: quote.end, kind: 'mixed', fragments: [{ start: quote.start, end: quote.end }], cue: null, speaker: { ...source.speaker! }, rule: quoteRule('mixed', 'headline-echo') };
  });
}
