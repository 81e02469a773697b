import type { ArticleMeta } from '../model.js';
import { extractBody } from './body.js';
import { parseHtml, textOf, walk, type Document, type Element } from './dom.js';
import { preferJsonLdBody } from './evidence.js';
import { buildMeta } from './metadata/cascade.js';
import { collectSignals } from './metadata/collect.js';
import { readJsonLd } from './metadata/jsonld.js';
import { SENTENCE_END } from './patterns.js';
import { stripInert } from './strip.js';

/** A first paragraph this long is the lede even without final punctuation. */
const MIN_LEAD_CHARS = 80;

export interface ExtractedArticle {
  /** The story's text: paragraphs separated by a blank line, without the headline. */
  text: string;
  meta: ArticleMeta;
}

/**
 * The story text and metadata of a saved web page. `url` (where the page was fetched from)
 * resolves a relative canonical link and is the last resort for the publication date.
 *
 * The headline is left out of `text` (it is `meta.title`), so body metrics and offsets
 * concern the story alone; `analyze` takes the article title from `meta.title`. A page with
 * no description gets the body's first prose paragraph as one (source `body`).
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const doc = parseHtml(stripInert(html));
  const signals = collectSignals(doc);
  const pageTitle = `${signals.titleTag} ${signals.meta.get('og:title')?.[0] ?? ''}`;
  const { article: ld, siteName } = readJsonLd(signals.jsonLd, pageTitle);
  const meta = buildMeta(signals, ld, siteName, url);
  const body = findBody(doc) ?? findBody(parseHtml(`<body>${html}</body>`));
  if (body === undefined) return { text: '', meta };
  const extracted = extractBody(body, meta.title?.value ?? '');
  const text = preferJsonLdBody(extracted, ld?.body, () => textOf(body));
  const lead = text.split('\n\n').find(isProse);
  if (meta.description === undefined && lead !== undefined) meta.description = { value: lead, source: 'body' };
  return { text, meta };
}

/** A paragraph long enough, or ending like a sentence: not a heading, label or caption credit. */
function isProse(paragraph: string): boolean {
  return paragraph.length >= MIN_LEAD_CHARS || SENTENCE_END.test(paragraph);
}

function findBody(doc: Document): Element | undefined {
  let body: Element | undefined;
  walk(doc, (el) => {
    if (body !== undefined) return false;
    if (el.name === 'body') body = el;
    return el.name === 'html' || el.type === 'tag' && body === undefined && el.name !== 'head';
  });
  return body;
}
