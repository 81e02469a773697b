import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split.js';
import { parseStructure } from '../../src/structure/parse.js';
import { describe } from './describe.js';

/**
 * Golden files: each fixtures/structure/NAME.txt (wire-style text written for this project)
 * has NAME.json with the structure and sentences it must produce. To regenerate after a
 * deliberate change, run with UPDATE_FIXTURES=1 and review the diff.
 */
const FOLDER = join(import.meta.dirname, '../../fixtures/structure');
const names = readdirSync(FOLDER).filter((name) => name.endsWith('.txt'));

suite('structure fixtures', () => {
  it('has fixtures to check', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s', (name) => {
    const text = readFileSync(join(FOLDER, name), 'utf8');
    const structure = parseStructure(text);
    const got = describe(text, structure, splitSentences(text, structure.paragraphs));
    const goldPath = join(FOLDER, name.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(goldPath, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(goldPath, 'utf8')));
  });
});
