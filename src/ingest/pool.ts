import { Worker } from 'node:worker_threads';
import { CorpusError, type ErrorCode } from '../errors.js';
import type { Article, SourceDocument } from '../model.js';
import type { KnownChange, KnownNames } from '../entities/known-names.js';
import { storySignature, type Signature } from '../stories/signature.js';

/**
 * An article's analysis; with names on record, how many it was made with (`KnownNames.version`)
 * and the keys it looked up among them, so the writer can tell whether later names change it;
 * and its story signature, which the names never change, made here to spare the writer's thread.
 */
export interface Analysis {
  article: Article;
  namesSeen: number;
  lookups: string[];
  story: Signature;
}

/** Runs the analysis pipeline, in this thread or in worker threads. */
export interface Analyzer {
  analyze(doc: SourceDocument): Promise<Analysis>;
  close(): Promise<void>;
}

/** The names on record the entity stage uses, read when the first document is analysed. */
export type NamesSource = () => KnownNames | undefined;

/** To a worker: what the names on record give since its copy's version (and the version that makes), or a document. */
export type Request = { kind: 'names'; changes: KnownChange[]; version: number } | { kind: 'analyze'; id: number; doc: SourceDocument };

export type Reply =
  | ({ id: number } & Analysis)
  | { id: number; error: { code?: ErrorCode; message: string; subject?: string | undefined } };

type Analyze = (typeof import('../pipeline.js'))['analyze'];

/** The analysis stages load on first use: an unchanged re-run (the cron case) never pays for them. */
let pipeline: Promise<Analyze> | undefined;
export function loadAnalyze(): Promise<Analyze> {
  pipeline ??= import('../pipeline.js').then((m) => m.analyze);
  return pipeline;
}

/** Analyses `doc` with `names` (when there are any), noting what it looked up in them. */
export function analyzeWith(run: Analyze, doc: SourceDocument, names: KnownNames | undefined): Analysis {
  if (names === undefined) {
    const article = run(doc);
    return { article, namesSeen: 0, lookups: [], story: storySignature(article) };
  }
  const { result, lookups } = names.tracking(() => run(doc, { knownNames: names }));
  return { article: result, namesSeen: names.version, lookups, story: storySignature(result) };
}

/** `--jobs 0`: analysis in this thread, one article at a time. */
export function inThisThread(names: NamesSource = () => undefined): Analyzer {
  return {
    analyze: async (doc) => analyzeWith(await loadAnalyze(), doc, names()),
    close: async () => undefined,
  };
}

/**
 * Heap limits per worker. A worker's live heap is ~35 MB once its lexicons are loaded; with
 * V8's defaults two workers and the writer peaked at 310-360 MB on the PolNeAR texts, with a
 * small young generation at 260-280 MB for the same CPU time. The old generation leaves room
 * for a 10 MB HTML page's DOM; a page that still exhausts it fails alone (the worker is replaced).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 };

/** A worker not yet told that this run uses names on record (it analyses without them until then). */
const UNSENT = -1;

/** Documents a worker holds before another worker is started. */
const BACKLOG_BEFORE_NEW_WORKER = 2;

interface Pending {
  doc: SourceDocument;
  resolve: (analysis: Analysis) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** The version of the names on record the worker's copy holds. */
  names: number;
}

/**
 * Up to `size` worker threads, each with the whole pipeline loaded once. A document goes to
 * the worker with the fewest in hand. Workers start as documents arrive, so a run with
 * nothing to analyse starts none. A worker that dies (a crash, `process.exit`, its heap
 * exhausted) fails only the document it was analysing; the others it held go to another
 * worker, started in its place when needed.
 */
export function workerPool(size: number, names: NamesSource = () => undefined): Analyzer {
  const slots: Slot[] = [];
  let nextId = 0;

  const start = (): Slot => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map(), names: UNSENT };
    worker.on('message', (reply: Reply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if ('article' in reply) job.resolve({ article: reply.article, namesSeen: reply.namesSeen, lookups: reply.lookups, story: reply.story });
      else job.reject(reply.error.code ? new CorpusError(reply.error.code, reply.error.message, reply.error.subject) : new Error(reply.error.message));
    });
    const died = (error: Error): void => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      // A worker answers in the order it was sent documents: the first one unanswered is the one it stopped on.
      const [stoppedOn, ...waiting] = slot.pending.values();
      slot.pending.clear();
      stoppedOn?.reject(new Error(`analysis worker stopped (${error.message}) while analysing this file`));
      for (const job of waiting) analyze(job.doc).then(job.resolve, job.reject);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`exit code ${code}`)));
    slots.push(slot);
    return slot;
  };

  // Another worker starts only when every running one has a backlog: a cron run with two new
  // files loads the pipeline once, not once per core.
  const leastBusy = (): Slot => {
    const best = slots.reduce<Slot | undefined>((b, s) => (b === undefined || s.pending.size < b.pending.size ? s : b), undefined);
    return best !== undefined && (slots.length >= size || best.pending.size < BACKLOG_BEFORE_NEW_WORKER) ? best : start();
  };

  const analyze = (doc: SourceDocument): Promise<Analysis> => {
    const slot = leastBusy();
    const id = nextId++;
    // The worker reads its messages in order: it analyses with every name sent before.
    const known = names();
    if (known !== undefined && (slot.names < known.version || slot.names === UNSENT)) {
      slot.worker.postMessage({ kind: 'names', changes: known.changesSince(Math.max(slot.names, 0)), version: known.version } satisfies Request);
      slot.names = known.version;
    }
    return new Promise<Analysis>((resolve, reject) => {
      slot.pending.set(id, { doc, resolve, reject });
      slot.worker.postMessage({ kind: 'analyze', id, doc } satisfies Request);
    });
  };

  return {
    analyze,
    async close() {
      const running = slots.splice(0);
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}

/** The analyzer for `jobs`: 0 analyses in this thread, more starts that many workers. */
export function analyzerFor(jobs: number, names?: NamesSource): Analyzer {
  return jobs <= 0 ? inThisThread(names) : workerPool(jobs, names);
}
