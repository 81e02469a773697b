import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/sentences.js';

async function goldFile(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'corpus-eval-')), 'gold.json');
  await writeFile(path, content);
  return path;
}

describe('runEval (sentences)', () => {
  it('counts passing cases and reports each failure', async () => {
    const path = await goldFile(
      JSON.stringify([
        { id: 1, name: 'two sentences', text: 'It rained. We stayed in.', expected: ['It rained.', 'We stayed in.'] },
        { id: 2, name: 'wrong on purpose', text: 'It rained. We stayed in.', expected: ['It rained. We stayed in.'] },
      ]),
    );
    const result = await runEval(path);
    expect(result.metrics).toEqual({ passed: 1, total: 2, accuracy: 0.5 });
    expect(result.lines[0]).toBe('FAIL 2 wrong on purpose');
    expect(result.lines.at(-1)).toBe('1/2 cases pass');
  });

  it.each([
    ['not JSON', '{oops'],
    ['not a list of cases', '[{"id": 1, "text": "x"}]'],
  ])('rejects a file that is %s', async (_name, content) => {
    await expect(runEval(await goldFile(content))).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
