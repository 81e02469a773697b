/**
 * Speed of HTML extraction: pages/s and MB/s of `decodeHtml` + `extractArticle` over every
 * `*.html` page under a folder, single-threaded, against peers run in the same process on
 * the same pages: cheerio's own `load()` + `.text()` of the whole page (the least any
 * cheerio-based extractor must do), with its default parser (parse5) and with htmlparser2
 * (the parser we use). Rounds are interleaved (ours, peer, peer, ours, ...) and each is
 * reported by its best and median round, so load from other processes on a shared machine
 * skews the comparison less.
 *
 *   npm run bench:html -- DIR [ROUNDS]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'cheerio';
import { decodeHtml, extractArticle } from '../src/html/index.js';

/** Rounds run before timing, so the JIT has compiled the hot paths. */
const WARMUP_ROUNDS = 1;
const DEFAULT_ROUNDS = 5;
const HTML_FILE = /\.html?$/i;
const HTMLPARSER2 = { xml: { xmlMode: false, decodeEntities: true } } as const;

interface Contender {
  name: string;
  run: (page: Uint8Array) => unknown;
  seconds: number[];
}

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

function timeRound(pages: readonly Uint8Array[], run: (page: Uint8Array) => unknown): number {
  const start = process.hrtime.bigint();
  for (const p of pages) run(p);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const [dir, roundsArg] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: bench-html DIR [ROUNDS]');
  const rounds = roundsArg === undefined ? DEFAULT_ROUNDS : Number(roundsArg);
  const files = await htmlFiles(dir);
  const pages = await Promise.all(files.map(async (f) => new Uint8Array(await readFile(f))));
  const megabytes = pages.reduce((sum, p) => sum + p.length, 0) / 1e6;
  const contenders: Contender[] = [
    { name: 'extractArticle', run: (p) => extractArticle(decodeHtml(p).text), seconds: [] },
    { name: 'cheerio load+text (parse5)', run: (p) => load(decodeHtml(p).text).text(), seconds: [] },
    { name: 'cheerio load+text (htmlparser2)', run: (p) => load(decodeHtml(p).text, HTMLPARSER2).text(), seconds: [] },
  ];
  for (const c of contenders) for (let r = 0; r < WARMUP_ROUNDS; r++) timeRound(pages, c.run);
  for (let r = 0; r < rounds; r++) for (const c of contenders) c.seconds.push(timeRound(pages, c.run));
  const ours = contenders[0] as Contender;
  const lines = [`pages ${pages.length}  mean ${((megabytes * 1000) / pages.length).toFixed(0)} KB  rounds ${rounds}`];
  for (const c of contenders) {
    const best = Math.min(...c.seconds);
    const mid = median(c.seconds);
    const ratio = c === ours ? '' : `  ours is ${(best / Math.min(...ours.seconds)).toFixed(2)}x as fast (best rounds)`;
    lines.push(
      `${c.name.padEnd(32)} best ${(pages.length / best).toFixed(0)} pages/s ${(megabytes / best).toFixed(1)} MB/s` +
        `  median ${(pages.length / mid).toFixed(0)} pages/s${ratio}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
