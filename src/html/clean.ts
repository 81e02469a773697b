import { HEADING } from './blocks.js';
import { classAndId, textOf, walk, type Element } from './dom.js';
import { isLabel } from './labels.js';
import type { Stats } from './measure.js';
import { hintWeight } from './score.js';
import { countContents, isWidget, type Contents } from './widgets.js';

/** A block holding this share of the story's text is the story, whatever its name says. */
const STORY_SHARE = 0.5;
/** A heading this much of the title's start is the headline with the site name cut off. */
const TITLE_PREFIX_SHARE = 0.6;

export interface CleanContext {
  dropped: Set<Element>;
  stats: ReadonlyMap<Element, Stats>;
  /** The page title: a heading repeating it is the headline, kept out of the body. */
  title: string;
}

interface SweepContext extends CleanContext {
  contents: ReadonlyMap<Element, Contents>;
  titleKey: string;
  /** Characters in the block being cleaned. */
  storyChars: number;
}

/**
 * Removes what sits inside the chosen story blocks but is not story, top-down (a dropped
 * block's insides are not judged): headings named like chrome or repeating the headline,
 * short labels (see `isLabel`) and widgets (see `isWidget`). Adds to `ctx.dropped`.
 */
export function cleanContent(blocks: readonly Element[], ctx: CleanContext): void {
  const titleKey = headingKey(ctx.title);
  for (const block of blocks) {
    const contents = countContents(block, ctx.dropped, ctx.stats);
    const sweep: SweepContext = { ...ctx, contents, titleKey, storyChars: ctx.stats.get(block)?.chars ?? 0 };
    walk(block, (el) => {
      if (el === block) return true;
      if (ctx.dropped.has(el)) return false;
      if (!shouldDrop(el, sweep)) return true;
      ctx.dropped.add(el);
      return false;
    });
  }
}

function shouldDrop(el: Element, ctx: SweepContext): boolean {
  const stats = ctx.stats.get(el);
  const chars = stats?.chars ?? 0;
  if (chars > ctx.storyChars * STORY_SHARE) return false;
  if (HEADING.has(el.name)) {
    return hintWeight(el) < 0 || repeatsTitle(headingKey(textOf(el, ctx.dropped)), ctx.titleKey);
  }
  const hints = classAndId(el);
  return isLabel(el, chars, hints, ctx) || isWidget(el, stats, ctx.contents.get(el), hints);
}

/**
 * A heading repeats the title when they are equal, or when the title is the heading plus a
 * site name ("Friday Facts #282 | Factorio") and the heading is most of it.
 */
function repeatsTitle(heading: string, title: string): boolean {
  if (heading === '' || title === '') return false;
  return heading === title || (title.startsWith(heading) && heading.length >= title.length * TITLE_PREFIX_SHARE);
}

/** Comparable form of a heading: lower case, letters and digits only. */
function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
