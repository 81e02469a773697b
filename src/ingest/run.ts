import { statSync } from 'node:fs';
import { CorpusError, type ErrorCode } from '../errors.js';
import { discover, type Discovered } from '../read/discover.js';
import { loadFile, toSource } from '../read/load.js';
import type { Article, SourceDocument } from '../model.js';
import { openDatabase, translateBusy, withBusyCheck } from '../store/open.js';
import { ANALYZER_VERSION, ArticleWriter, type FileInfo, type SaveOutcome } from '../store/write.js';
import { analyzerFor, type Analysis } from './pool.js';
import { WriteBatch } from '../store/batch.js';
import { lastMentionId, mergeLoneSurnames, nameByUsage, refreshAliasKeys } from '../store/entities.js';
import { controlsWarning } from '../read/controls.js';
import { pruneGone } from '../store/prune.js';
import { dateArticles } from '../store/dates.js';
import { linkStories } from '../store/stories.js';
import { loadKnownNames } from '../store/known-names.js';
import type { KnownNames } from '../entities/known-names.js';

export interface IngestOptions {
  dbPath: string;
  /** Re-analyse every file even when it is unchanged. */
  force: boolean;
  maxBytes: number;
  busyTimeoutMs?: number;
  /** Analysis worker threads; 0 (the default) analyses in this thread. */
  jobs?: number;
  /** Date articles with no date of their own by their file's modification time. */
  dateFromMtime?: boolean;
  /** Supplies the bytes of the article given as `-`. */
  readStdin: () => Promise<Uint8Array>;
  /** Afterwards, forget files gone from the folders ingested (see store/prune.ts). */
  prune?: boolean;
}

export type FileStatus = SaveOutcome | 'unchanged' | 'failed';

export interface FileResult {
  path: string;
  status: FileStatus;
  code?: ErrorCode | 'INTERNAL';
  reason?: string;
  /** A note on a file that was still ingested, e.g. a legacy encoding. */
  warning?: string;
  /** Bytes read from the file (0 when it was skipped unread). */
  bytes?: number;
}

export interface IngestSummary {
  seen: number;
  ingested: number;
  replaced: number;
  skipped: number;
  failed: number;
  failures: { path: string; code: string; reason: string }[];
  warnings: { path: string; reason: string }[];
  /** With `prune`: articles deleted because every file path of theirs is gone. */
  pruned?: number;
}

export interface IngestListener {
  /** Files are found while they are ingested, so there is no total up front. */
  start?(): void;
  file?(result: FileResult): void;
}

export const STDIN_PATH = '-';

/**
 * Files read ahead of the writer per analysis job: enough to keep every worker busy while
 * the writer stores, few enough that memory stays flat however many files there are.
 */
const READ_AHEAD_PER_JOB = 8;

/** One file's outcome once its analysis (if any) is done: the writes, run in input order. */
type Finish = () => FileResult | Promise<FileResult>;

/**
 * Ingests articles into the database: unchanged files (same size and mtime, then same text)
 * are skipped; new or changed ones are analysed (in `jobs` worker threads) and stored in the
 * order the files were found, so a run gives the same database whatever the number of jobs.
 * Each article is all-or-nothing. A bad file is reported and counted, never fatal; only a
 * busy or unusable database stops the run.
 */
export async function ingest(paths: readonly string[], options: IngestOptions, listener: IngestListener = {}): Promise<IngestSummary> {
  const db = openDatabase(options.dbPath, options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {});
  const jobs = options.jobs ?? 0;
  /**
   * The names on record (#11), read when the first article is analysed (an unchanged re-run
   * never reads them), then grown by each article stored, in input order.
   */
  let names: KnownNames | undefined;
  const analyzer = analyzerFor(jobs, () => (names ??= loadKnownNames(db)));
  try {
    refreshAliasKeys(db);
    /** Mentions written from here on are this run's: the people they name are reviewed at the end. */
    const started = lastMentionId(db);
    const writer = new ArticleWriter(db);
    const batch = new WriteBatch(db, () => writer.flushSearchIndex());
    listener.start?.();
    const summary: IngestSummary = { seen: 0, ingested: 0, replaced: 0, skipped: 0, failed: 0, failures: [], warnings: [] };
    const record = (result: FileResult): void => {
      summary.seen += 1;
      if (result.warning !== undefined) summary.warnings.push({ path: result.path, reason: result.warning });
      if (result.status === 'failed') {
        summary.failed += 1;
        summary.failures.push({ path: result.path, code: result.code ?? 'INTERNAL', reason: result.reason ?? '' });
      } else if (result.status === 'ingested') summary.ingested += 1;
      else if (result.status === 'replaced') summary.replaced += 1;
      else summary.skipped += 1;
      listener.file?.(result);
    };

    /** Analyses in flight by text, so the same text found twice is analysed once. */
    const analyses = new Map<string, Promise<Analysis>>();
    const analysisOf = (doc: SourceDocument): Promise<Analysis> => {
      let analysis = analyses.get(doc.sha256);
      if (!analysis) {
        analysis = analyzer.analyze(doc);
        analyses.set(doc.sha256, analysis);
      }
      return analysis;
    };

    /** Stores one loaded document (or links it to the stored article with its text), in input order. */
    const store = async (path: string, loaded: Loaded, file: FileInfo | null): Promise<Finish> => {
      const { doc, encoding, warning, bytes } = loaded;
      const analysis = !options.force && writer.hasCurrentArticle(doc.sha256) ? undefined : analysisOf(doc);
      const settled = await settle(analysis);
      return async () => {
        const article = settled instanceof Error || settled === undefined ? settled : await current(doc, settled);
        const story = settled instanceof Error ? undefined : settled?.story;
        return guarded(path, options.dbPath, bytes, warning, () => {
          analyses.delete(doc.sha256);
          if (article instanceof Error) throw article;
          if (file && !options.force && writer.hasCurrentArticle(doc.sha256)) {
            const unchanged = writer.knownFile(path)?.sha256 === doc.sha256;
            batch.run(() => writer.linkFile(file, doc.sha256));
            return unchanged ? 'unchanged' : 'linked';
          }
          if (!file && !options.force && writer.hasCurrentArticle(doc.sha256)) return 'unchanged';
          if (article === undefined) throw new Error(`no analysis for ${path}`);
          const outcome = batch.run(() => writer.save(article, { format: doc.format, encoding }, file, story));
          for (const entity of article.entities) names?.add(entity);
          return outcome;
        });
      };
    };

    /**
     * The analysis as a run with one job, storing in this order, would have made it: with the
     * names of every article stored before. Analyses run ahead of the writer (in workers), so
     * one made before the latest names were stored is made again when one of those names
     * answers a look-up it made otherwise; so the database is the same whatever the number of jobs.
     * It is made again by the analyzer (a worker, warm, given the names up to now: the writer
     * waits for it, so none is stored meanwhile), which keeps that work off the writer's thread.
     */
    const current = async (doc: SourceDocument, analysis: Analysis): Promise<Article | Error> => {
      if (names === undefined || !names.changedSince(analysis.lookups, analysis.namesSeen)) return analysis.article;
      try {
        return (await analyzer.analyze(doc)).article;
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    };

    const prepare = async (item: Discovered): Promise<Finish> => {
      if ('error' in item) return () => failure(item.path, item.error);
      let loaded: Loaded;
      try {
        const known = writer.knownFile(item.path);
        if (!options.force && known && known.analyzerVersion === ANALYZER_VERSION) {
          // A file gone since discovery falls through to loadFile, which names the reason.
          const info = statSync(item.path, { throwIfNoEntry: false });
          if (info && info.size === known.size && Math.trunc(info.mtimeMs) === known.mtimeMs) return () => ({ path: item.path, status: 'unchanged', bytes: 0 });
        }
        const source = loadFile(item.path, item.format, options.maxBytes);
        const warnings = [
          ...(source.encoding === 'windows-1252' ? ['not UTF-8; decoded as Windows-1252'] : []),
          ...(source.controls > 0 ? [controlsWarning(source.controls)] : []),
        ];
        loaded = {
          doc: source.doc,
          encoding: source.encoding,
          bytes: source.size,
          ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {}),
        };
        return await store(item.path, loaded, { path: item.path, size: source.size, mtimeMs: source.mtimeMs });
      } catch (error) {
        return () => guarded(item.path, options.dbPath, 0, undefined, () => { throw error; });
      }
    };

    // Files are read and sent to analysis ahead of the writer, which stores them in order.
    const ahead: Promise<Finish>[] = [];
    const writeNext = async (): Promise<void> => record(await (await (ahead.shift() as Promise<Finish>))());
    if (paths.includes(STDIN_PATH)) {
      const { doc, encoding, controls } = toSource(await options.readStdin(), 'text', '<stdin>');
      const warning = controls > 0 ? { warning: controlsWarning(controls) } : {};
      ahead.push(store(STDIN_PATH, { doc, encoding, bytes: doc.content.length, ...warning }, null));
    }
    const roots = paths.filter((p) => p !== STDIN_PATH);
    // Only --prune needs the paths this run found; without it nothing grows with the folder.
    const seen = options.prune ? new Set<string>() : undefined;
    for await (const item of discover(roots)) {
      seen?.add(item.path);
      ahead.push(prepare(item));
      while (ahead.length >= Math.max(jobs, 1) * READ_AHEAD_PER_JOB) await writeNext();
    }
    while (ahead.length > 0) await writeNext();
    batch.commit();
    if (seen) summary.pruned = pruneGone(db, roots, seen).articles;
    // After the articles, so a killed run leaves them for the next run to date and link.
    withBusyCheck(options.dbPath, () => {
      dateArticles(db, { fromMtime: options.dateFromMtime ?? false });
      linkStories(db);
      if (summary.ingested + summary.replaced > 0) {
        mergeLoneSurnames(db, started);
        nameByUsage(db, started);
      }
    });
    return summary;
  } catch (error) {
    // A fault of the database file (disk full at the last commit) stops the run with its reason.
    throw translateBusy(error, options.dbPath);
  } finally {
    await analyzer.close();
    // After an error the open batch (whole articles only) is rolled back by closing.
    db.close();
  }
}

interface Loaded {
  doc: SourceDocument;
  encoding: string;
  bytes: number;
  warning?: string;
}

/** A promise's value, or the error it failed with. */
async function settle<T>(promise: Promise<T> | undefined): Promise<T | Error | undefined> {
  try {
    return await promise;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function failure(path: string, error: CorpusError): FileResult {
  return { path, status: 'failed', code: error.code, reason: error.message };
}

/** Runs one file's writes; its own errors become a failed result, a busy database ends the run. */
function guarded(path: string, dbPath: string, bytes: number, warning: string | undefined, work: () => FileStatus): FileResult {
  try {
    const status = work();
    return warning === undefined ? { path, status, bytes } : { path, status, warning, bytes };
  } catch (caught) {
    const error = translateBusy(caught, dbPath);
    if (error instanceof CorpusError) {
      if (error.code === 'BUSY' || error.code === 'DATABASE') throw error;
      return failure(path, error);
    }
    return { path, status: 'failed', code: 'INTERNAL', reason: `internal error: ${(error as Error).message}` };
  }
}
