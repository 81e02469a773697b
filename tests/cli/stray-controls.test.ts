import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, ndjson, workspacePerTest } from './run-cli.js';

/** A CMS story with one ESC, a vertical tab, a form feed, a zero-width space and a soft hyphen in its prose (#13). */
const STRAY = join(FIXTURES, 'stray', 'cms-control-characters.txt');

interface Analysis {
  text: string;
  sentences: { start: number; end: number }[];
  entities: { name: string; mentions: { start: number; end: number }[] }[];
  quotes: { start: number; end: number; text: string; kind: string; speaker: { name: string; start: number; end: number } | null }[];
}

/** The parts of an analysis that must not depend on a stray character: every span, kind and speaker. */
function spans(a: Analysis): unknown {
  return {
    sentences: a.sentences,
    mentions: a.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end])).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0)),
    quotes: a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name ?? null, q.speaker?.start ?? null]),
  };
}

describe('stray control characters in real copy', () => {
  const ws = workspacePerTest((input) => copyFileSync(STRAY, join(input, 'story.txt')));

  it('the article lands with one warning line, its text stored byte for byte', () => {
    const run = cli(['ingest', ws.input, '--db', ws.db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `corpus: warning: ${join(ws.input, 'story.txt')}: 1 stray control character (kept in the text, read as spaces)`,
      expect.stringMatching(/^corpus: 1 files: 1 ingested, 0 failed \(\d+\.\d s\)$/),
    ]);
    const conn = new Database(ws.db, { readonly: true });
    const row = conn.prepare('SELECT text FROM articles').get() as { text: string };
    const quotes = conn.prepare('SELECT start, "end", text FROM quotes').all() as { start: number; end: number; text: string }[];
    conn.close();
    expect(row.text).toBe(readFileSync(STRAY, 'utf8'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(row.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('--quiet prints nothing; --json lists the warning', () => {
    expect(cli(['ingest', ws.input, '--db', ws.db, '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const again = cli(['ingest', ws.input, '--db', ws.db, '--json', '--force', '--quiet']);
    const summary = JSON.parse(again.stdout) as { warnings: { reason: string }[] };
    expect(summary.warnings.map((w) => w.reason)).toEqual(['1 stray control character (kept in the text, read as spaces)']);
  });

  it('analyses the same spans as the text with plain spaces in their place', () => {
    const original = readFileSync(STRAY, 'utf8');
    const spaced = join(ws.dir, 'spaced.txt');
    writeFileSync(spaced, original.replace(/[\u001b\u0085\u200b]/g, ' '));
    const [stray, clean] = ndjson(cli(['analyze', STRAY, spaced]).stdout) as unknown as Analysis[];
    expect(stray?.text).toBe(original);
    expect(spans(stray as Analysis)).toEqual(spans(clean as Analysis));
    // The ESC-split sentence still ends where a reader sees it end, and the speakers are found.
    expect((stray as Analysis).quotes.map((q) => q.speaker?.name)).toEqual(expect.arrayContaining(['Miriam Okafor', 'Tomas Lindqvist']));
  });

  it('a file that is mostly control characters is still refused as binary', () => {
    const noise = join(ws.input, 'noise.txt');
    writeFileSync(noise, Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x1b : 0x41 + (i % 26)))));
    const run = cli(['ingest', noise, '--db', ws.db]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`corpus: error: ${noise}: binary file (14.5% control characters)`);
  });
});
