/**
 * Defaults shared by the library and the CLI's help text. Kept in a module with no imports so
 * that `corpus --help` does not load SQLite or the decoders.
 */

/** Files above this size are refused unless `--max-size` says otherwise: no news article is this long. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How long a writer waits for another writer (e.g. an overlapping cron run) before giving up. */
export const DEFAULT_BUSY_TIMEOUT_MS = 30_000;
