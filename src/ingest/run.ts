import { statSync } from 'node:fs';
import { CorpusError, type ErrorCode } from '../errors.js';
import { discover } from '../read/discover.js';
import { loadFile, toSource } from '../read/load.js';
import { openDatabase, translateBusy } from '../store/open.js';
import { ANALYZER_VERSION, ArticleWriter, type SaveOutcome } from '../store/write.js';
import { WriteBatch } from '../store/batch.js';
import { refreshAliasKeys } from '../store/entities.js';
import type { KnownNames } from '../entities/known-names.js';
import type { Article, SourceDocument } from '../model.js';

export interface IngestOptions {
  dbPath: string;
  /** Re-analyse every file even when it is unchanged. */
  force: boolean;
  maxBytes: number;
  busyTimeoutMs?: number;
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

type Analyze = (typeof import('../pipeline.js'))['analyze'];

/** The analysis stages load on first use: an unchanged re-run (the cron case) never pays for them. */
let pipeline: Promise<Analyze> | undefined;
function loadAnalyze(): Promise<Analyze> {
  pipeline ??= import('../pipeline.js').then((m) => m.analyze);
  return pipeline;
}

/**
 * Ingests articles into the database: unchanged files (same size and mtime, then same text)
 * are skipped; new or changed ones are analysed and stored, one transaction each. A bad
 * file is reported and counted, never fatal; only a busy or unusable database stops the run.
 */
export async function ingest(paths: readonly string[], options: IngestOptions, listener: IngestListener = {}): Promise<IngestSummary> {
  const db = openDatabase(options.dbPath, options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {});
  try {
    refreshAliasKeys(db);
    const writer = new ArticleWriter(db);
    const batch = new WriteBatch(db);
    const fileArgs = paths.filter((p) => p !== STDIN_PATH);
    const discovered = await discover(fileArgs);
    const withStdin = paths.includes(STDIN_PATH);
    listener.start?.(discovered.length + (withStdin ? 1 : 0));
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
    /** Names on record, read once per run at the first article analysed, then grown with each one. */
    let knownNames: KnownNames | undefined;
    const analyzeKnowing = async (doc: SourceDocument): Promise<Article> => {
      const analyze = await loadAnalyze();
      knownNames ??= (await import('../store/known-names.js')).loadKnownNames(db);
      const article = analyze(doc, { knownNames });
      for (const entity of article.entities) knownNames.add(entity);
      return article;
    };
    const step = (path: string, work: (warn: (w: string) => void) => Promise<FileStatus>): Promise<void> =>
      guarded(path, options.dbPath, work).then(record);

    if (withStdin) {
      await step(STDIN_PATH, async () => {
        const { doc, encoding } = toSource(await options.readStdin(), 'text', '<stdin>');
        if (!options.force && writer.hasCurrentArticle(doc.sha256)) return 'unchanged';
        const article = await analyzeKnowing(doc);
        return batch.run(() => writer.save(article, { format: doc.format, encoding }, null));
      });
    }
    for (const item of discovered) {
      if ('error' in item) {
        record(failure(item.path, item.error));
        continue;
      }
      await step(item.path, async (warn) => {
        const known = writer.knownFile(item.path);
        if (!options.force && known && known.analyzerVersion === ANALYZER_VERSION) {
          // A file gone since discovery falls through to loadFile, which names the reason.
          const info = statSync(item.path, { throwIfNoEntry: false });
          if (info && info.size === known.size && Math.trunc(info.mtimeMs) === known.mtimeMs) return 'unchanged';
        }
        const loaded = loadFile(item.path, item.format, options.maxBytes);
        if (loaded.encoding === 'windows-1252') warn('not UTF-8; decoded as Windows-1252');
        const file = { path: item.path, size: loaded.size, mtimeMs: loaded.mtimeMs };
        if (!options.force && writer.hasCurrentArticle(loaded.doc.sha256)) {
          batch.run(() => writer.linkFile(file, loaded.doc.sha256));
          return known?.sha256 === loaded.doc.sha256 ? 'unchanged' : 'linked';
        }
        const article = await analyzeKnowing(loaded.doc);
        return batch.run(() => writer.save(article, { format: loaded.doc.format, encoding: loaded.encoding }, file));
      });
    }
    batch.commit();
    return summary;
  } finally {
    // After an error the open batch (whole articles only) is rolled back by closing.
    db.close();
  }
}

function failure(path: string, error: CorpusError): FileResult {
  return { path, status: 'failed', code: error.code, reason: error.message };
}

/** Runs one file's work; its own errors become a failed result, a busy database ends the run. */
async function guarded(path: string, dbPath: string, work: (warn: (w: string) => void) => Promise<FileStatus>): Promise<FileResult> {
  let warning: string | undefined;
  try {
    const status = await work((w) => (warning = w));
    return warning === undefined ? { path, status } : { path, status, warning };
  } catch (caught) {
    const error = translateBusy(caught, dbPath);
    if (error instanceof CorpusError) {
      if (error.code === 'BUSY' || error.code === 'DATABASE') throw error;
      return failure(path, error);
    }
    return { path, status: 'failed', code: 'INTERNAL', reason: `internal error: ${(error as Error).message}` };
  }
}
