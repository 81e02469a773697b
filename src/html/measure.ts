import { walk, type Element } from './dom.js';
import { COMMA } from './patterns.js';

/** Text statistics of one element's kept subtree. */
export interface Stats {
  /** Characters of text, whitespace runs counted as one. */
  chars: number;
  /** Characters of that text inside links (in-page `#` links weigh less: they are notes). */
  linkChars: number;
  commas: number;
}

/** Weight of the text of an in-page anchor link (footnotes, tables of contents). */
const HASH_LINK_WEIGHT = 0.3;

/** Non-global twin of COMMA for a cheap presence test (no match array built). */
const COMMA_ANY = new RegExp(COMMA.source);

/** Length of a text node once whitespace is collapsed (a loop: no string is built). */
export function collapsedLength(data: string): number {
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < data.length; i++) {
    const space = isSpace(data.charCodeAt(i));
    if (!space || !inSpace) length++;
    inSpace = space;
  }
  return length;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

export function commaCount(data: string): number {
  if (!COMMA_ANY.test(data)) return 0;
  return data.match(COMMA)?.length ?? 0;
}

/**
 * Text statistics of every kept element under `root`, so scoring and cleaning never re-read
 * a subtree's text. Elements are listed in document order, then summed in reverse, so every
 * child is done before its parent without recursion (pages nest thousands deep).
 */
export function measure(root: Element, dropped: ReadonlySet<Element>): Map<Element, Stats> {
  const order: Element[] = [];
  walk(root, (el) => {
    if (el.type !== 'tag' || dropped.has(el)) return false;
    order.push(el);
    return true;
  });
  const stats = new Map<Element, Stats>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    stats.set(el, sum(el, stats));
  }
  return stats;
}

function sum(el: Element, done: ReadonlyMap<Element, Stats>): Stats {
  const total: Stats = { chars: 0, linkChars: 0, commas: 0 };
  for (const child of el.children) {
    if (child.type === 'text') {
      total.chars += collapsedLength(child.data);
      total.commas += commaCount(child.data);
    } else if (child.type === 'tag') {
      const s = done.get(child);
      if (s === undefined) continue;
      total.chars += s.chars;
      total.linkChars += s.linkChars;
      total.commas += s.commas;
    }
  }
  if (el.name === 'a') {
    const href = el.attribs['href'] ?? '';
    total.linkChars = href.startsWith('#') ? total.chars * HASH_LINK_WEIGHT : total.chars;
  }
  return total;
}

export function linkDensity(s: Stats | undefined): number {
  return s === undefined || s.chars === 0 ? 0 : s.linkChars / s.chars;
}
