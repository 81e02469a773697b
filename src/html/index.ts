export { decodeHtml, type DecodedHtml } from './decode.js';
export { extractArticle, type ExtractedArticle } from './extract.js';
