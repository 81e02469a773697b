import { readdir, stat } from 'node:fs/promises';
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
 * Lists the article files under the given paths in a stable order: folders recursively
 * (hidden entries and other file types skipped), files named explicitly always reported,
 * with an error when their type is not one we read.
 */
export async function discover(paths: readonly string[]): Promise<Discovered[]> {
  const found: Discovered[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      found.push({ path, error: unreadable(path, error) });
      continue;
    }
    if (info.isDirectory()) {
      found.push(...(await walk(path)));
      continue;
    }
    const format = formatOf(path);
    found.push(
      format
        ? { path, format }
        : { path, error: new CorpusError('UNSUPPORTED', `unsupported file type '${extname(path) || 'none'}' (expected .txt, .md, .html or .htm)`, path) },
    );
  }
  return found;
}

async function walk(dir: string): Promise<Discovered[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [{ path: dir, error: unreadable(dir, error) }];
  }
  const found: Discovered[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else {
      const format = formatOf(path);
      if (format && (entry.isFile() || entry.isSymbolicLink())) found.push({ path, format });
    }
  }
  return found;
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
