import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, FIXTURES, tempDir } from './run-cli.js';

const ARTICLES = join(FIXTURES, 'articles');
const FILES = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => join(ARTICLES, f));

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `corpus ARGS | head -c 100` in a real shell pipe (Node's own child pipes are sockets
 * with larger buffers). The output is well above a pipe's 64 KiB buffer, so the CLI is still
 * writing when head exits; pipefail gives the CLI's exit code.
 */
function closedEarly(args: readonly string[], cwd: string): { code: number | null; stderr: string } {
  const command = `${[process.execPath, BIN, ...args].map(quote).join(' ')} | head -c 100 > /dev/null`;
  const run = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd, encoding: 'utf8', env: { ...process.env, CORPUS_DB: '' } });
  return { code: run.status, stderr: run.stderr };
}

describe('a closed output pipe is a normal end (#13)', () => {
  const temp = tempDir();
  const db = join(temp.dir, 'corpus.db');
  beforeAll(() => {
    // Three distinct copies of each article: a query's one write is then well above 64 KiB too.
    const input = join(temp.dir, 'in');
    mkdirSync(input);
    for (const copy of [1, 2, 3]) {
      FILES.forEach((file, i) => writeFileSync(join(input, `${copy}-${i}.txt`), `${readFileSync(file, 'utf8')}\nCopy ${copy}.\n`));
    }
    expect(cli(['ingest', input, '--db', db, '--quiet']).code).toBe(0);
    return temp.cleanup;
  });

  it.each([
    ['export', ['export', '--db', db]],
    ['export --format json', ['export', '--format', 'json', '--db', db]],
    ['query', ['query', '--kind', 'direct,mixed,indirect,term', '--format', 'json', '--db', db]],
    ['analyze', ['analyze', ...FILES, ...FILES]],
  ])('%s | head: exit 0, nothing on stderr', (_name, args) => {
    expect(closedEarly(args, temp.dir)).toEqual({ code: 0, stderr: '' });
  });
});
