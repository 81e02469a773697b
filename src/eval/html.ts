import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { childElements, parseHtml } from '../html/dom.js';
import { decodeHtml } from '../html/decode.js';
import { extractArticle } from '../html/extract.js';
import { splitByline } from '../html/metadata/byline.js';
import { toIsoDate } from '../html/metadata/dates.js';
import { renderText } from '../html/render.js';
import type { ArticleMeta } from '../model.js';
import type { EvalResult } from './result.js';
import { f1, shingleOverlap } from './shingles.js';

/** How many of the lowest-scoring pages the report lists. */
const WORST_PAGES = 12;

/** The gold metadata file of one test page (Readability's test-page format). */
interface GoldMeta {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/**
 * Metadata fields compared, each with its normalisation:
 * - text (title, site name, description): NFKC, lower case, curly quotes straightened,
 *   whitespace collapsed, punctuation at the ends trimmed, then equal;
 * - headline: title, forgiving a site or section name one side appends after a separator
 *   ("Storm hits coast | Daily" equals "Storm hits coast"): the gold keeps what the page's
 *   title held, we cut it;
 * - byline (letters and digits only): every person we name occurs in the gold byline, and
 *   the gold's first person (split like our bylines) is among ours. Gold bylines are raw page
 *   text with dates and desks attached ("By Jane Roe\n March 5, 2015"), so sets are not
 *   compared; gold bylines naming nobody ("Updated May 2, 2019") are not judged;
 * - published: the same calendar day as written (`YYYY-MM-DD`), or the same instant when
 *   both carry a time with a zone;
 * - language: the same tag, case-insensitive, `_` read as `-`.
 */
const FIELDS: readonly { name: string; gold: keyof GoldMeta; ours: (m: ArticleMeta) => string | string[] | undefined; same: (gold: string, ours: string | string[]) => boolean }[] = [
  { name: 'title', gold: 'title', ours: (m) => m.title?.value, same: (g, o) => normText(g) === normText(o as string) },
  { name: 'headline', gold: 'title', ours: (m) => m.title?.value, same: (g, o) => sameHeadline(g, o as string) },
  { name: 'byline', gold: 'byline', ours: (m) => m.byline?.value, same: (g, o) => samePeople(g, o as string[]) },
  { name: 'published', gold: 'publishedTime', ours: (m) => m.published?.value, same: (g, o) => sameDate(g, o as string) },
  { name: 'siteName', gold: 'siteName', ours: (m) => m.siteName?.value, same: (g, o) => normText(g) === normText(o as string) },
  { name: 'lang', gold: 'lang', ours: (m) => m.lang?.value, same: (g, o) => normLang(g) === normLang(o as string) },
  { name: 'description', gold: 'excerpt', ours: (m) => m.description?.value, same: (g, o) => normText(g) === normText(o as string) },
];

function normText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/** What follows a headline when a site name is appended: closing punctuation, a separator, more text. */
const TITLE_SUFFIX = /^[\p{Pe}\p{Pf}'"?!.\s]*\s[|\-–—:·»\[(]\s*\S/u;

function sameHeadline(gold: string, ours: string): boolean {
  const g = normText(gold);
  const o = normText(ours);
  if (g === o) return true;
  const [short, long] = g.length < o.length ? [g, o] : [o, g];
  return short !== '' && long.startsWith(short) && TITLE_SUFFIX.test(long.slice(short.length));
}

const ZONED_TIME = /T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)$/;

function sameDate(gold: string, ours: string): boolean {
  const g = toIsoDate(gold);
  if (g === undefined) return false;
  if (g.slice(0, 10) === ours.slice(0, 10)) return true;
  return ZONED_TIME.test(g) && ZONED_TIME.test(ours) && Date.parse(g) === Date.parse(ours);
}

function normName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function samePeople(gold: string, ours: string[]): boolean {
  const whole = normName(gold);
  const first = gold.split('\n').map((line) => splitByline(line)[0]).find((p) => p !== undefined);
  const names = ours.map(normName);
  return first !== undefined && names.includes(normName(first)) && names.every((n) => whole.includes(n));
}

/** Gold bylines that are only a date or a button label ("Updated May 2, 2019") name nobody. */
function namesPerson(gold: string): boolean {
  return gold.split('\n').some((line) => splitByline(line).length > 0);
}

function normLang(s: string): string {
  return s.trim().toLowerCase().replace('_', '-');
}

interface PageResult {
  name: string;
  precision: number;
  recall: number;
  fields: Record<string, boolean | undefined>;
}

async function evalPage(dir: string, name: string): Promise<PageResult> {
  const [source, expected, goldJson] = await Promise.all([
    readFile(join(dir, name, 'source.html')),
    readFile(join(dir, name, 'expected.html'), 'utf8'),
    readFile(join(dir, name, 'expected-metadata.json'), 'utf8'),
  ]);
  const { text, meta } = extractArticle(decodeHtml(source).text);
  const goldDoc = parseHtml(expected);
  const goldText = renderText(childElements(goldDoc), new Set());
  const { precision, recall } = shingleOverlap(goldText, text);
  const gold = JSON.parse(goldJson) as GoldMeta;
  const fields: Record<string, boolean | undefined> = {};
  for (const field of FIELDS) {
    const g = gold[field.gold];
    if (typeof g !== 'string' || g.trim() === '' || (field.name === 'byline' && !namesPerson(g))) continue;
    const ours = field.ours(meta);
    fields[field.name] = ours !== undefined && field.same(g, ours);
  }
  return { name, precision, recall, fields };
}

const fmt = (x: number): string => x.toFixed(3);

/**
 * Evaluates HTML extraction over a folder of test pages (one sub-folder per page with
 * `source.html`, `expected.html`, `expected-metadata.json`). Body: 4-word shingle precision
 * and recall per page, averaged over pages, F1 of the averages. Metadata: per-field accuracy
 * over the pages whose gold has that field.
 */
export async function runEval(path: string): Promise<EvalResult> {
  const entries = await readdir(path, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const pages: PageResult[] = [];
  for (const name of names) pages.push(await evalPage(path, name));
  const n = Math.max(pages.length, 1);
  const precision = pages.reduce((a, p) => a + p.precision, 0) / n;
  const recall = pages.reduce((a, p) => a + p.recall, 0) / n;
  const metrics: Record<string, number> = { pages: pages.length, precision, recall, f1: f1(precision, recall) };
  const lines = [`pages ${pages.length}  body P ${fmt(precision)}  R ${fmt(recall)}  F1 ${fmt(f1(precision, recall))}`];
  for (const field of FIELDS) {
    const judged = pages.filter((p) => p.fields[field.name] !== undefined);
    const right = judged.filter((p) => p.fields[field.name] === true).length;
    const accuracy = judged.length === 0 ? 0 : right / judged.length;
    metrics[`${field.name}_accuracy`] = accuracy;
    const misses = judged.filter((p) => p.fields[field.name] === false).map((p) => p.name);
    lines.push(`${field.name.padEnd(12)} ${fmt(accuracy)}  (${right}/${judged.length})  misses: ${misses.join(' ')}`);
  }
  lines.push('worst pages (F1  P  R):');
  const ranked = [...pages].sort((a, b) => f1(a.precision, a.recall) - f1(b.precision, b.recall));
  for (const p of ranked.slice(0, WORST_PAGES)) {
    lines.push(`  ${fmt(f1(p.precision, p.recall))}  ${fmt(p.precision)}  ${fmt(p.recall)}  ${p.name}`);
  }
  return { lines, metrics };
}
