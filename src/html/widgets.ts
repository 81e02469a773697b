import { HEADING } from './blocks.js';
import { attr, hasAncestor, walk, type AnyNode, type Element } from './dom.js';
import { linkDensity, type Stats } from './measure.js';
import { CAPTION_HINT, VIDEO_HOST } from './patterns.js';
import { HINT_WEIGHT, hintWeight } from './score.js';

/** Blocks judged on their contents: kept only when they look like part of the story. */
const CONDITIONAL: ReadonlySet<string> = new Set(['div', 'section', 'header', 'form', 'fieldset', 'table', 'ul', 'ol', 'dl']);
/** Enough commas mark prose, which is kept whatever else the block holds. */
const PROSE_COMMAS = 10;
/** Shorter text than this with no pictures to speak of is a widget. */
export const MIN_BLOCK_CHARS = 25;
/** Fewer than this many paragraphs per image is a gallery or promo grid. */
const MIN_PARAGRAPHS_PER_IMAGE = 0.5;
/** More than one form field per this many paragraphs is a form, not a story. */
const PARAGRAPHS_PER_INPUT = 3;
/** Link density above which a block without content hints is a link list. */
const MAX_LINK_DENSITY = 0.2;
/** ...and above which even a block with content hints is. */
const MAX_LINK_DENSITY_HINTED = 0.5;
/** A list is a real list when its items hold this share of its text. */
const LIST_TEXT_SHARE = 0.9;
/** Headings mostly made of heading text are section titles, kept even when short. */
const HEADING_SHARE = 0.9;
/** One video player with this little text around it is a promo slot, not the story's video. */
const MIN_EMBED_CAPTION_CHARS = 75;
/** Galleries of up to this many images may stand without text. */
const MAX_BARE_IMAGES = 2;

/** What an element holds, for telling a widget from a part of the story. */
export interface Contents {
  paragraphs: number;
  images: number;
  inputs: number;
  embeds: number;
  listChars: number;
  headingChars: number;
}

/**
 * Whether a container (div, list, table, form...) is a widget by what it holds: images without
 * text, form fields, players, link lists. Prose with many commas, data tables and captions
 * are always kept; a negative class/id hint is enough to drop.
 */
export function isWidget(el: Element, stats: Stats | undefined, contents: Contents | undefined, hints: string): boolean {
  if (!CONDITIONAL.has(el.name) || isInside(el, 'code') || isDataTable(el) || CAPTION_HINT.test(hints)) return false;
  const weight = hintWeight(el);
  if (weight < 0) return true;
  if ((stats?.commas ?? 0) >= PROSE_COMMAS || contents === undefined) return false;
  const c = contents;
  const chars = stats?.chars ?? 0;
  const isList = el.name === 'ul' || el.name === 'ol' || (chars > 0 && c.listChars / chars > LIST_TEXT_SHARE);
  const density = linkDensity(stats);
  const inFigure = isInside(el, 'figure');
  if (c.images > 1 && c.paragraphs / c.images < MIN_PARAGRAPHS_PER_IMAGE && !inFigure) return true;
  if (c.inputs > Math.floor(c.paragraphs / PARAGRAPHS_PER_INPUT)) return true;
  const mostlyHeading = c.headingChars / Math.max(chars, 1) >= HEADING_SHARE;
  const bareImages = c.images === 0 || c.images > MAX_BARE_IMAGES;
  if (!isList && chars < MIN_BLOCK_CHARS && !mostlyHeading && bareImages && !inFigure) return true;
  if (!isList && weight < HINT_WEIGHT && density > MAX_LINK_DENSITY) return true;
  if (weight >= HINT_WEIGHT && density > MAX_LINK_DENSITY_HINTED) return true;
  return (c.embeds === 1 && chars < MIN_EMBED_CAPTION_CHARS) || c.embeds > 1;
}

export function isInside(el: Element, name: string): boolean {
  return hasAncestor(el, (a) => a.name === name);
}

/** Tables with headers or captions hold data the story presents; layout tables do not. */
function isDataTable(el: Element): boolean {
  if (el.name !== 'table') return false;
  if (attr(el, 'role') === 'presentation') return false;
  if (attr(el, 'summary') !== '') return true;
  let found = false;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0 && !found) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag') continue;
    if (n.name === 'th' || n.name === 'caption' || n.name === 'thead') found = true;
    else if (n.name !== 'table') stack.push(...n.children);
  }
  return found;
}

/**
 * Bottom-up contents of every element under `root`, so judging reads no subtree twice;
 * summed in reverse document order, without recursion. Form fields and players are counted
 * even though pruning dropped them: they say what the block around them is.
 */
export function countContents(root: Element, dropped: ReadonlySet<Element>, stats: ReadonlyMap<Element, Stats>): Map<Element, Contents> {
  const order: Element[] = [];
  walk(root, (el) => {
    if (el !== root && dropped.has(el)) return false;
    order.push(el);
    return true;
  });
  const out = new Map<Element, Contents>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const c: Contents = { paragraphs: 0, images: 0, inputs: 0, embeds: 0, listChars: 0, headingChars: 0 };
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      if (isVideo(child)) c.embeds++;
      if (child.name === 'input') c.inputs++;
      const k = out.get(child);
      if (k === undefined) continue;
      c.paragraphs += k.paragraphs + (child.name === 'p' ? 1 : 0);
      c.images += k.images + (child.name === 'img' ? 1 : 0);
      c.inputs += k.inputs;
      c.embeds += k.embeds;
      const chars = stats.get(child)?.chars ?? 0;
      c.listChars += child.name === 'li' ? chars : k.listChars;
      c.headingChars += HEADING.has(child.name) ? chars : k.headingChars;
    }
    out.set(el, c);
  }
  return out;
}

/** Players from video hosts; other embeds are dropped by pruning and say nothing. */
function isVideo(el: Element): boolean {
  if (el.name !== 'iframe' && el.name !== 'embed' && el.name !== 'object') return false;
  return VIDEO_HOST.test(attr(el, 'src') + attr(el, 'data'));
}
