import { Piscina } from 'piscina';
import { CorpusError, type ErrorCode } from '../errors.js';
import type { Article, SourceDocument } from '../model.js';
import type { WorkerReply } from './analyze-worker.js';

/**
 * Articles analysed in this thread before worker threads start: a cron run with a few new
 * files never pays the workers' start-up (each loads the whole pipeline).
 */
export const POOL_AFTER_ARTICLES = 16;

type Analyze = (doc: SourceDocument) => Article;

/**
 * Runs the pipeline: in this thread for the first articles, then (with jobs > 1) on a
 * pool of worker threads, so a large ingest uses every core while the main thread writes.
 */
export class Analyzer {
  private inline: Promise<Analyze> | undefined;
  private pool: Piscina | undefined;
  private count = 0;

  constructor(private readonly jobs: number) {}

  async analyze(doc: SourceDocument): Promise<Article> {
    this.count += 1;
    if (this.jobs > 1 && this.count > POOL_AFTER_ARTICLES) {
      // All threads up for the whole run: a thread stopped when idle would reload the pipeline.
      this.pool ??= new Piscina({
        filename: new URL('./analyze-worker.js', import.meta.url).href,
        minThreads: this.jobs,
        maxThreads: this.jobs,
        idleTimeout: Number.POSITIVE_INFINITY,
      });
      const reply = (await this.pool.run(doc)) as WorkerReply;
      if ('article' in reply) return reply.article;
      throw new CorpusError(reply.error.code as ErrorCode, reply.error.message, reply.error.subject);
    }
    this.inline ??= import('../pipeline.js').then((m) => m.analyze);
    return (await this.inline)(doc);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
