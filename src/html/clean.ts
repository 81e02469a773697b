import { BLOCK, HEADING } from './blocks.js';
import { attr, classAndId, hasAncestor, textOf, walk, type AnyNode, type Element } from './dom.js';
import { BOILERPLATE_LINES } from './lexicons/boilerplate.js';
import { linkDensity, type Stats } from './measure.js';
import { BYLINE_HINT, SHARE, VIDEO_HOST } from './patterns.js';
import { hintWeight } from './score.js';

/** Blocks judged on their contents: kept only when they look like part of the story. */
const CONDITIONAL: ReadonlySet<string> = new Set(['div', 'section', 'header', 'form', 'fieldset', 'table', 'ul', 'ol', 'dl']);
/** Enough commas mark prose, which is kept whatever else the block holds. */
const PROSE_COMMAS = 10;
/**
 * Shorter text than this with no pictures to speak of is a widget; inside a figure but
 * outside its caption, it is a label ("Photo", "Enlarge", a credit line).
 */
const MIN_BLOCK_CHARS = 25;
/** Fewer than this many paragraphs per image is a gallery or promo grid. */
const MIN_PARAGRAPHS_PER_IMAGE = 0.5;
/** Link density above which a block without content hints is a link list. */
const MAX_LINK_DENSITY = 0.2;
/** ...and above which even a block with content hints is. */
const MAX_LINK_DENSITY_HINTED = 0.5;
/** A list is a real list when its items hold this share of its text. */
const LIST_TEXT_SHARE = 0.9;
/** Share bars and bylines are short; longer blocks with such names may be the story. */
const MAX_CHROME_CHARS = 120;
/** A block holding this share of the story's text is the story, whatever its name says. */
const STORY_SHARE = 0.5;
/** Headings mostly made of heading text are section titles, kept even when short. */
const HEADING_SHARE = 0.9;
/** One video player with this little text around it is a promo slot, not the story's video. */
const MIN_EMBED_CAPTION_CHARS = 75;

/** Byline openings in the languages newsrooms most often archive. */
const BYLINE_OPENING = /^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported)\s+)?(?:[Bb]y|BY|[Pp]ar|[Pp]or|[Vv]on)\s+\p{Lu}/u;
/** Elements whose whole text may be a byline line. */
const BLOCK_TEXT: ReadonlySet<string> = new Set(['p', 'div', 'span', 'address']);

/** Captions belong to the story's pictures, whatever else their class names say ("media-caption"). */
const CAPTION_HINT = /caption/i;

const BOILERPLATE: ReadonlySet<string> = new Set(BOILERPLATE_LINES);
const LONGEST_BOILERPLATE = Math.max(...BOILERPLATE_LINES.map((line) => line.length));
const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/** A block, or an inline element that is its block's whole text (not a word inside a sentence). */
function standsAlone(el: Element, chars: number, ctx: CleanContext): boolean {
  if (BLOCK.has(el.name)) return true;
  const parent = el.parent;
  return parent !== null && parent.type === 'tag' && (ctx.stats.get(parent)?.chars ?? 0) === chars;
}

/** A block whose entire text is an interface label ("Advertisement", "Continue reading"). */
function isBoilerplateLine(el: Element, dropped: ReadonlySet<Element>): boolean {
  return BOILERPLATE.has(textOf(el, dropped).toLowerCase().replace(EDGE_PUNCTUATION, ''));
}

interface Counts {
  paragraphs: number;
  images: number;
  inputs: number;
  embeds: number;
  listChars: number;
  headingChars: number;
}

export interface CleanContext {
  dropped: Set<Element>;
  stats: ReadonlyMap<Element, Stats>;
  scores: ReadonlyMap<Element, number>;
  /** The page title: a heading repeating it is the headline, kept out of the body. */
  title: string;
}

/**
 * Removes what sits inside the chosen story blocks but is not story: headings and blocks
 * named like chrome, share bars, bylines, repeated headlines, and blocks whose contents
 * (links, images, form fields, players versus prose) say widget. Adds to `ctx.dropped`.
 */
export function cleanContent(blocks: readonly Element[], ctx: CleanContext): void {
  const counts = new Map<Element, Counts>();
  const titleKey = headingKey(ctx.title);
  for (const block of blocks) {
    count(block, ctx.dropped, ctx.stats, counts);
    const storyChars = ctx.stats.get(block)?.chars ?? 0;
    sweep(block, { ...ctx, counts, titleKey, storyChars });
  }
}

interface SweepContext extends CleanContext {
  counts: ReadonlyMap<Element, Counts>;
  titleKey: string;
  /** Characters in the block being cleaned. */
  storyChars: number;
}

/** Top-down: a dropped block's insides are not judged. */
function sweep(root: Element, ctx: SweepContext): void {
  walk(root, (el) => {
    if (el === root) return true;
    if (ctx.dropped.has(el)) return false;
    if (!shouldDrop(el, ctx)) return true;
    ctx.dropped.add(el);
    return false;
  });
}

function shouldDrop(el: Element, ctx: SweepContext): boolean {
  const { counts, titleKey } = ctx;
  const stats = ctx.stats.get(el);
  const chars = stats?.chars ?? 0;
  if (chars > ctx.storyChars * STORY_SHARE) return false;
  if (HEADING.has(el.name)) {
    if (hintWeight(el) < 0) return true;
    return titleKey !== '' && headingKey(textOf(el, ctx.dropped)) === titleKey;
  }
  if (chars < MIN_BLOCK_CHARS && el.name !== 'figcaption' && isInside(el, 'figure') && !isInside(el, 'figcaption')) return true;
  const hints = classAndId(el);
  if (chars < MAX_CHROME_CHARS && hints !== '' && (SHARE.test(hints) || isBylineBlock(el, hints))) return true;
  if (chars < MAX_CHROME_CHARS && opensLikeByline(el, ctx.dropped)) return true;
  if (chars <= LONGEST_BOILERPLATE && standsAlone(el, chars, ctx) && isBoilerplateLine(el, ctx.dropped)) return true;
  if (!CONDITIONAL.has(el.name) || isInside(el, 'code') || isDataTable(el) || CAPTION_HINT.test(hints)) return false;
  const weight = hintWeight(el);
  if (weight < 0) return true;
  if ((stats?.commas ?? 0) >= PROSE_COMMAS) return false;
  const c = counts.get(el);
  if (c === undefined) return false;
  const isList = el.name === 'ul' || el.name === 'ol' || (chars > 0 && c.listChars / chars > LIST_TEXT_SHARE);
  const density = linkDensity(stats);
  const inFigure = isInside(el, 'figure');
  if (c.images > 1 && c.paragraphs / c.images < MIN_PARAGRAPHS_PER_IMAGE && !inFigure) return true;
  if (c.inputs > Math.floor(c.paragraphs / 3)) return true;
  if (!isList && chars < MIN_BLOCK_CHARS && c.headingChars / Math.max(chars, 1) < HEADING_SHARE && (c.images === 0 || c.images > 2) && !inFigure) return true;
  if (!isList && weight < 25 && density > MAX_LINK_DENSITY) return true;
  if (weight >= 25 && density > MAX_LINK_DENSITY_HINTED) return true;
  return (c.embeds === 1 && chars < MIN_EMBED_CAPTION_CHARS) || c.embeds > 1;
}

function isBylineBlock(el: Element, hints: string): boolean {
  return BYLINE_HINT.test(hints) || attr(el, 'rel') === 'author' || attr(el, 'itemprop').includes('author');
}

/** A short block that opens like a byline ("By Jane Roe · May 2") is one, whatever its name. */
function opensLikeByline(el: Element, dropped: ReadonlySet<Element>): boolean {
  return BLOCK_TEXT.has(el.name) && BYLINE_OPENING.test(textOf(el, dropped));
}

function isInside(el: Element, name: string): boolean {
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
 * Bottom-up counts of what each element holds, so the sweep reads no subtree twice; summed
 * in reverse document order, without recursion.
 */
function count(
  root: Element,
  dropped: ReadonlySet<Element>,
  stats: ReadonlyMap<Element, Stats>,
  out: Map<Element, Counts>,
): void {
  const order: Element[] = [];
  walk(root, (el) => {
    if (el !== root && dropped.has(el)) return false;
    order.push(el);
    return true;
  });
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const c: Counts = { paragraphs: 0, images: 0, inputs: 0, embeds: 0, listChars: 0, headingChars: 0 };
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      if (isEmbed(child)) c.embeds++;
      const k = out.get(child);
      if (k === undefined) continue;
      c.paragraphs += k.paragraphs + (child.name === 'p' ? 1 : 0);
      c.images += k.images + (child.name === 'img' ? 1 : 0);
      c.inputs += k.inputs + (child.name === 'input' ? 1 : 0);
      c.embeds += k.embeds;
      const chars = stats.get(child)?.chars ?? 0;
      c.listChars += child.name === 'li' ? chars : k.listChars;
      c.headingChars += HEADING.has(child.name) ? chars : k.headingChars;
    }
    out.set(el, c);
  }
}

/** Players from video hosts; other embeds are dropped before cleaning and say nothing. */
function isEmbed(el: Element): boolean {
  if (el.name !== 'iframe' && el.name !== 'embed' && el.name !== 'object') return false;
  return VIDEO_HOST.test(attr(el, 'src') + attr(el, 'data'));
}

/** Comparable form of a heading: lower case, letters and digits only. */
function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
