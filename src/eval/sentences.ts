import { readFile } from 'node:fs/promises';
import { CorpusError } from '../errors.js';
import { splitSentences } from '../sentences/split.js';
import type { EvalResult } from './result.js';

/** One case of a sentence-boundary gold file: the Golden Rules format `[{id, name, text, expected[]}]`. */
interface GoldCase {
  id: number | string;
  name: string;
  text: string;
  expected: string[];
}

/**
 * Scores the splitter on a gold file of standalone texts. Each text is split as one
 * paragraph (its whole length is a single region, so a line break inside it counts as a
 * space, as in hard-wrapped copy); a case passes when the sentences, trimmed, equal the
 * expected ones in order.
 */
export async function runEval(path: string): Promise<EvalResult> {
  const cases = parseGold(await readFile(path, 'utf8'), path);
  const lines: string[] = [];
  let passed = 0;
  for (const gold of cases) {
    const got = splitSentences(gold.text, [{ start: 0, end: gold.text.length }]).map((s) =>
      gold.text.slice(s.start, s.end).trim(),
    );
    const want = gold.expected.map((s) => s.trim());
    if (got.length === want.length && got.every((s, i) => s === want[i])) {
      passed++;
      continue;
    }
    lines.push(`FAIL ${gold.id} ${gold.name}`, `  expected ${JSON.stringify(want)}`, `  got      ${JSON.stringify(got)}`);
  }
  lines.push(`${passed}/${cases.length} cases pass`);
  return { lines, metrics: { passed, total: cases.length, accuracy: cases.length === 0 ? 0 : passed / cases.length } };
}

function parseGold(json: string, path: string): GoldCase[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new CorpusError('BAD_INPUT', `not JSON: ${(error as Error).message}`, path);
  }
  if (!Array.isArray(data) || !data.every(isGoldCase)) {
    throw new CorpusError('BAD_INPUT', 'expected a JSON array of {id, name, text, expected[]}', path);
  }
  return data;
}

function isGoldCase(value: unknown): value is GoldCase {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (typeof v.id === 'number' || typeof v.id === 'string') &&
    typeof v.name === 'string' &&
    typeof v.text === 'string' &&
    Array.isArray(v.expected) &&
    v.expected.every((s) => typeof s === 'string')
  );
}
