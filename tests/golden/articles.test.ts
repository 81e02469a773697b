import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, ndjson } from '../cli/run-cli.js';

/**
 * Golden files: each fixture article's analysis, reduced to what an editor reviews
 * (structure, sentence texts, entities, quotes with speakers), compared with
 * fixtures/expected/NAME.json. After a deliberate change, regenerate with
 * `npx vitest run tests/golden -u` and review the diff.
 */
const ARTICLES = join(FIXTURES, 'articles');
const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();

interface Analysis {
  path: string;
  title: string | null;
  text: string;
  structure: Record<string, unknown> & { paragraphs: { start: number; end: number }[] };
  sentences: { start: number; end: number }[];
  entities: { id: string; name: string; type: string; aliases: string[]; mentions: unknown[] }[];
  quotes: { text: string; kind: string; group?: number; fragments?: { text: string }[]; cue: string | null; speaker: { name: string; surface: string } | null }[];
}

function reviewable(a: Analysis): Record<string, unknown> {
  const slice = (s: { start: number; end: number }): string => a.text.slice(s.start, s.end);
  const { paragraphs, ...structure } = a.structure;
  return {
    title: a.title,
    structure,
    paragraphs: paragraphs.length,
    sentences: a.sentences.map(slice),
    entities: a.entities.map((e) => `${e.type} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}`),
    quotes: a.quotes.map((q) => ({
      kind: q.kind,
      text: q.text,
      ...(q.fragments !== undefined ? { fragments: q.fragments.map((f) => f.text) } : {}),
      speaker: q.speaker ? `${q.speaker.name} [${q.speaker.surface}]` : null,
      cue: q.cue,
      ...(q.group !== undefined ? { group: q.group } : {}),
    })),
  };
}

describe('fixture articles match their reviewed analysis', () => {
  const run = cli(['analyze', ...files.map((f) => join(ARTICLES, f))]);
  const analyses = new Map((ndjson(run.stdout) as unknown as Analysis[]).map((a) => [basename(a.path), a]));

  it('analyze succeeds on every fixture', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([...analyses.keys()]).toEqual(files);
  });

  it.each(files)('%s', async (file) => {
    const analysis = analyses.get(file);
    expect(analysis).toBeDefined();
    const expected = join(FIXTURES, 'expected', file.replace(/\.txt$/, '.json'));
    await expect(`${JSON.stringify(reviewable(analysis as Analysis), null, 2)}\n`).toMatchFileSnapshot(expected);
  });
});
