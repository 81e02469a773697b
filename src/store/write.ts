import type { Article, Span } from '../model.js';
import type { DB } from './open.js';
import { EntityResolver } from './entities.js';
import { SearchIndex } from './search-index.js';
import { signatureWriter } from './stories.js';
import { storySignature, type Signature } from '../stories/signature.js';

/** Bump when analysis output changes, so the next ingest re-analyses stored articles. */
export const ANALYZER_VERSION = 4;

export interface FileInfo {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface StoredArticleInfo {
  format: 'text' | 'html';
  encoding: string | null;
}

export interface KnownFile {
  size: number;
  mtimeMs: number;
  sha256: string;
  articleId: number;
  analyzerVersion: number;
}

export type SaveOutcome = 'ingested' | 'linked' | 'replaced';

const SENTENCE_COLUMNS = ['id', 'article_id', 'seq', 'paragraph', 'start', 'end', 'text', 'rule'];
const MENTION_COLUMNS = ['article_id', 'entity_id', 'sentence_id', 'start', 'end', 'surface', 'rule'];
const QUOTE_COLUMNS = [
  'id', 'article_id', 'sentence_id', 'seq', 'start', 'end', 'text', 'kind', 'grp', 'cue', 'cue_start', 'cue_end',
  'speaker_entity_id', 'speaker_name', 'speaker_surface', 'speaker_start', 'speaker_end', 'speaker_role', 'rule', 'fragments',
];

/** Start of the sentence containing `offset` (binary search over ordered sentence starts). */
function containing(starts: readonly number[], ends: readonly number[], offset: number): number | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) > offset) hi = mid - 1;
    else if ((ends[mid] ?? 0) <= offset) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/** Writes analysed articles and their files; each call is one transaction. */
export class ArticleWriter {
  private readonly resolver: EntityResolver;
  private readonly search: SearchIndex;
  private readonly stmt;
  private readonly sign: (articleId: number, sig: Signature) => void;

  constructor(private readonly db: DB) {
    this.resolver = new EntityResolver(db);
    this.search = new SearchIndex(db);
    this.sign = signatureWriter(db);
    this.stmt = {
      knownFile: db.prepare(
        `SELECT f.size, f.mtime_ms AS "mtimeMs", f.sha256, f.article_id AS "articleId", a.analyzer_version AS "analyzerVersion"
         FROM files f JOIN articles a ON a.id = f.article_id WHERE f.path = ?`,
      ),
      articleBySha: db.prepare('SELECT id, analyzer_version AS version FROM articles WHERE sha256 = ?'),
      insertArticle: db.prepare(
        `INSERT INTO articles (sha256, title, text, format, encoding, published, byline, dateline, place, source, structure, meta, analyzer_version, ingested_at)
         VALUES (@sha256, @title, @text, @format, @encoding, @published, @byline, @dateline, @place, @source, @structure, @meta, @version, @now)
         RETURNING id`,
      ),
      updateArticle: db.prepare(
        `UPDATE articles SET title = @title, text = @text, format = @format, encoding = @encoding, published = @published,
           byline = @byline, dateline = @dateline, place = @place, source = @source, structure = @structure, meta = @meta,
           analyzer_version = @version, ingested_at = @now WHERE id = @id`,
      ),
      deleteChildren: [
        db.prepare('DELETE FROM quotes WHERE article_id = ?'),
        db.prepare('DELETE FROM mentions WHERE article_id = ?'),
        db.prepare('DELETE FROM sentences WHERE article_id = ?'),
      ],
      upsertFile: db.prepare(
        `INSERT INTO files (path, size, mtime_ms, sha256, article_id, seen_at) VALUES (@path, @size, @mtimeMs, @sha256, @articleId, @now)
         ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, sha256 = excluded.sha256,
           article_id = excluded.article_id, seen_at = excluded.seen_at`,
      ),
      deleteOrphan: db.prepare(
        'DELETE FROM articles WHERE id = ? AND NOT EXISTS (SELECT 1 FROM files WHERE article_id = ?)',
      ),
    };
  }

  /** What the store knows of a file path, for the fast unchanged-file check. */
  knownFile(path: string): KnownFile | undefined {
    return this.stmt.knownFile.get(path) as KnownFile | undefined;
  }

  /** Whether an article with this text is stored and analysed by the current analyzer. */
  hasCurrentArticle(sha256: string): boolean {
    const row = this.stmt.articleBySha.get(sha256) as { version: number } | undefined;
    return row?.version === ANALYZER_VERSION;
  }

  /** Points a file path at the already-stored article with this text (no re-analysis). */
  linkFile(file: FileInfo, sha256: string): SaveOutcome {
    const row = this.stmt.articleBySha.get(sha256) as { id: number } | undefined;
    if (!row) throw new Error(`no stored article for ${sha256}`);
    this.beforeDeletes(file, row.id);
    return this.write((): SaveOutcome => {
      this.attachFile(file, sha256, row.id);
      return 'linked';
    });
  }

  /**
   * Indexes the rows written since the last flush for full-text search. The write batch
   * calls it just before each commit; a save outside any transaction does so itself.
   */
  flushSearchIndex(): void {
    this.search.flush();
  }

  /**
   * Stores one analysed article, replacing the rows of an earlier analysis of the same text,
   * and points `file` at it. All or nothing: a killed run never leaves half an article.
   * `story` is its story signature, when an analysis worker made it already.
   */
  save(article: Article, info: StoredArticleInfo, file: FileInfo | null, story: Signature = storySignature(article)): SaveOutcome {
    // Before the look-up: a concurrent writer of the same text or names finishes first (PostgreSQL).
    this.resolver.claim(article.entities, [`article:${article.sha256}`]);
    const existing = this.stmt.articleBySha.get(article.sha256) as { id: number } | undefined;
    if (existing) this.search.flush();
    this.beforeDeletes(file, existing?.id);
    return this.write((): SaveOutcome => {
      const values = this.articleValues(article, info);
      let articleId: number;
      if (existing) {
        articleId = existing.id;
        this.stmt.deleteChildren.forEach((s) => s.run(articleId));
        this.stmt.updateArticle.run({ ...values, id: articleId });
      } else {
        articleId = (this.stmt.insertArticle.get(values) as { id: number }).id;
      }
      this.insertChildren(articleId, article);
      this.sign(articleId, story);
      if (file) this.attachFile(file, article.sha256, articleId);
      return existing ? 'replaced' : 'ingested';
    });
  }

  /**
   * One article's writes: a savepoint inside an open batch, else a transaction of its own
   * that indexes its rows before it commits.
   */
  private write<T>(work: () => T): T {
    const standalone = !this.db.inTransaction;
    try {
      return this.db
        .transaction((): T => {
          const result = work();
          if (standalone) this.search.flush();
          return result;
        })
        .immediate();
    } catch (error) {
      // The savepoint is gone, and with it any alias or entity the resolver remembered.
      this.resolver.forget();
      if (standalone) this.search.discard();
      throw error;
    }
  }

  /**
   * Pointing `file` at another article than before deletes the one it leaves when no other
   * file holds it; deleting rows needs the search index flushed first (see SearchIndex).
   */
  private beforeDeletes(file: FileInfo | null, articleId: number | undefined): void {
    if (!file || !this.search.pending) return;
    const previous = this.knownFile(file.path);
    if (previous && previous.articleId !== articleId) this.search.flush();
  }

  private attachFile(file: FileInfo, sha256: string, articleId: number): void {
    const previous = this.knownFile(file.path);
    this.stmt.upsertFile.run({ ...file, mtimeMs: Math.trunc(file.mtimeMs), sha256, articleId, now: new Date().toISOString() });
    if (previous && previous.articleId !== articleId) {
      this.stmt.deleteOrphan.run(previous.articleId, previous.articleId);
    }
  }

  private articleValues(article: Article, info: StoredArticleInfo): Record<string, unknown> {
    const { structure, meta } = article;
    const byline = meta.byline?.value ?? structure.byline?.people;
    return {
      sha256: article.sha256,
      title: article.title,
      text: article.text,
      format: info.format,
      encoding: info.encoding,
      published: meta.published?.value ?? null,
      byline: byline && byline.length > 0 ? byline.join('; ') : null,
      dateline: structure.dateline ? article.text.slice(structure.dateline.start, structure.dateline.end) : null,
      place: structure.dateline?.place ?? null,
      source: structure.dateline?.agency ?? meta.siteName?.value ?? null,
      structure: JSON.stringify(structure),
      meta: JSON.stringify(meta),
      version: ANALYZER_VERSION,
      now: new Date().toISOString(),
    };
  }

  /**
   * An article's sentences, mentions and quotes, a statement per table where the backend can
   * (PostgreSQL); sentence and quote ids are reserved first, since mentions and quotes point at
   * sentences and the search index notes the first of each.
   */
  private insertChildren(articleId: number, article: Article): void {
    const { db } = this;
    const { text } = article;
    const sentenceIds = db.dialect.reserveIds(db, 'sentences', article.sentences.length);
    db.dialect.insertRows(
      db,
      'sentences',
      SENTENCE_COLUMNS,
      article.sentences.map((s, seq) => [sentenceIds[seq], articleId, seq, s.paragraph, s.start, s.end, text.slice(s.start, s.end), s.rule ?? null]),
    );
    if (sentenceIds[0] !== undefined) this.search.inserted('sentences', sentenceIds[0]);
    const starts = article.sentences.map((s) => s.start);
    const ends = article.sentences.map((s) => s.end);
    const sentenceAt = (offset: number): number | null => {
      const index = containing(starts, ends, offset);
      return index === undefined ? null : (sentenceIds[index] ?? null);
    };

    const canonical = new Map<string, number>();
    const mentions: unknown[][] = [];
    this.resolver.beginArticle(article.entities);
    for (const entity of article.entities) {
      const entityId = this.resolver.resolve(entity);
      canonical.set(entity.id, entityId);
      for (const m of entity.mentions) mentions.push([articleId, entityId, sentenceAt(m.start), m.start, m.end, text.slice(m.start, m.end), m.rule ?? null]);
    }
    this.resolver.flush();
    db.dialect.insertRows(db, 'mentions', MENTION_COLUMNS, mentions);
    const quoteIds = db.dialect.reserveIds(db, 'quotes', article.quotes.length);
    const quotes = article.quotes.map((q, seq) => {
      const speaker = q.speaker;
      return [
        quoteIds[seq], articleId, sentenceAt(q.start), seq, q.start, q.end, text.slice(q.start, q.end), q.kind, q.group ?? null,
        q.cue, q.cueSpan?.start ?? null, q.cueSpan?.end ?? null,
        speaker?.entityId !== undefined ? (canonical.get(speaker.entityId) ?? null) : null,
        speaker?.name ?? null, speaker?.surface ?? null, speaker?.start ?? null, speaker?.end ?? null,
        speaker?.role ?? null, q.rule, q.fragments ? fragmentsJson(text, q.fragments) : null,
      ];
    });
    db.dialect.insertRows(db, 'quotes', QUOTE_COLUMNS, quotes);
    if (quoteIds[0] !== undefined) this.search.inserted('quotes', quoteIds[0]);
  }
}

/** A mixed quote's fragments as stored: a JSON array of {start, end, text} (docs/schema.md). */
function fragmentsJson(text: string, fragments: readonly Span[]): string {
  return JSON.stringify(fragments.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })));
}
