/**
 * `corpus eval quotes GOLD.jsonl`: runs the pipeline over annotated articles and scores the quotes.
 * A file in the PolNeAR shape (quotes given by `spans`, with a `scored` flag) is scored with the
 * field's metric instead, as src/eval/polnear.ts describes; what follows is the project's own shape.
 *
 * Gold lines: `{"id", "text", "quotes": [{"text" or "start"/"end", "speaker", "kind"}]}`. A gold
 * quote given by `text` alone is located in the article; when the words occur more than once, the
 * quotes that share them take the occurrences in order.
 *
 * Matching: a predicted quote matches a gold quote when it covers more than MATCH_COVERAGE of the
 * gold quote's characters (and, as the stricter figure, STRICT_COVERAGE); each prediction and
 * each gold quote is used once, best coverage first. Scored twice: direct+mixed quotes only
 * (predictions of those kinds against gold of those kinds), and all quotes including indirect.
 * `term` spans are nobody's utterance: they are dropped from gold and predictions alike, so a
 * predicted quote over a gold term counts as a false positive.
 *
 * Speakers: accuracy over matched quotes. Names are compared after case folding, dropping a
 * leading article (`the Kremlin` = `Kremlin`), possessive endings and punctuation other than
 * inner hyphens and apostrophes. Two names match when they end in the same word (the surname,
 * or the head of a group's name) and either one name's words end the other's (`Peskov` =
 * `Dmitry Peskov`, `Goldman Sachs` = `analysts at Goldman Sachs`, `Brad Lander` = `Comptroller
 * Brad Lander`) or their first words share an initial (`Yuri Ushakov` = `Yury Ushakov`, but
 * `Joe Biden` ≠ `Hunter Biden`). A missing predicted speaker never matches.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Quote, QuoteKind, Span } from '../model.js';
import { analyze } from '../pipeline.js';
import type { EvalResult } from './result.js';
import { isPolnearGold, scorePolnear, SUBSETS, type PolnearLine, type PolnearScore } from './polnear.js';
import { CorpusError } from '../errors.js';

/** A prediction matches a gold quote when it covers more than this share of the gold characters. */
export const MATCH_COVERAGE = 0.3;
/** The stricter coverage also reported. */
export const STRICT_COVERAGE = 0.8;

export interface GoldQuote extends Span {
  speaker: string | null;
  kind: QuoteKind;
}

export interface PredictedQuote extends Span {
  speaker: string | null;
  kind: QuoteKind;
}

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
}

const SCOPES = {
  directMixed: new Set<QuoteKind>(['direct', 'mixed']),
  all: new Set<QuoteKind>(['direct', 'mixed', 'indirect']),
} as const;
type Scope = keyof typeof SCOPES;

interface GoldLine {
  id?: string;
  text: string;
  quotes: { text?: string; start?: number; end?: number; speaker?: string | null; kind: QuoteKind }[];
}

/** Places gold quotes in the text: offsets when given (and consistent), else the next occurrence of the words. */
export function locateGold(line: GoldLine): GoldQuote[] {
  const nextSearch = new Map<string, number>();
  return line.quotes.flatMap((quote) => {
    let start = quote.start;
    let end = quote.end;
    if (start === undefined || end === undefined || (quote.text !== undefined && line.text.slice(start, end) !== quote.text)) {
      if (quote.text === undefined) return [];
      start = line.text.indexOf(quote.text, nextSearch.get(quote.text) ?? 0);
      if (start < 0) return [];
      end = start + quote.text.length;
      nextSearch.set(quote.text, end);
    }
    return [{ start, end, speaker: quote.speaker ?? null, kind: quote.kind }];
  });
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matches of predictions to gold quotes, best coverage first. */
export function matchQuotes(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[], coverage: number): [GoldQuote, PredictedQuote][] {
  const pairs: { g: number; p: number; share: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const share = overlap(g, p) / Math.max(1, g.end - g.start);
      if (share > coverage) pairs.push({ g: gi, p: pi, share });
    });
  });
  pairs.sort((a, b) => b.share - a.share);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: [GoldQuote, PredictedQuote][] = [];
  for (const { g, p } of pairs) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    matches.push([gold[g]!, predicted[p]!]);
  }
  return matches;
}

const ARTICLES = new Set(['the', 'a', 'an']);

function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s'’-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  return words.length > 1 && ARTICLES.has(words[0]!) ? words.slice(1) : words;
}

/** Whether a predicted speaker name counts as the gold one (see the module comment). */
export function sameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = nameWords(gold);
  const p = nameWords(predicted);
  if (g.length === 0 || p.length === 0 || g.at(-1) !== p.at(-1)) return false;
  const [shorter, longer] = g.length <= p.length ? [g, p] : [p, g];
  if (shorter.every((word, index) => longer[longer.length - shorter.length + index] === word)) return true;
  return g[0]![0] === p[0]![0];
}

export function scoreArticle(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[], scope: Scope, coverage: number): Score {
  const kinds = SCOPES[scope];
  const g = gold.filter((q) => kinds.has(q.kind));
  const p = predicted.filter((q) => kinds.has(q.kind));
  const matches = matchQuotes(g, p, coverage);
  return { gold: g.length, predicted: p.length, matched: matches.length, speakerCorrect: matches.filter(([a, b]) => sameSpeaker(a.speaker, b.speaker)).length };
}

function add(a: Score, b: Score): Score {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, speakerCorrect: a.speakerCorrect + b.speakerCorrect };
}

export function figures(score: Score): { precision: number; recall: number; f1: number; speakerAccuracy: number } {
  const precision = score.predicted === 0 ? 0 : score.matched / score.predicted;
  const recall = score.gold === 0 ? 0 : score.matched / score.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, speakerAccuracy: score.matched === 0 ? 0 : score.speakerCorrect / score.matched };
}

function predictionsOf(quotes: readonly Quote[]): PredictedQuote[] {
  return quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null }));
}

const EMPTY: Score = { gold: 0, predicted: 0, matched: 0, speakerCorrect: 0 };
const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Longest excerpt of a quote shown in the list of errors. */
const EXCERPT_CHARS = 60;

function excerpt(text: string, span: Span): string {
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return JSON.stringify(words.length > EXCERPT_CHARS ? `${words.slice(0, EXCERPT_CHARS)}…` : words);
}

/** One line per missed, extra or misattributed quote of an article (all kinds, at MATCH_COVERAGE). */
function errorLines(id: string, text: string, gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): string[] {
  const kinds = SCOPES.all;
  const g = gold.filter((q) => kinds.has(q.kind));
  const p = predicted.filter((q) => kinds.has(q.kind));
  const matches = matchQuotes(g, p, MATCH_COVERAGE);
  const matchedGold = new Set(matches.map(([a]) => a));
  const matchedPredicted = new Set(matches.map(([, b]) => b));
  return [
    ...g.filter((q) => !matchedGold.has(q)).map((q) => `  ${id}: missed ${q.kind} ${excerpt(text, q)} (${q.speaker ?? 'no speaker'})`),
    ...p.filter((q) => !matchedPredicted.has(q)).map((q) => `  ${id}: extra ${q.kind} ${excerpt(text, q)} (${q.speaker ?? 'no speaker'})`),
    ...matches.filter(([a, b]) => !sameSpeaker(a.speaker, b.speaker)).map(([a, b]) => `  ${id}: speaker ${b.speaker ?? 'none'} for ${a.speaker ?? 'none'} on ${excerpt(text, a)}`),
  ];
}

function parseGold(raw: string, path: string): GoldLine[] {
  return raw.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    try {
      const parsed = JSON.parse(line) as GoldLine;
      if (typeof parsed.text !== 'string' || !Array.isArray(parsed.quotes)) throw new Error('needs "text" and "quotes"');
      return [parsed];
    } catch (error) {
      throw new CorpusError('BAD_INPUT', `line ${index + 1}: ${(error as Error).message}`, path);
    }
  });
}

/** Scores the pipeline's quotes against a gold file; the report ends with one line per error. */
export async function runEval(path: string): Promise<EvalResult> {
  const lines = parseGold(await readFile(path, 'utf8'), path);
  if (isPolnearGold(lines)) return runPolnearEval(lines as unknown as PolnearLine[]);
  const runs = [
    { scope: 'directMixed' as const, coverage: MATCH_COVERAGE, key: 'directMixed' },
    { scope: 'directMixed' as const, coverage: STRICT_COVERAGE, key: 'directMixed80' },
    { scope: 'all' as const, coverage: MATCH_COVERAGE, key: 'all' },
    { scope: 'all' as const, coverage: STRICT_COVERAGE, key: 'all80' },
  ];
  const totals = runs.map(() => EMPTY);
  const errors: string[] = [];
  let termsTaken = 0;
  let terms = 0;
  lines.forEach((line, index) => {
    const content = line.text;
    const gold = locateGold(line);
    const predicted = predictionsOf(analyzed(content));
    runs.forEach((run, k) => {
      totals[k] = add(totals[k]!, scoreArticle(gold, predicted, run.scope, run.coverage));
    });
    const goldTerms = gold.filter((q) => q.kind === 'term');
    terms += goldTerms.length;
    termsTaken += matchQuotes(goldTerms, predicted.filter((q) => q.kind !== 'term'), MATCH_COVERAGE).length;
    errors.push(...errorLines(line.id ?? `line ${index + 1}`, content, gold, predicted));
  });
  const metrics: Record<string, number> = {};
  const report = [`quotes: ${lines.length} articles`];
  runs.forEach((run, index) => {
    const total = totals[index]!;
    const f = figures(total);
    for (const [name, value] of Object.entries(f)) metrics[`${run.key}.${name}`] = round(value);
    const label = `${run.scope === 'all' ? 'all kinds    ' : 'direct+mixed '} >${Math.round(run.coverage * 100)}%`;
    report.push(`${label}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  speaker ${f.speakerAccuracy.toFixed(3)}  (gold ${total.gold}, predicted ${total.predicted}, matched ${total.matched})`);
  });
  metrics['f1'] = metrics['directMixed.f1'] ?? 0;
  metrics['speakerAccuracy'] = metrics['directMixed.speakerAccuracy'] ?? 0;
  metrics['terms.takenAsQuotes'] = termsTaken;
  report.push(`terms taken as quotes: ${termsTaken} of ${terms}`);
  if (errors.length > 0) report.push(`errors (all kinds, >${Math.round(MATCH_COVERAGE * 100)}%):`, ...errors);
  return { lines: report, metrics };
}

function analyzed(content: string): Quote[] {
  return analyze({ sha256: createHash('sha256').update(content).digest('hex'), format: 'text', content }).quotes;
}

/** PolNeAR-shaped gold: direct+mixed and all speech, the figures the shared scorer prints. */
function runPolnearEval(lines: readonly PolnearLine[]): EvalResult {
  const totals = new Map<string, PolnearScore>(SUBSETS.map((subset) => [subset, { gold: 0, predicted: 0, matched: 0, speakerCorrect: 0 }]));
  for (const line of lines) {
    const quotes = analyzed(line.text);
    for (const subset of SUBSETS) {
      const total = totals.get(subset)!;
      const score = scorePolnear(line, quotes, subset);
      totals.set(subset, { gold: total.gold + score.gold, predicted: total.predicted + score.predicted, matched: total.matched + score.matched, speakerCorrect: total.speakerCorrect + score.speakerCorrect });
    }
  }
  const metrics: Record<string, number> = {};
  const report = [`quotes: ${lines.length} articles (PolNeAR attributions, >${Math.round(MATCH_COVERAGE * 100)}% of the gold's characters)`];
  for (const subset of SUBSETS) {
    const total = totals.get(subset)!;
    const f = figures(total);
    const key = subset === 'direct' ? 'directMixed' : 'speech';
    for (const [name, value] of Object.entries(f)) metrics[`${key}.${name}`] = round(value);
    const label = subset === 'direct' ? 'direct+mixed' : 'all speech  ';
    report.push(`${label}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  speaker ${f.speakerAccuracy.toFixed(3)}  (gold ${total.gold}, predicted ${total.predicted}, matched ${total.matched})`);
  }
  metrics['f1'] = metrics['directMixed.f1'] ?? 0;
  metrics['speakerAccuracy'] = metrics['directMixed.speakerAccuracy'] ?? 0;
  return { lines: report, metrics };
}
