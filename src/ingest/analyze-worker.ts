import { isCorpusError } from '../errors.js';
import type { Article, SourceDocument } from '../model.js';
import { analyze } from '../pipeline.js';

/** A worker's answer: the analysis, or a corpus error as plain data (classes do not cross threads). */
export type WorkerReply = { article: Article } | { error: { code: string; message: string; subject: string | undefined } };

/** Entry point of an analysis worker thread (see analyzer.ts). */
export default function analyzeInWorker(doc: SourceDocument): WorkerReply {
  try {
    return { article: analyze(doc) };
  } catch (error) {
    if (isCorpusError(error)) return { error: { code: error.code, message: error.message, subject: error.subject } };
    throw error;
  }
}
