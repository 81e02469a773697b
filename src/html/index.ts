/**
 * Saved web pages → story text and metadata. Two entry points:
 *
 * - `decodeHtml(bytes)`: BOM, then the page's declared charset, else UTF-8 with a
 *   Windows-1252 fallback; valid UTF-8 wins over a stale legacy declaration.
 * - `extractArticle(html, url?)`, in order:
 *   1. strip     — comments, scripts (not JSON-LD), styles, SVG, nav and asides, before parsing
 *   2. parse     — cheerio with htmlparser2
 *   3. metadata  — one walk gathers meta tags, JSON-LD, `<time>`, itemprops, `<h1>`, byline
 *                  elements; the cascade picks each field with its source
 *   4. body      — prune chrome → measure text → score containers → select the story and its
 *                  siblings → clean labels and widgets inside it → render paragraphs; retried
 *                  with fewer class/id assumptions when the result is short
 *   5. evidence  — JSON-LD `articleBody` replaces the result only when the result misses it
 *
 * The text leaves the headline out (it is `meta.title`); paragraphs are separated by a blank
 * line. Internals are not exported.
 */
export { decodeHtml, type DecodedHtml } from './decode.js';
export { extractArticle, type ExtractedArticle } from './extract.js';
