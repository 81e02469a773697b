import { attr, classAndId, walk, type Element } from './dom.js';
import { ALWAYS_UNLIKELY, CHROME_ROLES, HIDDEN_CLASS, HIDDEN_STYLE, MAYBE_CONTENT, UNLIKELY } from './patterns.js';

/** Elements that never carry story text. */
const NEVER_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'nav',
  'aside',
  'footer',
  'link',
  'meta',
  'head',
  'dialog',
]);

/** Tags whose class names never mark them as chrome (the page itself, and inline links). */
const NEVER_UNLIKELY: ReadonlySet<string> = new Set(['html', 'body', 'a', 'article', 'main']);

/** Inside these, layout class names say nothing about chrome. */
const KEEP_INSIDE: ReadonlySet<string> = new Set(['table', 'code', 'pre']);

export interface PruneOptions {
  /** Drop blocks whose class/id names page chrome. Off on the relaxed retry. */
  dropUnlikely: boolean;
}

/**
 * Marks the subtrees to leave out before scoring: non-text elements, hidden elements, ARIA
 * chrome and (optionally) blocks named like chrome. Marking instead of removing keeps the tree
 * intact, so a relaxed retry needs no second parse.
 */
export function pruneChrome(root: Element, options: PruneOptions): Set<Element> {
  const dropped = new Set<Element>();
  walk(root, (el) => {
    if (shouldDrop(el, options)) {
      dropped.add(el);
      return false;
    }
    if (!options.dropUnlikely || !KEEP_INSIDE.has(el.name)) return true;
    dropInvisible(el, dropped);
    return false;
  });
  return dropped;
}

/** Below a table or code block, only non-text and hidden elements are dropped. */
function dropInvisible(block: Element, dropped: Set<Element>): void {
  walk(block, (el) => {
    if (el === block || !shouldDrop(el, { dropUnlikely: false })) return true;
    dropped.add(el);
    return false;
  });
}

function shouldDrop(el: Element, options: PruneOptions): boolean {
  if (el.type !== 'tag' || NEVER_TEXT.has(el.name)) return true;
  if (isHidden(el)) return true;
  const role = attr(el, 'role');
  if (role !== '' && CHROME_ROLES.has(role)) return true;
  if (!options.dropUnlikely || NEVER_UNLIKELY.has(el.name) || attr(el, 'itemprop') === 'articleBody') return false;
  const hints = classAndId(el);
  if (hints === '') return false;
  return ALWAYS_UNLIKELY.test(hints) || (UNLIKELY.test(hints) && !MAYBE_CONTENT.test(hints));
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined) return true;
  if (a['aria-hidden'] === 'true' && !(a['class'] ?? '').includes('fallback-image')) return true;
  const cls = a['class'];
  if (cls !== undefined && HIDDEN_CLASS.test(cls)) return true;
  const style = a['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}
