import type { Article, ArticleMeta, SourceDocument } from './model.js';
import { parseStructure } from './structure/parse.js';
import { splitSentences } from './sentences/split.js';
import { recognizeEntities } from './entities/recognize.js';
import { proseEntities } from './entities/structural.js';
import type { KnownNames } from './entities/known-names.js';
import { extractQuotes } from './quotes/extract.js';
import { extractArticle } from './html/extract.js';
import { CorpusError } from './errors.js';
import { textForAnalysis } from './read/controls.js';

/**
 * The analysis pipeline, in the one order it runs:
 *   1. text      — the decoded article (HTML pages: the extracted body and its metadata)
 *   2. structure — headline, dateline, byline, credits, labels, paragraphs
 *   3. sentences — within body paragraphs only
 *   4. entities  — people, organisations, places, nationalities, with mentions
 *   5. quotes    — direct, mixed and indirect speech with speakers linked to entities
 * Each stage is a pure function of the ones before it; I/O happens outside. The stages read
 * the text with stray control characters as spaces (same length, so every offset holds);
 * the article keeps the text exactly as decoded.
 */
export interface AnalyzeOptions {
  /** Names the corpus already knows, for the entity stage (`corpus ingest` passes the database's). */
  knownNames?: KnownNames;
}

export function analyze(doc: SourceDocument, options: AnalyzeOptions = {}): Article {
  const { text, meta } = articleText(doc);
  const read = textForAnalysis(text);
  // A page's title is its headline; its body's first line is prose (or a caption), not a headline.
  const structure = parseStructure(read, { headline: doc.format !== 'html' });
  const sentences = splitSentences(read, structure.paragraphs);
  const entities = recognizeEntities(read, sentences, { structure, ...(options.knownNames ? { knownNames: options.knownNames } : {}) });
  const quotes = extractQuotes({ text: read, structure, sentences, entities: proseEntities(entities) });
  return {
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    ...(doc.path !== undefined ? { path: doc.path } : {}),
    sha256: doc.sha256,
    title: meta.title?.value ?? structure.headline?.value ?? null,
    text,
    meta,
    structure,
    sentences,
    entities,
    quotes,
  };
}

/**
 * HTML pages: the story's text (headline left out, it is `meta.title`) and the page's
 * metadata. A page with no story text is refused like an empty text file.
 */
function articleText(doc: SourceDocument): { text: string; meta: ArticleMeta } {
  if (doc.format !== 'html') return { text: doc.content, meta: {} };
  const extracted = extractArticle(doc.content);
  if (extracted.text.trim() === '') {
    throw new CorpusError('EMPTY', 'no article text found in the page', doc.path ?? doc.id);
  }
  return extracted;
}
