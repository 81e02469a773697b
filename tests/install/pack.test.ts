/**
 * The package as a user installs it: `npm pack`, then a global install of the tarball into a
 * fresh prefix, then the installed `corpus` run from a folder outside the repository (#17).
 *
 * This fails when a file the CLI needs is missing from `files`, when a runtime import is only a
 * devDependency (a global install leaves devDependencies out), or when the binary reaches back
 * into the checkout. The install compiles the SQLite driver, so it takes a minute or more; it
 * needs the npm registry (or npm's cache). `CORPUS_SKIP_PACK_TEST=1` skips it, saying so.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from '../cli/run-cli.js';

/** Packing, installing (with a native build) and three runs on a loaded two-core machine. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;

const skip = process.env['CORPUS_SKIP_PACK_TEST'] === '1';
if (skip) console.warn('tests/install/pack.test.ts: skipped (CORPUS_SKIP_PACK_TEST=1)');

/**
 * The environment of a user's shell: none of the npm_* variables `npm test` sets, no NODE_PATH.
 * The user's own npm settings (~/.npmrc: registry, cache, where Node's headers are) stay.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'NODE_PATH' && key !== 'CORPUS_DB' && key !== 'INIT_CWD') env[key] = value;
  }
  return env;
}

/** Runs a command to its end without blocking the test worker (a blocked worker misses vitest's heartbeats). */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: INSTALL_TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

describe.skipIf(skip)('packed package, installed globally into a fresh prefix', () => {
  const tmp = tempDir();
  const prefix = join(tmp.dir, 'prefix');
  const work = join(tmp.dir, 'work');
  const bin = join(prefix, 'bin', 'corpus');
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    mkdirSync(work);
    env = userEnv();
    // `npm test` has just built dist/, so packing needs no second build.
    const pack = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp.dir], ROOT, env);
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = readdirSync(tmp.dir).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const install = await run(
      'npm',
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--allow-scripts=better-sqlite3', join(tmp.dir, tarball!)],
      work,
      env,
    );
    expect(install.code, install.stderr).toBe(0);
    // The user's articles live outside the repository too.
    cpSync(join(FIXTURES, 'articles'), join(work, 'articles'), { recursive: true });
  }, INSTALL_TIMEOUT_MS);

  afterAll(() => tmp.cleanup());

  it('prints the package version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const result = await run(bin, ['--version'], work, env);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('ingests a folder quietly and answers a speaker query from outside the repository', async () => {
    const ingest = await run(bin, ['ingest', 'articles', '--db', 'corpus.db', '--quiet'], work, env);
    expect(ingest).toEqual({ code: 0, stdout: '', stderr: '' });
    const files = readdirSync(join(work, 'articles')).length;
    const stats = await run(bin, ['stats', '--db', 'corpus.db', '--format', 'json'], work, env);
    expect(stats.code, stats.stderr).toBe(0);
    expect((JSON.parse(stats.stdout) as { articles: number }).articles).toBe(files);

    const query = await run(bin, ['query', '--db', 'corpus.db', '--speaker', 'Fidan', '--format', 'json'], work, env);
    expect(query.code, query.stderr).toBe(0);
    const rows = JSON.parse(query.stdout) as { speaker: string; path: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.speaker))).toEqual(new Set(['Hakan Fidan']));
    // Paths are stored as the user gave them, relative to where the ingest ran.
    expect(rows.every((row) => row.path.startsWith('articles/'))).toBe(true);
  });
});
