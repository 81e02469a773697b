import type { Quote } from '../model.js';

/** Words near an unnamed source that say it is anonymous on purpose. */
const ANONYMITY = /anonymity|anonymous|not authori[sz]ed|declined to be (?:named|identified)|asked not to be (?:named|identified)|on background/i;
/** How far after an unnamed source ("a top Kremlin aide said") its name may be given, in paragraphs. */
const MAX_NAMING_PARAGRAPHS = 1;
/** How much text after the source is searched for a word of anonymity, in characters. */
const ANONYMITY_WINDOW = 200;
const INDEFINITE = /^an?\s/i;

/**
 * A lede often quotes "a top Kremlin aide" and names him in the next paragraph. An unnamed,
 * non-anonymous description takes the name of the next named speaker within
 * MAX_NAMING_PARAGRAPHS (rule suffix `:named-later`).
 */
export function nameLedeDescriptions(text: string, quotes: readonly Quote[], paragraphOf: ReadonlyMap<Quote, number>): void {
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  ordered.forEach((quote, index) => {
    const speaker = quote.speaker;
    const paragraph = paragraphOf.get(quote);
    if (!speaker || paragraph === undefined || !quote.rule.endsWith(':description') || !INDEFINITE.test(speaker.surface)) return;
    if (ANONYMITY.test(text.slice(speaker.start, speaker.end + ANONYMITY_WINDOW))) return;
    for (let k = index + 1; k < ordered.length; k++) {
      const later = ordered[k]!;
      const laterParagraph = paragraphOf.get(later) ?? paragraph;
      if (laterParagraph - paragraph > MAX_NAMING_PARAGRAPHS) return;
      if (!later.speaker || !later.rule.endsWith(':name')) continue;
      const { name, entityId } = later.speaker;
      quote.speaker = { ...speaker, name, ...(entityId ? { entityId } : {}) };
      quote.rule = `${quote.rule}:named-later`;
      return;
    }
  });
}
