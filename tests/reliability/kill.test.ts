import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { sha256, sourceFromString } from '../../src/read/load.js';
import { BIN, cli, countRows, FIXTURES, tempDir } from '../cli/run-cli.js';
import { expectSound } from './check-db.js';

/**
 * SIGKILL at random points of an ingest (#13). After every kill the database must be sound
 * (integrity, foreign keys, every FTS5 index) and hold only whole articles: each stored
 * article's sentences, mentions and quotes equal a clean analysis of its text. After a last
 * run the counts are exact. CORPUS_KILLS=N runs more kills, CORPUS_KILL_SEED=S another order.
 */
const KILLS = Number(process.env['CORPUS_KILLS'] ?? 20);
const SEED = Number(process.env['CORPUS_KILL_SEED'] ?? 13);
/**
 * Distinct copies of each fixture article: enough that a killed run is often mid-way through
 * analysing and storing them (ingest commits a batch of articles at least once a second).
 */
const COPIES = 4;

const temp = tempDir();
afterAll(() => temp.cleanup());
const input = join(temp.dir, 'in');
const dbPath = join(temp.dir, 'corpus.db');

/** The fixture articles in COPIES versions, plus one text at two paths (stored once). */
function writeInput(): void {
  mkdirSync(input, { recursive: true });
  const dir = join(FIXTURES, 'articles');
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (let copy = 0; copy < COPIES; copy++) writeFileSync(join(input, `${copy}-${name}`), copy === 0 ? text : `${text}\nUpdated ${copy}.\n`);
  }
  writeFileSync(join(input, 'zz-same-text.txt'), readFileSync(join(dir, names[0] ?? ''), 'utf8'));
}

/** A seeded source of choices: fast-check's generator, so one seed replays one sequence of kills. */
function randomInts(seed: number): (min: number, max: number) => number {
  const sample = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { seed, numRuns: 10_000 });
  let i = 0;
  return (min, max) => min + ((sample[i++ % sample.length] ?? 0) % (max - min + 1));
}

/** The comparable parts of an analysis: every span, and what each quote says and who said it. */
function shape(a: Pick<Article, 'sentences' | 'entities' | 'quotes'>): unknown {
  return {
    sentences: a.sentences.map((s) => [s.start, s.end]),
    mentions: a.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end])).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0)),
    quotes: a.quotes.map((q) => [q.start, q.end, q.kind, q.cue, q.rule, q.speaker?.name ?? null, q.speaker?.start ?? null, q.speaker?.end ?? null]),
  };
}

const reference = new Map<string, unknown>();
function cleanAnalysis(text: string): unknown {
  const key = sha256(text);
  let expected = reference.get(key);
  if (expected === undefined) {
    expected = shape(analyze(sourceFromString(text, 'text', 'reference')));
    reference.set(key, expected);
  }
  return expected;
}

/** Every stored article is whole: it has a file, and its rows equal a clean analysis of its text. */
function expectWholeArticles(path: string): void {
  const conn = new Database(path, { readonly: true });
  try {
    const articles = conn.prepare('SELECT id, sha256, text, (SELECT count(*) FROM files f WHERE f.article_id = a.id) AS files FROM articles a').all() as {
      id: number;
      sha256: string;
      text: string;
      files: number;
    }[];
    const sentences = conn.prepare('SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY seq');
    const mentions = conn.prepare('SELECT start, "end" FROM mentions WHERE article_id = ? ORDER BY start, "end"');
    const quotes = conn.prepare(
      'SELECT start, "end", kind, cue, rule, speaker_name AS name, speaker_start AS sstart, speaker_end AS send FROM quotes WHERE article_id = ? ORDER BY seq',
    );
    for (const a of articles) {
      expect(a.files, `article ${a.id} has a file`).toBeGreaterThan(0);
      expect(sha256(a.text)).toBe(a.sha256);
      const stored = {
        sentences: (sentences.all(a.id) as { start: number; end: number }[]).map((s) => [s.start, s.end]),
        mentions: (mentions.all(a.id) as { start: number; end: number }[]).map((m) => [m.start, m.end]),
        quotes: (quotes.all(a.id) as { start: number; end: number; kind: string; cue: string | null; rule: string; name: string | null; sstart: number | null; send: number | null }[]).map(
          (q) => [q.start, q.end, q.kind, q.cue, q.rule, q.name, q.sstart, q.send],
        ),
      };
      expect(stored, `article ${a.id} is whole`).toEqual(cleanAnalysis(a.text));
    }
  } finally {
    conn.close();
  }
}

/** Starts an ingest and SIGKILLs it after `delayMs`; true when the kill landed before the run ended. */
function killAfter(args: readonly string[], delayMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL');
    });
  });
}

describe(`kill -9 during ingest (${KILLS} kills, seed ${SEED})`, () => {
  it('leaves a sound database of whole articles after every kill, and exact counts after a last run', async () => {
    writeInput();
    const names = readdirSync(input);
    const files = names.length;
    const distinct = new Set(readdirSync(input).map((f) => sha256(readFileSync(join(input, f), 'utf8')))).size;
    // How long start-up and a whole run take here: kills land anywhere between the two.
    const timed = (args: string[]): number => {
      const started = performance.now();
      expect(cli(args).code).toBe(0);
      return performance.now() - started;
    };
    mkdirSync(join(temp.dir, 'empty'));
    const startupMs = timed(['ingest', join(temp.dir, 'empty'), '--db', join(temp.dir, 'timing.db'), '--quiet']);
    const fullRunMs = timed(['ingest', input, '--db', join(temp.dir, 'timing.db'), '--quiet']);

    const random = randomInts(SEED);
    let landed = 0;
    const counts: number[] = [];
    for (let attempt = 0; landed < KILLS && attempt < KILLS * 4; attempt++) {
      // Runs in turn: a first run into a new database that already holds a random part of the
      // input (stored by a run that finished), and a run resuming the killed one; once every
      // article is stored, a --force run that replaces them all.
      if (attempt % 2 === 0) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
        const part = names.filter(() => random(0, 2) === 0).map((n) => join(input, n));
        if (part.length > 0) expect(cli(['ingest', ...part, '--db', dbPath, '--quiet']).code).toBe(0);
      }
      const complete = countRows(dbPath) === distinct;
      const args = ['ingest', input, '--db', dbPath, '--quiet', ...(complete ? ['--force'] : [])];
      if (await killAfter(args, random(Math.floor(startupMs), Math.ceil(fullRunMs)))) landed += 1;
      if (readdirSync(temp.dir).includes('corpus.db')) {
        const { articles } = expectSound(dbPath);
        counts.push(articles);
        if (articles > 0) expectWholeArticles(dbPath);
      }
    }
    expect(landed).toBeGreaterThanOrEqual(KILLS);
    // The kills fell at different points: some before anything was stored, some with part of it.
    expect(counts.some((n) => n > 0 && n < distinct), `articles after each kill: ${counts.join(' ')}`).toBe(true);

    const last = cli(['ingest', input, '--db', dbPath, '--quiet']);
    expect(last).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(expectSound(dbPath)).toEqual({ articles: distinct, files });
    expectWholeArticles(dbPath);
  }, 300_000);
});
