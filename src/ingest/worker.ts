import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.js';
import { CorpusError } from '../errors.js';
import type { SourceDocument } from '../model.js';
import type { Reply, Request } from './pool.js';

/** An analysis worker: one document in, its analysis (or the reason it failed) out. */
function answer(request: Request): Reply {
  try {
    return { id: request.id, article: analyze(request.doc as SourceDocument) };
  } catch (error) {
    if (error instanceof CorpusError) return { id: request.id, error: { code: error.code, message: error.message, subject: error.subject } };
    return { id: request.id, error: { message: (error as Error).message } };
  }
}

parentPort?.on('message', (request: Request) => parentPort?.postMessage(answer(request)));
