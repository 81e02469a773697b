import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.js';
import { CorpusError } from '../errors.js';
import { KnownNames } from '../entities/known-names.js';
import type { SourceDocument } from '../model.js';
import { analyzeWith, type Reply, type Request } from './pool.js';

/** This worker's copy of the names on record (once the writer sends any), brought up to date before each document. */
let names: KnownNames | undefined;

/** An analysis worker: one document in, its analysis (or the reason it failed) out. */
function answer(id: number, doc: SourceDocument): Reply {
  try {
    return { id, ...analyzeWith(analyze, doc, names) };
  } catch (error) {
    if (error instanceof CorpusError) return { id, error: { code: error.code, message: error.message, subject: error.subject } };
    return { id, error: { message: (error as Error).message } };
  }
}

parentPort?.on('message', (request: Request) => {
  if (request.kind === 'names') {
    names ??= new KnownNames();
    names.apply(request.changes, request.version);
  }
  else parentPort?.postMessage(answer(request.id, request.doc));
});
