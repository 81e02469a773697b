import type { Span } from '../model.js';

/** A run of text with the quote and the entity mention it lies in, if any. */
export interface Segment<Q, M> {
  text: string;
  quote?: Q;
  mention?: M;
}

/**
 * Cuts `text[span]` at every quote and mention boundary, so a renderer can mark each run.
 * Quotes and mentions may overlap each other (a name inside a quote); within each kind the
 * first one covering a run wins.
 */
export function segments<Q extends Span, M extends Span>(text: string, span: Span, quotes: readonly Q[], mentions: readonly M[]): Segment<Q, M>[] {
  const inside = <T extends Span>(items: readonly T[]): T[] => items.filter((i) => i.end > span.start && i.start < span.end);
  const qs = inside(quotes);
  const ms = inside(mentions);
  const cuts = new Set<number>([span.start, span.end]);
  for (const i of [...qs, ...ms]) {
    cuts.add(Math.max(span.start, i.start));
    cuts.add(Math.min(span.end, i.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result: Segment<Q, M>[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const from = points[k] as number;
    const to = points[k + 1] as number;
    const quote = qs.find((q) => q.start <= from && q.end >= to);
    const mention = ms.find((m) => m.start <= from && m.end >= to);
    result.push({ text: text.slice(from, to), ...(quote ? { quote } : {}), ...(mention ? { mention } : {}) });
  }
  return result;
}
