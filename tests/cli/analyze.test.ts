import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, ndjson } from './run-cli.js';

interface Analysis {
  version: number;
  id?: string;
  path?: string;
  sha256: string;
  title: string | null;
  text: string;
  sentences: { start: number; end: number }[];
  entities: { id: string; name: string; type: string; aliases: string[]; mentions: { start: number; end: number }[] }[];
  quotes: { start: number; end: number; text: string; kind: string; cue: string | null; speaker: { name: string; surface: string; start: number; end: number; entity_id?: string } | null }[];
}

/** Every offset in the object slices the text it claims to. */
function expectConsistentOffsets(a: Analysis): void {
  let previous = 0;
  for (const s of a.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previous);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(a.text.length);
    previous = s.end;
  }
  const entityIds = new Set(a.entities.map((e) => e.id));
  for (const e of a.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(a.text.length);
  for (const q of a.quotes) {
    expect(a.text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) {
      expect(a.text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.surface);
      if (q.speaker.entity_id !== undefined) expect(entityIds.has(q.speaker.entity_id)).toBe(true);
    }
  }
}

describe('corpus analyze', () => {
  it('--input jsonl: one JSON object per line, id passed through, nothing else on stdout', () => {
    const input = [
      JSON.stringify({ id: 'a-1', text: 'Talks resume\n“We are hopeful,” Anna Berg told reporters. “Very hopeful.”\n' }),
      JSON.stringify({ id: 42, text: 'MOSCOW, Feb 7 (Reuters) - Sergei Ivanov said talks would go on.' }),
    ].join('\n');
    const run = cli(['analyze', '--input', 'jsonl'], { input });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = ndjson(run.stdout) as unknown as Analysis[];
    expect(out.map((a) => a.id)).toEqual(['a-1', '42']);
    expect(out[0]?.title).toBe('Talks resume');
    expect(out[0]?.version).toBe(2);
    out.forEach(expectConsistentOffsets);
  });

  it('reports a bad line with its line number, still prints the good ones, exit 3', () => {
    const input = ['{"id": "ok", "text": "It rained. Then it stopped."}', 'not json', '{"id": "x"}', '{"id": "e", "text": "  "}'].join('\n');
    const run = cli(['analyze', '--input', 'jsonl'], { input });
    expect(run.code).toBe(3);
    expect(ndjson(run.stdout).map((a) => a['id'])).toEqual(['ok']);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'corpus: error: <stdin>:2: not a JSON object',
      'corpus: error: <stdin>:3: expected an object with a "text" or "html" string',
      'corpus: error: <stdin>:4: empty article (no text)',
    ]);
  });

  it('analyses files and stdin text; the text is the decoded file exactly', () => {
    const file = join(FIXTURES, 'articles', '01-grain-corridor-talks.txt');
    const run = cli(['analyze', file]);
    expect(run.code).toBe(0);
    const [a] = ndjson(run.stdout) as unknown as Analysis[];
    expect(a?.text).toBe(readFileSync(file, 'utf8'));
    expect(a?.path).toBe(file);
    expectConsistentOffsets(a as Analysis);
    const piped = cli(['analyze', '-'], { input: readFileSync(file) });
    expect((ndjson(piped.stdout)[0] as unknown as Analysis).sha256).toBe(a?.sha256);
  });

  it('every fixture article analyses with consistent offsets', () => {
    const run = cli(['analyze', join(FIXTURES, 'articles', '01-grain-corridor-talks.txt'), join(FIXTURES, 'articles', '08-zelensky-multipar.txt')]);
    (ndjson(run.stdout) as unknown as Analysis[]).forEach(expectConsistentOffsets);
  });
});

describe('corpus --help', () => {
  it.each(['ingest', 'query', 'analyze', 'export', 'stats'])('%s --help describes every option', (command) => {
    const run = cli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: corpus ${command}`);
    for (const line of run.stdout.split('\n').filter((l) => /^  -/.test(l))) {
      expect(line.trim().split(/\s{2,}/).length).toBeGreaterThan(1);
    }
  });

  it('top-level help lists the exit codes', () => {
    expect(cli(['--help']).stdout).toContain('75 database busy');
  });
});
