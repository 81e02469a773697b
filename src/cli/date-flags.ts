import { InvalidArgumentError } from 'commander';

/** A span of days: `first` inclusive, `after` the day after the last (ISO `YYYY-MM-DD`). */
export interface DayRange {
  first: string;
  after: string;
}

const DURATION = /^(\d+)\s*([dwmy])$/i;
const DAY_MS = 86_400_000;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

function utc(year: number, month: number, day: number): Date | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : undefined;
}

/** `7d`, `2w`, `3m`, `1y`: the day that long before today (UTC). */
function ago(amount: number, unit: string, today: Date): Date {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (unit === 'd') return new Date(d.getTime() - amount * DAY_MS);
  if (unit === 'w') return new Date(d.getTime() - amount * 7 * DAY_MS);
  if (unit === 'm') d.setUTCMonth(d.getUTCMonth() - amount);
  else d.setUTCFullYear(d.getUTCFullYear() - amount);
  return d;
}

/**
 * A date bound as given on the command line: a day (`2025-03-07`), a month (`2025-03`), a year
 * (`2025`), or a duration back from today (`7d`, `2w`, `3m`, `1y`). `--since` takes its first
 * day, `--until` its last, so `--since 2025-03 --until 2025-03` is all of March.
 */
export function dayRange(value: string, today = new Date()): DayRange {
  const text = value.trim();
  const duration = DURATION.exec(text);
  if (duration) {
    const day = ago(Number(duration[1]), (duration[2] ?? 'd').toLowerCase(), today);
    return { first: iso(day), after: iso(new Date(day.getTime() + DAY_MS)) };
  }
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  const year = Number(m?.[1]);
  const start = m ? utc(year, Number(m[2] ?? 1), Number(m[3] ?? 1)) : undefined;
  if (!m || !start) throw new InvalidArgumentError('expected a date (2025-03-07, 2025-03, 2025) or a duration (7d, 2w, 3m, 1y)');
  const end = new Date(start);
  if (m[3] !== undefined) end.setUTCDate(end.getUTCDate() + 1);
  else if (m[2] !== undefined) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return { first: iso(start), after: iso(end) };
}
