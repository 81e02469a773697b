import { attr, classAndId, hasAncestor, textOf, walk, type Document, type Element } from '../dom.js';
import { BYLINE_HINT } from '../patterns.js';
import { renderText } from '../render.js';

/** Byline elements longer than this are bios or boxes, not bylines. */
const MAX_BYLINE_CHARS = 100;
/** How many DOM byline and `<h1>` candidates to keep (the first plausible one wins). */
const MAX_DOM_CANDIDATES = 10;

/** A `<time>` element or itemprop date found in the page body. */
interface PageTime {
  value: string;
  /** itemprop, class and pubdate flag, for telling published from modified. */
  hint: string;
}

/** Everything in a page that metadata may come from, gathered in one walk. */
export interface PageSignals {
  /** `<meta>` contents by lower-cased name, property or itemprop (space-separated keys split). */
  meta: Map<string, string[]>;
  /** Raw contents of `application/ld+json` scripts. */
  jsonLd: string[];
  htmlLang: string;
  titleTag: string;
  canonical: string;
  times: PageTime[];
  /** Text of elements with itemprop="author" (or its nested name). */
  itempropAuthors: string[];
  itempropHeadline: string;
  h1: string[];
  /** Short texts of elements named like bylines (class, id, rel=author), one line per block. */
  bylines: string[];
}

export function collectSignals(doc: Document): PageSignals {
  const s: PageSignals = {
    meta: new Map(),
    jsonLd: [],
    htmlLang: '',
    titleTag: '',
    canonical: '',
    times: [],
    itempropAuthors: [],
    itempropHeadline: '',
    h1: [],
    bylines: [],
  };
  walk(doc, (el) => visit(el, s));
  return s;
}

function visit(el: Element, s: PageSignals): boolean {
  switch (el.name) {
    case 'html':
      s.htmlLang ||= attr(el, 'lang') || attr(el, 'xml:lang');
      return true;
    case 'meta':
      addMeta(el, s.meta);
      return false;
    case 'script':
      if (attr(el, 'type').toLowerCase() === 'application/ld+json') s.jsonLd.push(textOfScript(el));
      return false;
    case 'style':
      return false;
    case 'title':
      if (s.titleTag === '' && !hasAncestor(el, (a) => a.name === 'svg')) s.titleTag = textOf(el);
      return false;
    case 'link':
      if (s.canonical === '' && attr(el, 'rel').toLowerCase() === 'canonical') s.canonical = attr(el, 'href');
      return false;
    case 'time':
      if (attr(el, 'datetime') !== '') s.times.push({ value: attr(el, 'datetime'), hint: timeHint(el) });
      break;
    case 'h1':
      if (s.h1.length < MAX_DOM_CANDIDATES) pushText(s.h1, el);
      break;
  }
  const itemprop = attr(el, 'itemprop');
  if (itemprop !== '') visitItemprop(el, itemprop, s);
  if (s.bylines.length < MAX_DOM_CANDIDATES && looksLikeByline(el)) {
    const text = renderText([el]);
    if (text !== '' && text.length <= MAX_BYLINE_CHARS) s.bylines.push(text);
  }
  return true;
}

function visitItemprop(el: Element, itemprop: string, s: PageSignals): void {
  if (itemprop.includes('author')) {
    const name = findItemprop(el, 'name');
    const text = name !== null ? textOf(name) : attr(el, 'content') || textOf(el);
    if (text !== '' && text.length <= MAX_BYLINE_CHARS) s.itempropAuthors.push(text);
  } else if (itemprop.includes('datePublished') || itemprop.includes('dateModified')) {
    const value = attr(el, 'datetime') || attr(el, 'content') || textOf(el);
    if (value !== '') s.times.push({ value, hint: itemprop });
  } else if (itemprop === 'headline' && s.itempropHeadline === '') {
    s.itempropHeadline = textOf(el);
  }
}

function addMeta(el: Element, meta: Map<string, string[]>): void {
  const content = el.attribs['content'];
  if (content === undefined) return;
  const keys = `${attr(el, 'name')} ${attr(el, 'property')} ${attr(el, 'itemprop')}`;
  for (const key of keys.toLowerCase().split(/\s+/)) {
    if (key === '') continue;
    const list = meta.get(key);
    if (list === undefined) meta.set(key, [content.trim()]);
    else list.push(content.trim());
  }
  const equiv = attr(el, 'http-equiv').toLowerCase();
  if (equiv !== '') meta.set(`http-equiv:${equiv}`, [content.trim()]);
}

function textOfScript(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

function timeHint(el: Element): string {
  return `${attr(el, 'itemprop')} ${classAndId(el)} ${el.attribs['pubdate'] !== undefined ? 'pubdate' : ''}`;
}

function looksLikeByline(el: Element): boolean {
  if (attr(el, 'rel') === 'author') return !isInsideChrome(el);
  const hints = classAndId(el);
  return hints !== '' && BYLINE_HINT.test(hints) && !NOT_BYLINE_HINT.test(hints) && !isInsideChrome(el);
}

/** Author widgets that are not the story's byline: follow buttons, author lists, promos. */
const NOT_BYLINE_HINT = /follow|related|recirc|promo|more-|comment|avatar/i;
const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer']);

function isInsideChrome(el: Element): boolean {
  return hasAncestor(el, (a) => CHROME_TAGS.has(a.name));
}

function findItemprop(root: Element, prop: string): Element | null {
  let found: Element | null = null;
  walk(root, (el) => {
    if (found !== null) return false;
    if (el !== root && attr(el, 'itemprop') === prop) found = el;
    return found === null;
  });
  return found;
}

function pushText(list: string[], el: Element): void {
  const text = textOf(el);
  if (text !== '') list.push(text);
}

