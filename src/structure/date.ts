import type { ArticleMeta, Span, Structure } from '../model.js';
import { toIsoDate } from '../html/metadata/dates.js';
import { MONTH_NAMES } from './lexicons/months.js';

/**
 * Where an article's date came from:
 *   `published`     — the page's own metadata (HTML)
 *   `dateline`      — a dateline that gives the year ("Kyiv, 7 February 2025 (UNN) -")
 *   `dateline+text` — a dateline's day and month, the year from a date line in the text
 *   `dateline+mtime`— a dateline's day and month, the year from the file's modification time
 *   `mtime`         — the file's modification time itself (only with --date-from-mtime)
 */
export type DateSource = 'published' | 'dateline' | 'dateline+text' | 'dateline+mtime' | 'mtime';

export interface ArticleDate {
  /** The day, ISO 8601 (`2025-02-07`). */
  date: string;
  source: DateSource;
}

/** What dating an article needs: its text, structure and metadata, and its file's mtime if any. */
export interface DateInput {
  text: string;
  structure: Pick<Structure, 'dateline' | 'paragraphs'>;
  meta: Pick<ArticleMeta, 'published'>;
  mtimeMs?: number | undefined;
}

/** A line this short that holds a full date is a date line ("Published 7 Feb 2025, 14:02"). */
const DATE_LINE_MAX_CHARS = 80;
/**
 * A dateline dated more than this many days after the file was written belongs to the year
 * before (a story of 30 December saved on 2 January).
 */
const FUTURE_SLACK_DAYS = 2;
const DAY_MS = 86_400_000;

const MONTH = `(${MONTH_NAMES.join('|')})\\.?`;
const DAY_MONTH = new RegExp(`^(?:${MONTH} (\\d{1,2})(?:,? (\\d{4}))?|(\\d{1,2}) ${MONTH}(?:,? (\\d{4}))?)$`, 'i');
/** Full dates a date line may give: 2025-02-07, 07.02.2025, February 7, 2025, 7 February 2025. */
const FULL_DATE = new RegExp(
  `\\b(?:(\\d{4})-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./](\\d{4})|${MONTH} \\d{1,2},? (\\d{4})|\\d{1,2} ${MONTH},? (\\d{4}))\\b`,
  'i',
);

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(prefix) + 1;
}

function validDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * The year of the first short line outside the body paragraphs (a standfirst, a time stamp
 * under the headline, a footer) that holds a full date. Body prose is left alone: "the attack
 * of Sept. 11, 2001" says nothing about when the article was written.
 */
export function yearFromDateLine(text: string, paragraphs: readonly Span[]): number | undefined {
  let start = 0;
  for (const line of text.split('\n')) {
    const at = start;
    start += line.length + 1;
    if (line.length > DATE_LINE_MAX_CHARS || paragraphs.some((p) => p.start <= at && at < p.end)) continue;
    const m = FULL_DATE.exec(line);
    const year = m?.slice(1).find((g) => g !== undefined && /^\d{4}$/.test(g));
    if (year !== undefined) return Number(year);
  }
  return undefined;
}

/** The year whose date of `month`/`day` is closest before `mtimeMs` (allowing a little slack). */
function yearFromMtime(month: number, day: number, mtimeMs: number): number {
  const year = new Date(mtimeMs).getUTCFullYear();
  return Date.UTC(year, month - 1, day) > mtimeMs + FUTURE_SLACK_DAYS * DAY_MS ? year - 1 : year;
}

function datelineDate(input: DateInput): ArticleDate | undefined {
  const raw = input.structure.dateline?.date;
  const m = raw === undefined ? null : DAY_MONTH.exec(raw.trim());
  if (m === null) return undefined;
  const month = monthNumber(m[1] ?? m[5] ?? '');
  const day = Number(m[2] ?? m[4]);
  const written = m[3] ?? m[6];
  if (written !== undefined) {
    const date = validDay(Number(written), month, day);
    return date === undefined ? undefined : { date, source: 'dateline' };
  }
  const textYear = yearFromDateLine(input.text, input.structure.paragraphs);
  if (textYear !== undefined) {
    const date = validDay(textYear, month, day);
    return date === undefined ? undefined : { date, source: 'dateline+text' };
  }
  if (input.mtimeMs === undefined) return undefined;
  const date = validDay(yearFromMtime(month, day, input.mtimeMs), month, day);
  return date === undefined ? undefined : { date, source: 'dateline+mtime' };
}

/**
 * The article's date: the page's published date, else the dateline's (its year from the
 * dateline, a date line in the text, or the file's mtime), else — when `fromMtime` — the
 * file's mtime; else none. A weekday-only dateline ("KYIV, Tuesday") gives no date.
 */
export function articleDate(input: DateInput, options: { fromMtime?: boolean } = {}): ArticleDate | undefined {
  const published = input.meta.published?.value;
  const iso = published === undefined ? undefined : toIsoDate(published);
  if (iso !== undefined) return { date: iso.slice(0, 10), source: 'published' };
  const dated = datelineDate(input);
  if (dated !== undefined) return dated;
  if (options.fromMtime && input.mtimeMs !== undefined) {
    return { date: new Date(input.mtimeMs).toISOString().slice(0, 10), source: 'mtime' };
  }
  return undefined;
}
