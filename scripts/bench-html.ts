/**
 * Speed of HTML extraction: pages/s and MB/s of `decodeHtml` + `extractArticle` over every
 * `*.html` page under a folder, single-threaded, against a peer run in the same process on
 * the same pages: cheerio's own `load()` + `.text()` of the whole page (the least any
 * cheerio-based extractor must do), with its default parser (parse5) and with htmlparser2
 * (the parser we use). On a shared machine absolute rates swing; the ratios hold better.
 *
 *   npx vite-node scripts/bench-html.ts DIR [ROUNDS]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'cheerio';
import { decodeHtml, extractArticle } from '../src/html/index.js';

/** Rounds run before timing, so the JIT has compiled the hot paths. */
const WARMUP_ROUNDS = 1;
const DEFAULT_ROUNDS = 3;
const HTML_FILE = /\.html?$/i;
const HTMLPARSER2 = { xml: { xmlMode: false, decodeEntities: true } } as const;

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    // Test-page folders hold gold files beside each page: expected.html is not a page.
    if (entry.isFile() && HTML_FILE.test(entry.name) && !entry.name.startsWith('expected')) {
      out.push(join(entry.parentPath, entry.name));
    }
  }
  return out.sort();
}

function time(rounds: number, pages: readonly Uint8Array[], work: (page: Uint8Array) => unknown): number {
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const p of pages) work(p);
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const p of pages) work(p);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(): Promise<void> {
  const [dir, roundsArg] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: bench-html DIR [ROUNDS]');
  const rounds = roundsArg === undefined ? DEFAULT_ROUNDS : Number(roundsArg);
  const files = await htmlFiles(dir);
  const pages = await Promise.all(files.map(async (f) => new Uint8Array(await readFile(f))));
  const megabytes = pages.reduce((sum, p) => sum + p.length, 0) / 1e6;
  const ours = time(rounds, pages, (p) => extractArticle(decodeHtml(p).text));
  const peer = time(rounds, pages, (p) => load(decodeHtml(p).text).text());
  const fastPeer = time(rounds, pages, (p) => load(decodeHtml(p).text, HTMLPARSER2).text());
  const rate = (seconds: number): string =>
    `${((pages.length * rounds) / seconds).toFixed(0)} pages/s  ${((megabytes * rounds) / seconds).toFixed(1)} MB/s`;
  process.stdout.write(
    [
      `pages ${pages.length}  mean ${((megabytes * 1000) / pages.length).toFixed(0)} KB  rounds ${rounds}`,
      `extractArticle       ${rate(ours)}`,
      `cheerio load+text    ${rate(peer)}  (parse5; ours is ${(peer / ours).toFixed(2)}x as fast)`,
      `cheerio load+text    ${rate(fastPeer)}  (htmlparser2; ours is ${(fastPeer / ours).toFixed(2)}x as fast)`,
      '',
    ].join('\n'),
  );
}

await main();
