import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAsync, ROOT, tempDir } from '../cli/run-cli.js';
import { writeNewsroom } from '../cli/newsroom.js';

/** Debian's chromium; the test never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** CORPUS_SCREENSHOTS=1 writes the README's screenshots into docs/. */
const SHOTS = process.env['CORPUS_SCREENSHOTS'] === '1';

/** An article whose text is markup: it must show as text and never run. */
const HOSTILE = `Council <b>budget</b> row
RIVERTON, May 5 (Reuters) - A councillor read out <script>window.pwned = 1</script> and <img src=x onerror="window.pwned = 2"> during Monday's meeting, officials said.
"This is <i>not</i> how we spend public money," councillor Dora Quill said after the vote on the new budget for the harbour district.
`;

const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing) console.log(`skipping the browser test: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(chromiumMissing)('corpus serve in a real browser', () => {
  const temp = tempDir();
  const db = join(temp.dir, 'corpus.db');
  const shots = SHOTS ? join(ROOT, 'docs') : temp.dir;
  let server: ChildProcess | undefined;
  let base = '';
  // Loaded only when the browser is there, so a machine without it never needs the module.
  let browser: import('playwright-core').Browser | undefined;

  beforeAll(async () => {
    const input = join(temp.dir, 'in');
    mkdirSync(input);
    writeNewsroom(input);
    writeFileSync(join(input, 'hostile.txt'), HOSTILE);
    expect(cli(['ingest', input, '--db', db, '--quiet']).code).toBe(0);
    server = cliAsync(['serve', '--db', db, '--port', '0']);
    base = await new Promise<string>((resolve, reject) => {
      let err = '';
      server?.stderr?.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
        if (m) resolve(m[1] as string);
      });
      server?.on('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    temp.cleanup();
  });

  it('searches quotes by speaker, entity, words, dates and source, and links to speaker and article pages', async () => {
    const page = await (browser as import('playwright-core').Browser).newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${base}/`);
    await page.fill('input[name=speaker]', 'Kovalenko');
    await page.fill('input[name=since]', '2025-03');
    await page.click('button[type=submit]');
    await page.waitForSelector('table.quotes');
    expect(await page.locator('p.count').textContent()).toMatch(/^2 quotes/);
    const speakers = await page.locator('table.quotes tbody tr td:nth-child(2)').allTextContents();
    expect(speakers).toEqual(['Marta Kovalenko', 'Marta Kovalenko']);
    // The syndicated copy's quote counts once: the wire original is listed.
    expect(await page.locator('table.quotes').textContent()).not.toContain('Harbour Daily');
    if (SHOTS) await page.screenshot({ path: join(shots, 'serve-search.png') });

    await page.goto(`${base}/?entity=Sorokin&text=cranes&source=reuters&until=2025-03-03`);
    expect(await page.locator('table.quotes tbody tr').count()).toBe(1);
    await page.goto(`${base}/?since=someday`);
    expect(await page.locator('p.error').textContent()).toContain('since: expected a date');

    await page.goto(`${base}/?speaker=Kovalenko`);
    await page.click('table.quotes a[href^="/speaker"] >> nth=0');
    await page.waitForSelector('svg.timeline');
    expect(await page.locator('h1').textContent()).toBe('Marta Kovalenko');
    expect(await page.locator('svg.timeline rect').count()).toBe(1);
    expect(await page.locator('svg.timeline title').first().textContent()).toBe('2025-03: 2');
    if (SHOTS) await page.screenshot({ path: join(shots, 'serve-speaker.png') });

    await page.click('table.quotes a[href^="/article/"] >> nth=0');
    await page.waitForSelector('article mark');
    expect(await page.locator('article h1').textContent()).toBe('Grain prices climb as port dispute drags on');
    expect(await page.locator('article mark').count()).toBe(3);
    expect(await page.locator('.said').first().textContent()).toContain('Pavel Adamenko');
    expect(await page.locator('article .entity').first().getAttribute('title')).toMatch(/\((PERSON|GPE|DATE|ORG)\)$/);
    if (SHOTS) await page.screenshot({ path: join(shots, 'serve-article.png') });
    await page.close();
  });

  it('shows untrusted article markup as text, never runs it, and has no write path', async () => {
    const page = await (browser as import('playwright-core').Browser).newPage({ viewport: { width: 1000, height: 620 } });
    await page.goto(`${base}/?speaker=Quill`);
    await page.click('table.quotes a[href^="/article/"] >> nth=0');
    await page.waitForSelector('article mark');
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.locator('article h1 *, article p script, article p img, article p b, article mark *:not(span.entity)').count()).toBe(0);
    expect(await page.locator('article h1').textContent()).toBe('Council <b>budget</b> row');
    expect(await page.locator('article').textContent()).toContain('<script>window.pwned = 1</script>');
    expect(await page.locator('article mark', { hasText: 'This is' }).textContent()).toBe('This is <i>not</i> how we spend public money');
    const post = await page.request.post(`${base}/`, { data: 'x' });
    expect(post.status()).toBe(405);
    const api = await page.request.get(`${base}/api/quotes?speaker=Sorokin&since=2025-03-01`);
    expect(api.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(((await api.json()) as { speaker: string }[]).map((r) => r.speaker)).toEqual(['Ivan Sorokin', 'Ivan Sorokin', 'Ivan Sorokin']);
    await page.close();
  });
});
