import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { SourceDocument } from '../../src/model.js';
import { run } from '../../src/cli/commands/analyze.js';
import type { Terminal } from '../../src/cli/terminal.js';
import { tempDir } from './run-cli.js';

/** A document the analysis trips over, standing in for a bug no test has found yet. */
const TRIPWIRE = 'TRIPWIRE';

vi.mock('../../src/pipeline.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline.js')>();
  return {
    analyze: (doc: SourceDocument) => {
      if (doc.content.includes(TRIPWIRE)) throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return real.analyze(doc);
    },
  };
});

function recorder(): Terminal & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    paint: new Chalk({ level: 0 }),
    stdoutIsTTY: false,
    stdoutColor: false,
    stderrIsTTY: false,
    say: (line) => void stderr.push(line),
    out: (text) => void stdout.push(text),
    stdout,
    stderr,
  };
}

describe('analyze: an internal error on one document (#13)', () => {
  const temp = tempDir();
  afterAll(() => temp.cleanup());
  const file = (name: string, text: string): string => {
    const path = join(temp.dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('is counted and named on stderr; the run goes on; exit 3', async () => {
    const good = file('good.txt', 'The mayor said the bridge would open in May.\n');
    const bad = file('bad.txt', `A story the analysis fails on: ${TRIPWIRE}.\n`);
    const later = file('later.txt', 'The council agreed on Monday.\n');
    const term = recorder();
    expect(await run([good, bad, later], { input: 'text', maxSize: 1e6, jobs: 0 }, term)).toBe(3);
    expect(term.stdout).toHaveLength(2);
    expect(term.stderr).toEqual([`corpus: internal error: ${bad}: Cannot read properties of undefined (reading 'start')`]);
  });

  it('names the JSONL line', async () => {
    const lines = [{ id: 'a', text: 'The mayor spoke.' }, { id: 'b', text: TRIPWIRE }, { id: 'c', text: 'The council met.' }];
    const input = file('in.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'));
    const term = recorder();
    expect(await run([input], { input: 'jsonl', maxSize: 1e6, jobs: 0 }, term)).toBe(3);
    expect(term.stdout.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c']);
    expect(term.stderr).toEqual([`corpus: internal error: ${input}:2: Cannot read properties of undefined (reading 'start')`]);
  });
});
