import type { AnyNode, Element } from './dom.js';
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

const ZERO: Stats = { chars: 0, linkChars: 0, commas: 0 };

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
 * Text statistics of every kept element under `root`, in one post-order pass, so scoring
 * and cleaning never re-read a subtree's text.
 */
export function measure(root: AnyNode, dropped: ReadonlySet<Element>): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  visit(root, dropped, stats);
  return stats;
}

function visit(node: AnyNode, dropped: ReadonlySet<Element>, out: Map<Element, Stats>): Stats {
  if (node.type !== 'tag' && node.type !== 'root') return ZERO;
  if (node.type === 'tag' && dropped.has(node)) return ZERO;
  const total: Stats = { chars: 0, linkChars: 0, commas: 0 };
  for (const child of node.children) {
    if (child.type === 'text') {
      // Text nodes are the most numerous: counted in place, without a Stats object each.
      total.chars += collapsedLength(child.data);
      total.commas += commaCount(child.data);
      continue;
    }
    const s = visit(child, dropped, out);
    total.chars += s.chars;
    total.linkChars += s.linkChars;
    total.commas += s.commas;
  }
  if (node.type === 'tag') {
    if (node.name === 'a') {
      const href = node.attribs['href'] ?? '';
      total.linkChars = href.startsWith('#') ? total.chars * HASH_LINK_WEIGHT : total.chars;
    }
    out.set(node, total);
  }
  return total;
}

export function linkDensity(s: Stats | undefined): number {
  return s === undefined || s.chars === 0 ? 0 : s.linkChars / s.chars;
}
