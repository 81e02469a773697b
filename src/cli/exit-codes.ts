import type { ErrorCode } from '../errors.js';

/**
 * Exit codes, in one place (documented in the README). Like grep and ripgrep: 0 found,
 * 1 nothing found, 2 error; plus partial failure and busy for cron jobs.
 */
export const EXIT = {
  OK: 0,
  /** `query`: no quote matched. */
  NO_RESULTS: 1,
  /** Usage error, or the database cannot be opened or used. */
  ERROR: 2,
  /** `ingest`/`analyze`: some inputs failed (each named on stderr); the others were processed. */
  PARTIAL: 3,
  /** Another corpus process held the database past the busy timeout (EX_TEMPFAIL): try again later. */
  BUSY: 75,
} as const;

export function exitCodeFor(code: ErrorCode | 'INTERNAL'): number {
  return code === 'BUSY' ? EXIT.BUSY : EXIT.ERROR;
}
