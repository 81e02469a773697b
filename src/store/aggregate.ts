import { words } from '../stories/signature.js';

/** A result row as the store returns it: a quote or a sentence with its article's context. */
export interface ContextRow {
  article_id: number;
  story_id: number;
  date: string | null;
  source: string | null;
  text: string;
  speaker?: string | null;
  speaker_role?: string | null;
  article_title?: string | null;
  path?: string | null;
}

/** The same words in the same story (by the same speaker): one quote, however many copies carry it. */
function copyKey(row: ContextRow): string {
  return `${row.story_id}\u0000${row.speaker ?? ''}\u0000${words(row.text).join(' ')}`;
}

/** Earlier first: the dated before the undated, then by day, then in ingest order. */
function earlier(a: ContextRow, b: ContextRow): boolean {
  if (a.date !== b.date) return b.date === null || (a.date !== null && a.date < b.date);
  return a.article_id < b.article_id;
}

/**
 * Keeps one row of each story's copies of a quote or sentence: the earliest copy's (the
 * original, as far as the archive knows), in the rows' own order.
 */
export function dedupe<T extends ContextRow>(rows: readonly T[]): T[] {
  const kept = new Map<string, T>();
  for (const row of rows) {
    const key = copyKey(row);
    const held = kept.get(key);
    if (held === undefined || earlier(row, held)) kept.set(key, row);
  }
  const chosen = new Set(kept.values());
  return rows.filter((row) => chosen.has(row));
}

export const COUNT_BY = ['speaker', 'source', 'day', 'month', 'article'] as const;
export type CountBy = (typeof COUNT_BY)[number];

export interface CountRow {
  [key: string]: string | number | null;
  /** Results (quotes or sentences) in the group. */
  count: number;
  articles: number;
  stories: number;
  first: string | null;
  last: string | null;
}

function groupOf(row: ContextRow, by: CountBy): string | null {
  switch (by) {
    case 'speaker':
      return row.speaker ?? null;
    case 'source':
      return row.source ?? null;
    case 'day':
      return row.date;
    case 'month':
      return row.date?.slice(0, 7) ?? null;
    case 'article':
      return String(row.article_id);
  }
}

/**
 * Counts rows per speaker, source, day, month or article, with the articles and stories they
 * come from and the first and last dates. Speakers, sources and articles by count (most first);
 * days and months in time order. A group of rows with no value (no speaker, no date) is `null`.
 */
export function countBy(rows: readonly ContextRow[], by: CountBy, countName: string): Record<string, unknown>[] {
  const groups = new Map<string | null, { rows: ContextRow[] }>();
  for (const row of rows) {
    const key = groupOf(row, by);
    const group = groups.get(key) ?? { rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const result = [...groups.entries()].map(([key, { rows: members }]) => {
    const dates = members.map((r) => r.date).filter((d): d is string => d !== null).sort();
    const head: Record<string, unknown> =
      by === 'article'
        ? { article_id: Number(key), article_title: members[0]?.article_title ?? null, path: members[0]?.path ?? null }
        : { [by]: key };
    return {
      ...head,
      [countName]: members.length,
      articles: new Set(members.map((r) => r.article_id)).size,
      stories: new Set(members.map((r) => r.story_id)).size,
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
    };
  });
  const chronological = by === 'day' || by === 'month';
  return result.sort((a, b) => {
    if (chronological) return String(a[by] ?? '\uffff').localeCompare(String(b[by] ?? '\uffff'));
    const diff = Number(b[countName]) - Number(a[countName]);
    return diff !== 0 ? diff : String(a[by] ?? a['article_title'] ?? '').localeCompare(String(b[by] ?? b['article_title'] ?? ''));
  });
}

/** The roles the rows give their speaker, each once whatever its case, in order of appearance. */
export function rolesOf(rows: readonly ContextRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const role = shownRole(row.speaker ?? null, row.speaker_role ?? null);
    if (role !== null && !seen.has(role.toLowerCase())) seen.set(role.toLowerCase(), role);
  }
  return [...seen.values()];
}

/** `corpus speakers`: quoted speakers by quote count, with the roles the articles give them. */
export function speakerCounts(rows: readonly ContextRow[]): Record<string, unknown>[] {
  const attributed = rows.filter((r) => r.speaker !== null && r.speaker !== undefined);
  const bySpeaker = new Map<string, ContextRow[]>();
  for (const row of attributed) bySpeaker.set(row.speaker as string, [...(bySpeaker.get(row.speaker as string) ?? []), row]);
  return countBy(attributed, 'speaker', 'quotes').map((r) => ({ ...r, roles: rolesOf(bySpeaker.get(String(r['speaker'])) ?? []).join('; ') }));
}

/** A speaker's role worth showing: not empty and not the speaker's name again ("officials"). */
export function shownRole(speaker: string | null, role: string | null): string | null {
  return role && role.toLowerCase() !== (speaker ?? '').toLowerCase() ? role : null;
}
