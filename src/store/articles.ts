import type { Article, Entity, EntityType, Quote, QuoteKind, Sentence, Span } from '../model.js';
import type { DB } from './open.js';

interface ArticleRow {
  id: number;
  sha256: string;
  title: string | null;
  text: string;
  structure: string;
  meta: string;
  path: string | null;
}

interface QuoteRowRaw {
  start: number;
  end: number;
  kind: QuoteKind;
  grp: number | null;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  speaker_entity_id: number | null;
  speaker_name: string | null;
  speaker_surface: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_role: string | null;
  rule: string;
  fragments: string | null;
}

/**
 * Reads stored articles back into the document model, in ingest order. Entity ids are the
 * canonical database ids (as strings), so a quote's speaker links to the same entity in
 * every article.
 */
export function* storedArticles(db: DB): Generator<Article> {
  const sentences = db.prepare('SELECT start, "end", paragraph, rule FROM sentences WHERE article_id = ? ORDER BY seq');
  const mentions = db.prepare(
    `SELECT m.entity_id, e.name, e.type, m.start, m."end", m.rule FROM mentions m JOIN entities e ON e.id = m.entity_id
     WHERE m.article_id = ? ORDER BY m.start`,
  );
  const aliases = db.prepare('SELECT alias FROM aliases WHERE entity_id = ? AND alias <> ? ORDER BY alias');
  const quotes = db.prepare('SELECT * FROM quotes WHERE article_id = ? ORDER BY seq');
  const rows = db.prepare(
    'SELECT a.*, (SELECT min(path) FROM files f WHERE f.article_id = a.id) AS path FROM articles a ORDER BY a.id',
  );
  for (const row of rows.iterate() as Iterable<ArticleRow>) {
    const entities = new Map<number, Entity>();
    for (const m of mentions.all(row.id) as { entity_id: number; name: string; type: EntityType; start: number; end: number; rule: string | null }[]) {
      let entity = entities.get(m.entity_id);
      if (!entity) {
        const names = (aliases.all(m.entity_id, m.name) as { alias: string }[]).map((a) => a.alias);
        entity = { id: String(m.entity_id), name: m.name, type: m.type, aliases: names, mentions: [] };
        entities.set(m.entity_id, entity);
      }
      entity.mentions.push({ start: m.start, end: m.end, ...(m.rule !== null ? { rule: m.rule } : {}) });
    }
    yield {
      id: String(row.id),
      ...(row.path !== null ? { path: row.path } : {}),
      sha256: row.sha256,
      title: row.title,
      text: row.text,
      structure: JSON.parse(row.structure) as Article['structure'],
      meta: JSON.parse(row.meta) as Article['meta'],
      sentences: (sentences.all(row.id) as (Sentence & { rule: string | null })[]).map(({ rule, ...s }) => (rule === null ? s : { ...s, rule })),
      entities: [...entities.values()],
      quotes: (quotes.all(row.id) as QuoteRowRaw[]).map(toQuote),
    };
  }
}

function toQuote(q: QuoteRowRaw): Quote {
  return {
    start: q.start,
    end: q.end,
    kind: q.kind,
    ...(q.grp !== null ? { group: q.grp } : {}),
    ...(q.fragments !== null ? { fragments: (JSON.parse(q.fragments) as Span[]).map(({ start, end }) => ({ start, end })) } : {}),
    cue: q.cue,
    ...(q.cue_start !== null && q.cue_end !== null ? { cueSpan: { start: q.cue_start, end: q.cue_end } } : {}),
    speaker:
      q.speaker_name !== null
        ? {
            name: q.speaker_name,
            surface: q.speaker_surface ?? q.speaker_name,
            start: q.speaker_start ?? 0,
            end: q.speaker_end ?? 0,
            ...(q.speaker_entity_id !== null ? { entityId: String(q.speaker_entity_id) } : {}),
            ...(q.speaker_role !== null ? { role: q.speaker_role } : {}),
          }
        : null,
    rule: q.rule,
  };
}
