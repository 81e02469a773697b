import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, locateGold, matchQuotes, runEval, sameSpeaker, scoreArticle, type GoldQuote, type PredictedQuote } from '../../src/eval/quotes.js';

describe('sameSpeaker', () => {
  it.each([
    ['Dmitry Peskov', 'Peskov', true],
    ['Peskov', 'dmitry peskov', true],
    ['Yuri Ushakov', 'Yury Ushakov', true],
    ['the Kremlin', 'Kremlin', true],
    ['analysts at Goldman Sachs', 'Goldman Sachs', true],
    ['Brad Lander', 'Comptroller Brad Lander', true],
    ['Joe Biden', 'Hunter Biden', false],
    ['Dmitry Peskov', 'Pavel Zarubin', false],
    ['Dmitry Peskov', null, false],
  ] as const)('%s vs %s → %s', (gold, predicted, same) => {
    expect(sameSpeaker(gold, predicted)).toBe(same);
  });
});

describe('locateGold', () => {
  it('takes repeated words in order and trusts consistent offsets', () => {
    const text = 'Peace now, he said. Later: peace now, she said.';
    const gold = locateGold({ text, quotes: [{ text: 'peace now', kind: 'direct' }, { text: 'Peace now', kind: 'direct' }, { text: 'peace now', kind: 'direct' }] });
    expect(gold.map((q) => q.start)).toEqual([27, 0]);
    const withOffsets = locateGold({ text, quotes: [{ text: 'Peace now', start: 0, end: 9, kind: 'direct' }] });
    expect(withOffsets[0]).toMatchObject({ start: 0, end: 9 });
  });
});

describe('matching', () => {
  const gold: GoldQuote[] = [
    { start: 0, end: 100, kind: 'direct', speaker: 'A' },
    { start: 200, end: 300, kind: 'indirect', speaker: 'B' },
  ];

  it('matches above the coverage threshold, one to one', () => {
    const predicted: PredictedQuote[] = [
      { start: 0, end: 40, kind: 'direct', speaker: 'A' },
      { start: 50, end: 100, kind: 'direct', speaker: 'A' },
    ];
    expect(matchQuotes(gold, predicted, 0.3)).toHaveLength(1);
    expect(matchQuotes(gold, predicted, 0.8)).toHaveLength(0);
  });

  it('scores direct+mixed apart from all kinds', () => {
    const predicted: PredictedQuote[] = [
      { start: 0, end: 100, kind: 'direct', speaker: 'A' },
      { start: 210, end: 300, kind: 'indirect', speaker: 'C' },
    ];
    expect(scoreArticle(gold, predicted, 'directMixed', 0.3)).toEqual({ gold: 1, predicted: 1, matched: 1, speakerCorrect: 1 });
    const all = scoreArticle(gold, predicted, 'all', 0.3);
    expect(all).toEqual({ gold: 2, predicted: 2, matched: 2, speakerCorrect: 1 });
    expect(figures(all)).toMatchObject({ precision: 1, recall: 1, f1: 1, speakerAccuracy: 0.5 });
  });
});

describe('runEval', () => {
  it('reports figures for a gold file, terms counted as negatives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-eval-'));
    const path = join(dir, 'gold.jsonl');
    const text = '“We will not sign,” Lavrov said.\nThe so-called "peace formula" was discussed.';
    const line = { id: 'a1', text, quotes: [{ text: 'We will not sign', speaker: 'Sergey Lavrov', kind: 'direct' }, { text: 'peace formula', speaker: null, kind: 'term' }] };
    writeFileSync(path, `${JSON.stringify(line)}\n`);
    const result = await runEval(path);
    expect(result.metrics['directMixed.f1']).toBe(1);
    expect(result.metrics['directMixed.speakerAccuracy']).toBe(1);
    expect(result.metrics['terms.takenAsQuotes']).toBe(0);
    expect(result.lines[0]).toBe('quotes: 1 articles');
  });
});

describe('runEval input errors', () => {
  it('names the bad line of a gold file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-eval-'));
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, '{"id":"ok","text":"Hi.","quotes":[]}\n{not json}\n');
    await expect(runEval(path)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^line 2:/) });
  });
});
