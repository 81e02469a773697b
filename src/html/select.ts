import { BLOCK } from './blocks.js';
import { childElements, textOf, type Element } from './dom.js';
import { linkDensity, type Stats } from './measure.js';
import { SENTENCE_END } from './patterns.js';

/** How many runners-up are compared with the winner. */
const RUNNERS_UP = 5;
/** A runner-up this close to the winner may be another part of the same story. */
const RUNNER_UP_RATIO = 0.75;
/** This many close runners-up under one ancestor make that ancestor the story. */
const MIN_CLOSE_RUNNERS_UP = 3;
/** Climbing stops at an ancestor scoring below this share of the winner. */
const CLIMB_RATIO = 1 / 3;
/**
 * A parent receives only half of its grandchildren's points, so a parent scoring nearly as
 * well as the winner holds story paragraphs of its own (an intro beside the main block).
 */
const PARENT_TIE_RATIO = 0.85;
/** How far up such a rival is looked for (a wrapper named like chrome may sit in between). */
const TIE_LEVELS = 3;
/** A sibling scoring this share of the winner (and at least SIBLING_FLOOR) joins it. */
const SIBLING_RATIO = 0.2;
const SIBLING_FLOOR = 10;
/** Siblings with the winner's class get this share of its score as a bonus. */
const SAME_CLASS_BONUS = 0.2;
/** An unscored sibling paragraph joins when this long with few links... */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;

export interface SelectContext {
  dropped: ReadonlySet<Element>;
  stats: ReadonlyMap<Element, Stats>;
}

/**
 * Picks the story: the best-scoring container, moved up when its runners-up share an
 * ancestor or its parent scores better, then joined by siblings that look like more of it
 * (well-scored blocks, prose paragraphs). Returns the blocks in document order.
 */
export function selectContent(
  body: Element,
  scores: ReadonlyMap<Element, number>,
  ctx: SelectContext,
): Element[] {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (first === undefined) return [body];
  let top = first[0];
  top = shareAncestor(top, first[1], ranked.slice(1, RUNNERS_UP + 1), body);
  top = climb(top, scores, body);
  while (top.parent?.type === 'tag' && top.parent !== body && keptChildren(top.parent, ctx).length === 1) {
    top = top.parent;
  }
  return withSiblings(top, scores.get(top) ?? first[1], scores, ctx);
}

function keptChildren(el: Element, ctx: SelectContext): Element[] {
  return childElements(el).filter((k) => !ctx.dropped.has(k));
}

function contains(ancestor: Element, node: Element): boolean {
  for (let cur: Element | null = node; cur !== null; cur = cur.parent?.type === 'tag' ? cur.parent : null) {
    if (cur === ancestor) return true;
  }
  return false;
}

function shareAncestor(
  top: Element,
  topScore: number,
  others: [Element, number][],
  body: Element,
): Element {
  const close = others.filter(([, s]) => s / topScore >= RUNNER_UP_RATIO).map(([el]) => el);
  if (close.length < MIN_CLOSE_RUNNERS_UP) return top;
  for (let a = top.parent; a !== null && a.type === 'tag' && a !== body; a = a.parent) {
    if (close.filter((el) => contains(a as Element, el)).length >= MIN_CLOSE_RUNNERS_UP) return a;
  }
  return top;
}

function climb(top: Element, scores: ReadonlyMap<Element, number>, body: Element): Element {
  let last = scores.get(top) ?? 0;
  const floor = last * CLIMB_RATIO;
  const rival = ancestors(top, body, TIE_LEVELS).find((a) => (scores.get(a) ?? 0) >= last * PARENT_TIE_RATIO);
  if (rival !== undefined) return rival;
  for (let p = top.parent; p !== null && p.type === 'tag' && p !== body; p = p.parent) {
    const score = scores.get(p);
    if (score === undefined) continue;
    if (score < floor) break;
    if (score > last) return p;
    last = score;
  }
  return top;
}

function ancestors(el: Element, body: Element, levels: number): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p !== null && p.type === 'tag' && p !== body && out.length < levels; p = p.parent) out.push(p);
  return out;
}

function withSiblings(
  top: Element,
  topScore: number,
  scores: ReadonlyMap<Element, number>,
  ctx: SelectContext,
): Element[] {
  const parent = top.parent;
  if (parent === null || parent.type !== 'tag') return [top];
  const threshold = Math.max(SIBLING_FLOOR, topScore * SIBLING_RATIO);
  const topClass = top.attribs['class'] ?? '';
  return keptChildren(parent, ctx).filter((sib) => {
    if (sib === top) return true;
    const bonus = topClass !== '' && sib.attribs['class'] === topClass ? topScore * SAME_CLASS_BONUS : 0;
    const score = scores.get(sib);
    if (score !== undefined && score + bonus >= threshold) return true;
    return isProseParagraph(sib, ctx);
  });
}

function isProseParagraph(el: Element, ctx: SelectContext): boolean {
  const paragraphLike = el.name === 'p' || (el.name === 'div' && !el.children.some((k) => k.type === 'tag' && BLOCK.has(k.name)));
  if (!paragraphLike) return false;
  const s = ctx.stats.get(el);
  if (s === undefined || s.chars === 0) return false;
  const density = linkDensity(s);
  if (s.chars > SIBLING_PARAGRAPH_CHARS) return density < SIBLING_MAX_LINK_DENSITY;
  return density === 0 && SENTENCE_END.test(textOf(el, ctx.dropped));
}
