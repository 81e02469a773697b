import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CorpusError } from '../errors.js';

export type SourceFormat = 'text' | 'html';

/** File endings ingested, and how each is read. */
const FORMATS: ReadonlyMap<string, SourceFormat> = new Map([
  ['.txt', 'text'],
  ['.md', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

export type Discovered = { path: string; format: SourceFormat } | { path: string; error: CorpusError };

export function formatOf(path: string): SourceFormat | undefined {
  return FORMATS.get(extname(path).toLowerCase());
}

/**
 * The article files under the given paths, one at a time in a stable order: folders
 * recursively (hidden entries and other file types skipped), files named explicitly always
 * reported, with an error when their type is not one we read. Streams: only the names of the
 * folder being walked (and its parents' remaining ones) are held, never the whole list.
 */
export async function* discover(paths: readonly string[]): AsyncGenerator<Discovered> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { path, error: unreadable(path, error) };
      continue;
    }
    if (info.isDirectory()) {
      yield* walk(path);
      continue;
    }
    const format = formatOf(path);
    yield format
      ? { path, format }
      : { path, error: new CorpusError('UNSUPPORTED', `unsupported file type '${extname(path) || 'none'}' (expected .txt, .md, .html or .htm)`, path) };
  }
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function* walk(dir: string): AsyncGenerator<Discovered> {
  // Names only (not directory entries), sorted: a folder of a million files costs tens of MB.
  const files: string[] = [];
  const folders = new Set<string>();
  try {
    for await (const entry of await opendir(dir, { bufferSize: 256 })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) folders.add(entry.name);
      else if ((entry.isFile() || entry.isSymbolicLink()) && formatOf(entry.name)) files.push(entry.name);
    }
  } catch (error) {
    yield { path: dir, error: unreadable(dir, error) };
    return;
  }
  const names = folders.size === 0 ? files : [...files, ...folders];
  for (const name of names.sort(byName)) {
    const path = join(dir, name);
    if (folders.has(name)) yield* walk(path);
    else yield { path, format: formatOf(name) as SourceFormat };
  }
}

/** A file-system failure as one readable reason. */
export function unreadable(path: string, error: unknown): CorpusError {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : (error as Error).message;
  return new CorpusError('UNREADABLE', `cannot read: ${reason}`, path);
}
