import type { Quote } from '../model.js';

/** Words near an unnamed source that say it is anonymous on purpose. */
const ANONYMITY = /anonymity|anonymous|not authori[sz]ed|declined to be (?:named|identified)|asked not to be (?:named|identified)|on background/i;
/** How far after an unnamed source ("a top Kremlin aide said") its name may be given, in paragraphs. */
const MAX_NAMING_PARAGRAPHS = 1;

/**
 * A lede often quotes "a top Kremlin aide" and names him in the next paragraph. An unnamed,
 * non-anonymous description takes the name of the next named person who speaks within
 * MAX_NAMING_PARAGRAPHS (rule suffix `:named-later`).
 */
export function nameLedeDescriptions(text: string, quotes: readonly Quote[], paragraphOf: ReadonlyMap<Quote, number>): void {
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  ordered.forEach((quote, index) => {
    const speaker = quote.speaker;
    const paragraph = paragraphOf.get(quote);
    if (!speaker || paragraph === undefined || !quote.rule.endsWith(':description') || !/^an?\s/i.test(speaker.surface)) return;
    if (ANONYMITY.test(text.slice(speaker.start, text.indexOf('\n', speaker.start) >>> 0))) return;
    const named = ordered.slice(index + 1).find((later) => later.speaker && later.rule.endsWith(':name'));
    const namedParagraph = named ? paragraphOf.get(named) : undefined;
    if (!named?.speaker || namedParagraph === undefined || namedParagraph - paragraph > MAX_NAMING_PARAGRAPHS) return;
    const { name, entityId } = named.speaker;
    quote.speaker = { ...speaker, name, ...(entityId ? { entityId } : {}) };
    quote.rule = `${quote.rule}:named-later`;
  });
}
