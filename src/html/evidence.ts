import { childElements, parseHtml } from './dom.js';
import { renderText } from './render.js';

/** JSON-LD bodies shorter than this are teasers, not the story. */
const MIN_LD_BODY_CHARS = 200;
/** When the extracted text already holds this share of the JSON-LD body's words, keep it. */
const AGREEMENT = 0.8;
/** The JSON-LD body must be this visible on the page to replace the extraction... */
const ON_PAGE = 0.8;
/** ...unless the extraction is shorter than this, i.e. it found no story at all. */
const MIN_EXTRACTED_CHARS = 500;

const WORD = /[\p{L}\p{N}]+/gu;
const MARKUP = /<[a-z/!][^>]*>/i;
const PARAGRAPH_BREAK = /\s*\n\s*/;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Share of `part`'s words found among `whole`'s words. */
function coverage(part: readonly string[], whole: ReadonlySet<string>): number {
  if (part.length === 0) return 0;
  let found = 0;
  for (const w of part) if (whole.has(w)) found++;
  return found / part.length;
}

/**
 * Weighs the JSON-LD `articleBody` against the extracted text. It is strong evidence, not
 * truth: it may be a teaser, a truncated paywall copy or another story's body. It replaces
 * the extraction only when the extraction misses most of it and it is either visible on the
 * page or the extraction found next to nothing.
 */
export function preferJsonLdBody(extracted: string, ldBody: string | undefined, pageText: () => string): string {
  if (ldBody === undefined) return extracted;
  const body = MARKUP.test(ldBody) ? htmlToParagraphs(ldBody) : ldBody.trim();
  if (body.length < MIN_LD_BODY_CHARS) return extracted;
  const bodyWords = words(body);
  if (coverage(bodyWords, new Set(words(extracted))) >= AGREEMENT) return extracted;
  const visible = coverage(bodyWords, new Set(words(pageText()))) >= ON_PAGE;
  if (!visible && extracted.length >= MIN_EXTRACTED_CHARS) return extracted;
  return body
    .split(PARAGRAPH_BREAK)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function htmlToParagraphs(markup: string): string {
  return renderText(childElements(parseHtml(`<div>${markup}</div>`)));
}
