import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin', 'corpus.js');
export const FIXTURES = join(ROOT, 'fixtures');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a user without colour or a preset database. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = { ...process.env };
  delete base['CORPUS_DB'];
  delete base['FORCE_COLOR'];
  return { ...base, ...extra };
}

/** Room for a large export on stdout (spawnSync's default of 1 MiB silently cuts it short). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Runs the built CLI as a user would, in `cwd`, and waits for it. */
export function cli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env(options.env),
    encoding: 'utf8',
    maxBuffer: MAX_OUTPUT_BYTES,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the built CLI without waiting (for kill and overlap tests). */
export function cliAsync(args: readonly string[], options: { cwd?: string } = {}) {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export interface Workspace {
  /** The temporary folder itself. */
  dir: string;
  /** A database path inside it (not created). */
  db: string;
  /** An input folder inside it, filled by `prepare`. */
  input: string;
}

/** A fresh temporary workspace for each test of the calling `describe`, removed afterwards. */
export function workspacePerTest(prepare: (input: string) => void = () => undefined): Workspace {
  const ws: Workspace = { dir: '', db: '', input: '' };
  let cleanup = (): void => undefined;
  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    Object.assign(ws, { dir: temp.dir, db: join(temp.dir, 'corpus.db'), input: join(temp.dir, 'in') });
    mkdirSync(ws.input);
    prepare(ws.input);
  });
  afterEach(() => cleanup());
  return ws;
}

/** Rows in a table of a corpus database; 0 while the database does not exist yet. */
export function countRows(db: string, table = 'articles'): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}
