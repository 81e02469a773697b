/** Dates outside these years are placeholders or parse accidents, not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** ISO-like forms: 2017-01-13, 2017-01-13T10:05, 2017-01-13 10:05:09.123+01:00, ...Z. */
const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

/** Compact forms some CMSes write: 20170113 or 20170113T100500Z. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/;

/** A date in a URL path: /2017/01/13/ or /2017-01-13/. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;

/** Epoch seconds (10 digits) or milliseconds (13). */
const EPOCH = /^\d{10}(\d{3})?$/;

const pad = (n: number | string): string => String(n).padStart(2, '0');

/**
 * A date as ISO 8601, keeping the page's own offset when it gave one: `2017-01-13` or
 * `2017-01-13T10:05:00-05:00`. Returns undefined for anything that is not a plausible date;
 * callers then move on to the next source (a failed date never drops an article).
 */
export function toIsoDate(raw: string): string | undefined {
  const text = raw.trim();
  const iso = ISO_LIKE.exec(text) ?? COMPACT.exec(text);
  if (iso !== null) return fromParts(iso);
  if (EPOCH.test(text)) {
    const ms = Number(text) * (text.length === 10 ? 1000 : 1);
    return plausible(new Date(ms)) ? new Date(ms).toISOString().replace('.000Z', 'Z') : undefined;
  }
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime()) || !plausible(parsed)) return undefined;
  if (!/\d:\d\d/.test(text)) {
    return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  }
  return parsed.toISOString().replace('.000Z', 'Z');
}

function fromParts(m: RegExpExecArray): string | undefined {
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (h === undefined || mi === undefined) return date;
  const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : normalizeOffset(zone);
  return `${date}T${pad(h)}:${mi}:${s ?? '00'}${offset}`;
}

function normalizeOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function plausible(d: Date): boolean {
  const y = d.getUTCFullYear();
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** The date a URL path carries, as `YYYY-MM-DD`. */
export function dateFromUrl(url: string): string | undefined {
  const m = URL_DATE.exec(url);
  if (m === null) return undefined;
  return `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`;
}
