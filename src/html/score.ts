import { childElements, type Element } from './dom.js';
import { BLOCK, CONTAINER, PARAGRAPH } from './blocks.js';
import { collapsedLength, commaCount, linkDensity, type Stats } from './measure.js';
import { NEGATIVE_HINT, POSITIVE_HINT } from './patterns.js';

/** Text shorter than this is a label, not a paragraph, and earns no score. */
const MIN_PARAGRAPH_CHARS = 25;
/** One point per this many characters of a paragraph... */
const CHARS_PER_POINT = 100;
/** ...up to this many points, so one long block cannot outweigh many paragraphs. */
const MAX_LENGTH_POINTS = 3;
/** How many ancestors a paragraph's score reaches. */
const ANCESTOR_LEVELS = 5;
/** Weight of one class or id hint. */
export const HINT_WEIGHT = 25;

/** Starting score by element: sectioning blocks are likelier containers than lists or headings. */
const TAG_PRIOR: Readonly<Record<string, number>> = {
  div: 5, article: 8, main: 5, section: 3,
  pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** +/- HINT_WEIGHT for each of class and id that looks like content or chrome, + for schema.org's articleBody. */
export function hintWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.attribs['class'], el.attribs['id']]) {
    if (value === undefined || value === '') continue;
    if (NEGATIVE_HINT.test(value)) weight -= HINT_WEIGHT;
    if (POSITIVE_HINT.test(value)) weight += HINT_WEIGHT;
  }
  if (el.attribs['itemprop'] === 'articleBody') weight += HINT_WEIGHT;
  return weight;
}

export interface ScoreContext {
  dropped: ReadonlySet<Element>;
  stats: ReadonlyMap<Element, Stats>;
  /** Apply class/id hints (off on the last relaxed retry). */
  useHints: boolean;
}

/**
 * Scores candidate containers: every paragraph-like block (a `<p>`, a cell, a text-only
 * `<div>`, or a run of loose text in a container) earns points for length and commas and
 * hands them to its ancestors, halving at the grandparent and thinning beyond. The sums are
 * then discounted by link density, so link lists lose to prose.
 */
export function scoreCandidates(body: Element, ctx: ScoreContext): Map<Element, number> {
  const scores = new Map<Element, number>();
  const award = (start: Element, points: number): void => {
    let node: Element | null = start;
    for (let level = 0; level < ANCESTOR_LEVELS && node !== null && node.type === 'tag'; level++) {
      if (!scores.has(node)) scores.set(node, prior(node, ctx.useHints));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, (scores.get(node) as number) + points / divider);
      node = node.parent?.type === 'tag' ? node.parent : null;
    }
  };
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    const kids = childElements(el).filter((k) => !ctx.dropped.has(k));
    const hasBlockChild = kids.some((k) => BLOCK.has(k.name));
    if (PARAGRAPH.has(el.name) || (!hasBlockChild && CONTAINER.has(el.name) && el !== body)) {
      const s = ctx.stats.get(el);
      if (s !== undefined && el.parent?.type === 'tag') {
        const points = paragraphPoints(s.chars, s.commas);
        if (points > 0) award(el.parent, points);
      }
      if (!hasBlockChild) continue;
    }
    if (hasBlockChild && CONTAINER.has(el.name)) scoreLooseText(el, ctx, award);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Element);
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(ctx.stats.get(el))));
  return scores;
}

function paragraphPoints(chars: number, commas: number): number {
  if (chars < MIN_PARAGRAPH_CHARS) return 0;
  return 1 + commas + Math.min(Math.floor(chars / CHARS_PER_POINT), MAX_LENGTH_POINTS);
}

function prior(el: Element, useHints: boolean): number {
  return (TAG_PRIOR[el.name] ?? 0) + (useHints ? hintWeight(el) : 0);
}

/** Text directly inside a container that also holds blocks scores like a paragraph of it. */
function scoreLooseText(
  el: Element,
  ctx: ScoreContext,
  award: (start: Element, points: number) => void,
): void {
  let chars = 0;
  let commas = 0;
  const flush = (): void => {
    const points = paragraphPoints(chars, commas);
    if (points > 0) award(el, points);
    chars = 0;
    commas = 0;
  };
  for (const child of el.children) {
    if (child.type === 'text') {
      chars += collapsedLength(child.data);
      commas += commaCount(child.data);
    } else if (child.type === 'tag' && !ctx.dropped.has(child)) {
      if (BLOCK.has(child.name)) flush();
      else {
        const s = ctx.stats.get(child);
        chars += s?.chars ?? 0;
        commas += s?.commas ?? 0;
      }
    }
  }
  flush();
}
