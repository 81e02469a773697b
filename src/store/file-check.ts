import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { CorpusError } from '../errors.js';

/**
 * Checks of a database file made before SQLite touches it (#13), so a file that is not a
 * database, or one cut short by a failed copy, is refused with its reason and never written.
 * The layout is SQLite's file format (sqlite.org/fileformat.html, "The Database Header").
 */

const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\u0000';
/** Offsets into the header: page size (2 bytes, 1 means 65536) and the page count (4 bytes). */
const PAGE_SIZE_AT = 16;
const PAGE_COUNT_AT = 28;
/** The page count is only trusted when the change counter (24) equals the "version valid for" number (92). */
const CHANGE_COUNTER_AT = 24;
const VALID_FOR_AT = 92;
const LARGEST_PAGE = 65536;

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  try {
    return header.subarray(0, readSync(fd, header, 0, HEADER_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** The size of a file, or undefined when there is none (an empty file is a database to create). */
function sizeOf(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.size;
}

/**
 * Refuses an existing database file that is not SQLite, or whose pages end before the header
 * says they do. With a write-ahead log beside it the main file may lag the log, so the page
 * count is only compared when there is none.
 */
export function checkDatabaseFile(path: string): void {
  const size = sizeOf(path);
  if (size === undefined || size === 0) return;
  let header: Buffer;
  try {
    header = readHeader(path);
  } catch {
    return; // unreadable: SQLite's own open names the reason
  }
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new CorpusError('DATABASE', 'not a SQLite database (the file starts with something else)', path);
  }
  const raw = header.readUInt16BE(PAGE_SIZE_AT);
  const pageSize = raw === 1 ? LARGEST_PAGE : raw;
  const counted = header.readUInt32BE(CHANGE_COUNTER_AT) === header.readUInt32BE(VALID_FOR_AT);
  const expected = header.readUInt32BE(PAGE_COUNT_AT) * pageSize;
  const walSize = sizeOf(`${path}-wal`) ?? 0;
  if (walSize > 0) return;
  if (counted && size < expected) {
    throw new CorpusError('DATABASE', `database file is truncated (${size} of ${expected} bytes): restore it from a backup`, path);
  }
  if (size % pageSize !== 0) {
    throw new CorpusError('DATABASE', `database file is truncated (${size} bytes, not whole ${pageSize}-byte pages): restore it from a backup`, path);
  }
}
