import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, cliAsync, tempDir } from './run-cli.js';
import { writeNewsroom } from './newsroom.js';

const temp = tempDir();
const db = join(temp.dir, 'corpus.db');
let server: ChildProcess | undefined;
let base = '';

/** Starts `corpus serve` and resolves with its address, or with its stderr when it exits. */
function serve(args: string[]): Promise<{ child: ChildProcess; url?: string; stderr: string; code?: number | null }> {
  const child = cliAsync(['serve', '--db', db, ...args]);
  return new Promise((resolve) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /at (http:\/\/[\d.]+:\d+)\//.exec(stderr);
      if (m) resolve({ child, url: m[1] as string, stderr });
    });
    child.on('exit', (code) => resolve({ child, stderr, code }));
  });
}

beforeAll(async () => {
  const input = join(temp.dir, 'in');
  mkdirSync(input);
  writeNewsroom(input);
  expect(cli(['ingest', input, '--db', db, '--quiet']).code).toBe(0);
  const started = await serve(['--port', '0']);
  server = started.child;
  base = started.url ?? '';
});
afterAll(() => {
  server?.kill('SIGTERM');
  temp.cleanup();
});

describe('corpus serve over HTTP', () => {
  it('listens on 127.0.0.1 and serves the search, speaker and article pages', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const search = await fetch(`${base}/?speaker=Sorokin&source=Reuters`);
    expect(search.status).toBe(200);
    expect(search.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await search.text();
    expect(html).toContain('<p class="meta count">3 quotes');
    const speaker = await (await fetch(`${base}/speaker?name=Ivan+Sorokin`)).text();
    expect(speaker).toContain('<svg class="timeline"');
    const id = /href="\/article\/(\d+)"/.exec(html)?.[1];
    const article = await (await fetch(`${base}/article/${id}`)).text();
    expect(article).toContain('<mark class="direct" title="Ivan Sorokin">Nobody here wants the cranes to stop');
  });

  it('answers only GET and HEAD, and bad or unknown requests with 400 and 404', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await fetch(`${base}/`, { method })).status).toBe(405);
    expect((await fetch(`${base}/`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${base}/?until=soon`)).status).toBe(400);
    expect((await fetch(`${base}/speaker`)).status).toBe(400);
    expect((await fetch(`${base}/article/999`)).status).toBe(404);
    expect((await fetch(`${base}/admin`)).status).toBe(404);
  });

  it('a port already in use is a clear error (exit 2)', async () => {
    const port = new URL(base).port;
    const second = await serve(['--port', port]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`^corpus: error: cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`));
  });
});

const hasScript = existsSync('/usr/bin/script');
describe.skipIf(!hasScript)('corpus show on a terminal', () => {
  it('highlights quotes and underlines entities (and NO_COLOR turns it off)', () => {
    const run = (env: NodeJS.ProcessEnv): string =>
      spawnSync('script', ['-qc', `"${process.execPath}" "${BIN}" show port-talks-wire.txt --db "${db}"`, '/dev/null'], { encoding: 'utf8', env }).stdout;
    const coloured = run({ ...process.env, NO_COLOR: '' });
    expect(coloured).toContain('\u001b[33mNobody here wants the cranes to stop');
    expect(coloured).toContain('\u001b[4m');
    expect(run({ ...process.env, NO_COLOR: '1' })).not.toMatch(/\u001b\[/);
  });
});
