import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { isPolnearGold, scorePolnear, type PolnearLine } from '../../src/eval/polnear.js';
import { runEval } from '../../src/eval/quotes.js';
import { tempDir } from '../cli/run-cli.js';

const TEXT = '“We are ready,” Ana Ruiz said. “The vote is Friday.” She said the plan “will hold” next year. Critics said the bill was rushed.';
const at = (words: string): [number, number] => {
  const start = TEXT.indexOf(words);
  return [start, start + words.length];
};

/** One split direct quote (two spans), one mixed quote, one indirect that is not scored. */
const LINE: PolnearLine = {
  id: 'x',
  text: TEXT,
  quotes: [
    { kind: 'direct', spans: [at('We are ready'), at('The vote is Friday.')], speaker: 'Ana Ruiz', speaker_start: at('Ana Ruiz')[0], speaker_end: at('Ana Ruiz')[1], scored: true },
    { kind: 'mixed', spans: [at('the plan “will hold” next year')], speaker: 'She', speaker_resolved: 'Ana Ruiz', speaker_start: at('She')[0], speaker_end: at('She')[1], scored: true },
    { kind: 'indirect', spans: [at('the bill was rushed')], speaker: 'Critics', scored: false },
  ],
};

function quote(words: string, kind: Quote['kind'], speaker: string | null, group?: number): Quote {
  const [start, end] = at(words);
  return { start, end, kind, cue: null, rule: 'test', ...(group !== undefined ? { group } : {}), speaker: speaker ? { name: speaker, surface: speaker, start: 0, end: 0 } : null };
}

describe('PolNeAR scoring', () => {
  it('merges a group into one prediction and matches each gold attribution once', () => {
    const predicted = [quote('We are ready', 'direct', 'Ana Ruiz', 1), quote('The vote is Friday.', 'direct', 'Ana Ruiz', 1), quote('will hold', 'mixed', 'Ana Ruiz')];
    expect(scorePolnear(LINE, predicted, 'direct')).toEqual({ gold: 2, predicted: 2, matched: 1, speakerCorrect: 1 });
  });

  it('needs the whole reported content for a mixed quote: a fragment alone covers too little of it', () => {
    const wide = [quote('the plan “will hold” next year', 'mixed', 'Ana Ruiz')];
    expect(scorePolnear(LINE, wide, 'direct')).toMatchObject({ matched: 1, predicted: 1 });
    const narrow = [quote('will hold', 'mixed', 'Ana Ruiz')];
    expect(scorePolnear(LINE, narrow, 'direct')).toMatchObject({ matched: 0, predicted: 1 });
  });

  it('counts a prediction inside an unscored attribution as neither right nor wrong; terms are no predictions', () => {
    const predicted = [quote('the bill was rushed', 'indirect', 'Critics'), quote('will hold', 'term', null)];
    expect(scorePolnear(LINE, predicted, 'speech')).toEqual({ gold: 2, predicted: 0, matched: 0, speakerCorrect: 0 });
  });

  it('takes a speaker by its resolved name when the span does not overlap', () => {
    const predicted = [quote('the plan “will hold” next year', 'mixed', 'Ms. Ruiz')];
    expect(scorePolnear(LINE, predicted, 'direct').speakerCorrect).toBe(1);
    expect(scorePolnear(LINE, [quote('the plan “will hold” next year', 'mixed', 'Critics')], 'direct').speakerCorrect).toBe(0);
  });

  it('tells the PolNeAR shape from the project\'s own', () => {
    expect(isPolnearGold([LINE])).toBe(true);
    expect(isPolnearGold([{ quotes: [{ text: 'x', kind: 'direct' }] }])).toBe(false);
  });

  const temp = tempDir();
  afterAll(() => temp.cleanup());

  it('corpus eval quotes reads a PolNeAR file and reports direct+mixed and all speech', async () => {
    const path = join(temp.dir, 'gold.jsonl');
    writeFileSync(path, `${JSON.stringify(LINE)}\n`);
    const result = await runEval(path);
    expect(result.lines[1]).toMatch(/^direct\+mixed {2}P 1\.000 {2}R 1\.000 {2}F1 1\.000 {2}speaker 1\.000 {2}\(gold 2, predicted 2, matched 2\)$/);
    expect(result.metrics['speech.f1']).toBe(1);
  });
});
