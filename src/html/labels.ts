import { BLOCK } from './blocks.js';
import { attr, textOf, type Element } from './dom.js';
import { BOILERPLATE_LINES } from './lexicons/boilerplate.js';
import { linkDensity, type Stats } from './measure.js';
import { BYLINE_HINT, RECIRCULATION_LEAD, SHARE } from './patterns.js';
import { isInside, MIN_BLOCK_CHARS } from './widgets.js';

/** Share bars and bylines are short; longer blocks with such names may be the story. */
const MAX_LABEL_CHARS = 120;
/** Byline openings in the languages newsrooms most often archive. */
const BYLINE_OPENING = /^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported)\s+)?(?:[Bb]y|BY|[Pp]ar|[Pp]or|[Vv]on)\s+\p{Lu}/u;
/** Elements whose whole text may be a byline line. */
const BYLINE_ELEMENTS: ReadonlySet<string> = new Set(['p', 'div', 'span', 'address']);
/** Elements that may hold a one-line pointer to another story. */
const LINE_ELEMENTS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'strong', 'span']);
/** A "Related: ..." line is a pointer when at least this share of it is link text. */
const MIN_RECIRCULATION_LINKS = 0.5;

const BOILERPLATE: ReadonlySet<string> = new Set(BOILERPLATE_LINES);
const LONGEST_BOILERPLATE = Math.max(...BOILERPLATE_LINES.map((line) => line.length));
const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

export interface LabelContext {
  dropped: ReadonlySet<Element>;
  stats: ReadonlyMap<Element, Stats>;
}

/**
 * Short non-story lines inside the story container: picture labels and credits inside a
 * figure (outside its caption), share bars, bylines (by name or by their opening "By ..."),
 * "Related: <link>" pointers to other stories, and interface labels from the boilerplate
 * lexicon that stand alone.
 */
export function isLabel(el: Element, chars: number, hints: string, ctx: LabelContext): boolean {
  if (chars < MIN_BLOCK_CHARS && el.name !== 'figcaption' && isInside(el, 'figure') && !isInside(el, 'figcaption')) return true;
  if (chars >= MAX_LABEL_CHARS) return false;
  if (hints !== '' && (SHARE.test(hints) || isBylineBlock(el, hints))) return true;
  if (BYLINE_ELEMENTS.has(el.name) && BYLINE_OPENING.test(textOf(el, ctx.dropped))) return true;
  if (LINE_ELEMENTS.has(el.name) && linkDensity(ctx.stats.get(el)) >= MIN_RECIRCULATION_LINKS && RECIRCULATION_LEAD.test(textOf(el, ctx.dropped))) return true;
  return chars <= LONGEST_BOILERPLATE && standsAlone(el, chars, ctx) && isBoilerplateLine(el, ctx.dropped);
}

function isBylineBlock(el: Element, hints: string): boolean {
  return BYLINE_HINT.test(hints) || attr(el, 'rel') === 'author' || attr(el, 'itemprop').includes('author');
}

/** A block, or an inline element that is its block's whole text (not a word inside a sentence). */
function standsAlone(el: Element, chars: number, ctx: LabelContext): boolean {
  if (BLOCK.has(el.name)) return true;
  const parent = el.parent;
  return parent !== null && parent.type === 'tag' && (ctx.stats.get(parent)?.chars ?? 0) === chars;
}

/** A block whose entire text is an interface label ("Advertisement", "Continue reading"). */
function isBoilerplateLine(el: Element, dropped: ReadonlySet<Element>): boolean {
  return BOILERPLATE.has(textOf(el, dropped).toLowerCase().replace(EDGE_PUNCTUATION, ''));
}
