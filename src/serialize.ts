import type { Article, Quote } from './model.js';

/**
 * Version of the analysis object that `analyze` and `export` print (documented in the
 * README). Bump on any change a consumer could notice.
 */
export const ANALYSIS_VERSION = 2;

export interface QuoteJson {
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  group?: number;
  /** `mixed` only: the verbatim quoted words inside the content, without their marks. */
  fragments?: { start: number; end: number; text: string }[];
  cue: string | null;
  speaker: { name: string; surface: string; start: number; end: number; entity_id?: string; role?: string } | null;
  rule: string;
}

function quoteJson(text: string, q: Quote): QuoteJson {
  const s = q.speaker;
  return {
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    kind: q.kind,
    ...(q.group !== undefined ? { group: q.group } : {}),
    ...(q.fragments !== undefined ? { fragments: q.fragments.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })) } : {}),
    cue: q.cue,
    speaker: s
      ? {
          name: s.name,
          surface: s.surface,
          start: s.start,
          end: s.end,
          ...(s.entityId !== undefined ? { entity_id: s.entityId } : {}),
          ...(s.role !== undefined ? { role: s.role } : {}),
        }
      : null,
    rule: q.rule,
  };
}

/** The analysis object: plain JSON with snake_case keys and offsets into `text`. */
export function articleJson(article: Article): Record<string, unknown> {
  const { structure, meta, text } = article;
  return {
    version: ANALYSIS_VERSION,
    ...(article.id !== undefined ? { id: article.id } : {}),
    ...(article.path !== undefined ? { path: article.path } : {}),
    sha256: article.sha256,
    title: article.title,
    published: meta.published?.value ?? null,
    byline: meta.byline?.value ?? structure.byline?.people ?? [],
    dateline: structure.dateline ?? null,
    source: structure.dateline?.agency ?? meta.siteName?.value ?? null,
    text,
    structure,
    meta,
    sentences: article.sentences.map(({ start, end }) => ({ start, end })),
    entities: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.map(({ start, end, rule }) => ({ start, end, ...(rule !== undefined ? { rule } : {}) })),
    })),
    quotes: article.quotes.map((q) => quoteJson(text, q)),
  };
}
