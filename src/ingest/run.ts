import { statSync } from 'node:fs';
import { CorpusError, type ErrorCode } from '../errors.js';
import type { SourceDocument } from '../model.js';
import { discover, type SourceFormat } from '../read/discover.js';
import { loadFile, toSource } from '../read/load.js';
import { Analyzer } from './analyzer.js';
import { openDatabase, translateBusy } from '../store/open.js';
import { ANALYZER_VERSION, ArticleWriter, type FileInfo, type SaveOutcome } from '../store/write.js';
import { WriteBatch } from '../store/batch.js';
import { refreshAliasKeys } from '../store/entities.js';

export interface IngestOptions {
  dbPath: string;
  /** Re-analyse every file even when it is unchanged. */
  force: boolean;
  maxBytes: number;
  busyTimeoutMs?: number;
  /** Threads analysing articles (1: all in the main thread). */
  jobs: number;
  /** Supplies the bytes of the article given as `-`. */
  readStdin: () => Promise<Uint8Array>;
}

export type FileStatus = SaveOutcome | 'unchanged' | 'failed';

export interface FileResult {
  path: string;
  status: FileStatus;
  code?: ErrorCode | 'INTERNAL';
  reason?: string;
  /** A note on a file that was still ingested, e.g. a legacy encoding. */
  warning?: string;
}

export interface IngestSummary {
  seen: number;
  ingested: number;
  replaced: number;
  skipped: number;
  failed: number;
  failures: { path: string; code: string; reason: string }[];
  warnings: { path: string; reason: string }[];
}

export interface IngestListener {
  start?(total: number): void;
  file?(result: FileResult): void;
}

export const STDIN_PATH = '-';

/** Files under way at once, per job: enough to keep every worker busy while this thread writes. */
const IN_FLIGHT_PER_JOB = 2;

/** One file's remaining work, run in file order: it may await an analysis already under way. */
interface Pending {
  path: string;
  warning?: string;
  finish: () => Promise<FileStatus>;
}

/**
 * Ingests articles into the database: unchanged files (same size and mtime, then same text)
 * are skipped; new or changed ones are analysed (on worker threads for large runs) and
 * stored in file order, each article all-or-nothing. A bad file is reported and counted,
 * never fatal; only a busy or unusable database stops the run.
 */
export async function ingest(paths: readonly string[], options: IngestOptions, listener: IngestListener = {}): Promise<IngestSummary> {
  const db = openDatabase(options.dbPath, options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {});
  const analyzer = new Analyzer(options.jobs);
  try {
    refreshAliasKeys(db);
    const run = new IngestRun(new ArticleWriter(db), new WriteBatch(db), analyzer, options);
    const discovered = await discover(paths.filter((p) => p !== STDIN_PATH));
    const withStdin = paths.includes(STDIN_PATH);
    listener.start?.(discovered.length + (withStdin ? 1 : 0));
    const summary: IngestSummary = { seen: 0, ingested: 0, replaced: 0, skipped: 0, failed: 0, failures: [], warnings: [] };
    const window: Pending[] = [];
    const settle = async (): Promise<void> => {
      const pending = window.shift();
      if (pending) record(summary, await finished(pending, options.dbPath), listener);
    };
    const queue = async (pending: Pending): Promise<void> => {
      window.push(pending);
      while (window.length > options.jobs * IN_FLIGHT_PER_JOB) await settle();
    };

    if (withStdin) await queue(run.stdin(await options.readStdin()));
    for (const item of discovered) {
      await queue('error' in item ? failed(item.path, item.error) : run.file(item.path, item.format));
    }
    while (window.length > 0) await settle();
    run.commit();
    return summary;
  } finally {
    await analyzer.close();
    // After an error the open batch (whole articles only) is rolled back by closing.
    db.close();
  }
}

/** The per-file steps of one ingest run. */
class IngestRun {
  /** Texts under analysis, so a second copy waits for the first and is linked to it. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly writer: ArticleWriter,
    private readonly batch: WriteBatch,
    private readonly analyzer: Analyzer,
    private readonly options: IngestOptions,
  ) {}

  stdin(bytes: Uint8Array): Pending {
    return attempt(STDIN_PATH, () => {
      const { doc, encoding } = toSource(bytes, 'text', '<stdin>');
      if (!this.options.force && this.writer.hasCurrentArticle(doc.sha256)) return async () => 'unchanged';
      return this.analyzeAndSave(doc, encoding, null);
    });
  }

  /** Reads and checks a file now; its analysis starts now and its write waits its turn. */
  file(path: string, format: SourceFormat): Pending {
    return attempt(path, (pending) => {
      const known = this.writer.knownFile(path);
      if (!this.options.force && known && known.analyzerVersion === ANALYZER_VERSION) {
        // A file gone since discovery falls through to loadFile, which names the reason.
        const info = statSync(path, { throwIfNoEntry: false });
        if (info && info.size === known.size && Math.trunc(info.mtimeMs) === known.mtimeMs) return async () => 'unchanged';
      }
      const loaded = loadFile(path, format, this.options.maxBytes);
      if (loaded.encoding === 'windows-1252') pending.warning = 'not UTF-8; decoded as Windows-1252';
      const file = { path, size: loaded.size, mtimeMs: loaded.mtimeMs };
      const sha = loaded.doc.sha256;
      if (this.inFlight.has(sha) || (!this.options.force && this.writer.hasCurrentArticle(sha))) {
        return async () => {
          this.batch.run(() => this.writer.linkFile(file, sha));
          return known?.sha256 === sha ? 'unchanged' : 'linked';
        };
      }
      return this.analyzeAndSave(loaded.doc, loaded.encoding, file);
    });
  }

  commit(): void {
    this.batch.commit();
  }

  private analyzeAndSave(doc: SourceDocument, encoding: string, file: FileInfo | null): () => Promise<FileStatus> {
    this.inFlight.add(doc.sha256);
    const analysis = this.analyzer.analyze(doc);
    // Failures surface when the file's turn comes; until then the promise must not count as unhandled.
    analysis.catch(() => undefined);
    return async () => {
      try {
        const article = await analysis;
        return this.batch.run(() => this.writer.save(article, { format: doc.format, encoding }, file));
      } finally {
        this.inFlight.delete(doc.sha256);
      }
    };
  }
}

/** Runs the immediate part of a file's work; an error there becomes the file's result. */
function attempt(path: string, start: (pending: Pending) => () => Promise<FileStatus>): Pending {
  const pending: Pending = { path, finish: async () => 'failed' };
  try {
    pending.finish = start(pending);
  } catch (error) {
    pending.finish = () => Promise.reject(error);
  }
  return pending;
}

function failed(path: string, error: CorpusError): Pending {
  return { path, finish: () => Promise.reject(error) };
}

function record(summary: IngestSummary, result: FileResult, listener: IngestListener): void {
  summary.seen += 1;
  if (result.warning !== undefined) summary.warnings.push({ path: result.path, reason: result.warning });
  if (result.status === 'failed') {
    summary.failed += 1;
    summary.failures.push({ path: result.path, code: result.code ?? 'INTERNAL', reason: result.reason ?? '' });
  } else if (result.status === 'ingested') summary.ingested += 1;
  else if (result.status === 'replaced') summary.replaced += 1;
  else summary.skipped += 1;
  listener.file?.(result);
}

/** Finishes one file: its own errors become a failed result; a busy or unusable database ends the run. */
async function finished(pending: Pending, dbPath: string): Promise<FileResult> {
  const { path, warning } = pending;
  const base = warning === undefined ? { path } : { path, warning };
  try {
    return { ...base, status: await pending.finish() };
  } catch (caught) {
    const error = translateBusy(caught, dbPath);
    if (error instanceof CorpusError) {
      if (error.code === 'BUSY' || error.code === 'DATABASE') throw error;
      return { ...base, status: 'failed', code: error.code, reason: error.message };
    }
    return { ...base, status: 'failed', code: 'INTERNAL', reason: `internal error: ${(error as Error).message}` };
  }
}
