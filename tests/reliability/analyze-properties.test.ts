import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Span } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { articleJson } from '../../src/serialize.js';
import { CorpusError } from '../../src/errors.js';
import { FIXTURES } from '../cli/run-cli.js';

/**
 * Property-based tests of `analyze` over mutated fixture articles (#13): whatever is done to a
 * real-looking article, the analysis never fails and every offset it gives is true.
 * CORPUS_FUZZ_RUNS=N runs more cases (CORPUS_FUZZ_SEED=S replays one run).
 */
const RUNS = Number(process.env['CORPUS_FUZZ_RUNS'] ?? 1000);
const SEED = process.env['CORPUS_FUZZ_SEED'] !== undefined ? Number(process.env['CORPUS_FUZZ_SEED']) : undefined;

const textsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
const BASES = [...textsIn(join(FIXTURES, 'articles')), ...textsIn(join(FIXTURES, 'structure')), ...textsIn(join(FIXTURES, 'stray'))];

const PAGES = readdirSync(join(FIXTURES, 'html'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(FIXTURES, 'html', f), 'utf8'));
/** Pages cost more to analyse (markup, extraction): one page case for this many text cases. */
const TEXT_CASES_PER_PAGE = 5;

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」'];
/** Scripts the recogniser was not written for, in short phrases of our own. */
const FOREIGN = [
  'قال الوزير إن المحادثات ستستمر',
  '״אנחנו נמשיך לעבוד״, אמר השר',
  '部长说谈判将继续进行。',
  '会議は来週も続くと大臣は述べた。',
  '장관은 회담이 계속될 것이라고 말했다.',
  '𝐓𝐡𝐞 𝐦𝐢𝐧𝐢𝐬𝐭𝐞𝐫 𝐬𝐚𝐢𝐝',
  '😀👍🏽🇺🇦',
  '\u202eRTL override\u202c and \u200fmarks\u200e',
];

type Mutation = (text: string) => string;

/** Where in the text to act, as a fraction of its length (so it fits any length). */
const at = fc.double({ min: 0, max: 1, noNaN: true });
const position = (text: string, f: number): number => Math.min(text.length, Math.floor(f * text.length));
const insert = (text: string, f: number, piece: string): string => {
  const i = position(text, f);
  return text.slice(0, i) + piece + text.slice(i);
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Random code units anywhere: controls, lone surrogates, private use, NUL.
  fc.tuple(at, fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 12 })).map(
    ([f, units]): Mutation => (t) => insert(t, f, String.fromCharCode(...units)),
  ),
  fc.tuple(at, fc.string({ unit: 'binary', maxLength: 12 })).map(([f, s]): Mutation => (t) => insert(t, f, s)),
  fc.tuple(at, fc.constantFrom(...QUOTE_MARKS)).map(([f, q]): Mutation => (t) => insert(t, f, q)),
  fc.constantFrom(...QUOTE_MARKS).map((q): Mutation => (t) => t.split(q).join('')),
  fc.tuple(at, fc.constantFrom(...QUOTE_MARKS)).map(([f, q]): Mutation => (t) => {
    const i = t.indexOf(q, position(t, f));
    return i < 0 ? t : t.slice(0, i) + t.slice(i + 1);
  }),
  fc.constantFrom(' ', '').map((sep): Mutation => (t) => t.replace(/\n/g, sep)),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r')),
  at.map((f): Mutation => (t) => {
    const paragraphs = t.split('\n\n');
    const i = Math.floor(f * paragraphs.length) % paragraphs.length;
    paragraphs.splice(i, 0, paragraphs[i] ?? '');
    return paragraphs.join('\n\n');
  }),
  fc.tuple(at, fc.constantFrom(...FOREIGN)).map(([f, s]): Mutation => (t) => insert(t, f, s)),
  at.map((f): Mutation => (t) => t.slice(0, position(t, f))),
  at.map((f): Mutation => (t) => t.slice(position(t, f))),
);

const mutated = (bases: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([base, mutations]) => mutations.reduce((text, m) => m(text), base));

function expectSpan(span: Span, length: number, what: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true);
  expect(span.start, what).toBeGreaterThanOrEqual(0);
  expect(span.end, what).toBeGreaterThanOrEqual(span.start);
  expect(span.end, what).toBeLessThanOrEqual(length);
}

/** Every span of the analysis lies in the text; sentences are ordered and disjoint; quotes say what the text says. */
function expectTrueOffsets(article: Article): void {
  const n = article.text.length;
  const { structure } = article;
  for (const field of [structure.headline, structure.headline?.source, structure.standfirst, structure.dateline, structure.byline]) {
    if (field) expectSpan(field, n, 'structure field');
  }
  for (const span of [...structure.credits, ...structure.labels, ...structure.related, ...structure.paragraphs]) expectSpan(span, n, 'structure span');
  let previousEnd = 0;
  for (const s of article.sentences) {
    expectSpan(s, n, 'sentence');
    expect(s.end, 'sentence not empty').toBeGreaterThan(s.start);
    expect(s.start, 'sentences ordered and disjoint').toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
  }
  for (const e of article.entities) for (const m of e.mentions) expectSpan(m, n, `mention of ${e.name}`);
  const json = articleJson(article) as { quotes: { start: number; end: number; text: string }[] };
  article.quotes.forEach((q, i) => {
    expectSpan(q, n, 'quote');
    expect(json.quotes[i]?.text).toBe(article.text.slice(q.start, q.end));
    if (q.cueSpan) expectSpan(q.cueSpan, n, 'cue');
    if (q.speaker) expectSpan(q.speaker, n, 'speaker');
  });
}

/** Cases per test, so a long local run reports as it goes (and never blocks the runner for minutes). */
const CHUNK = 1000;
const chunks = Array.from({ length: Math.ceil(RUNS / CHUNK) }, (_, i) => Math.min(CHUNK, RUNS - i * CHUNK));

describe(`analyze on mutated articles (${RUNS} cases)`, () => {
  it.each(chunks.map((runs, i) => [i * CHUNK, i * CHUNK + runs, runs, i] as const))('cases %i to %i: never fails, every offset in the text', (_from, _to, runs, i) => {
    fc.assert(
      fc.property(mutated(BASES), (text) => {
        const article = analyze({ sha256: 'fuzz', format: 'text', content: text });
        expect(article.text).toBe(text);
        expectTrueOffsets(article);
      }),
      { numRuns: runs, ...(SEED !== undefined ? { seed: SEED + i } : {}) },
    );
  }, 120_000);
});

describe(`analyze on mutated web pages (${Math.ceil(RUNS / TEXT_CASES_PER_PAGE)} cases)`, () => {
  it('never fails except to say a page has no story text, and every offset is in the text', () => {
    fc.assert(
      fc.property(mutated(PAGES), (html) => {
        let article: Article;
        try {
          article = analyze({ sha256: 'fuzz', format: 'html', content: html });
        } catch (error) {
          expect(error).toBeInstanceOf(CorpusError);
          expect((error as CorpusError).code).toBe('EMPTY');
          return;
        }
        expectTrueOffsets(article);
      }),
      { numRuns: Math.ceil(RUNS / TEXT_CASES_PER_PAGE), ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
  }, 120_000);
});
