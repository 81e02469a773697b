import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model.js';
import { parseStructure } from '../../src/structure/parse.js';

const cut = (text: string) => (span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('parseStructure', () => {
  it.each([
    ['a first line without a period is the headline', 'Kremlin rejects plan\nThe Kremlin rejected it.', 'Kremlin rejects plan'],
    ['a first line that is a full sentence is body', 'The Kremlin rejected the plan.\nPeskov said so.', undefined],
    ['a lone line is body, not a headline', 'Kremlin rejects plan', undefined],
    ['a first-line dateline is body', 'WASHINGTON — The Senate voted\nIt passed.', undefined],
  ])('%s', (_name, text, headline) => {
    expect(cut(text)(parseStructure(text).headline)).toBe(headline);
  });

  it('reads a standfirst between the headline and the dated body', () => {
    const text = 'Kremlin rejects plan\n\nMoscow says the proposal ignores its demands.\n\nMOSCOW (Reuters) - The Kremlin said no.';
    const s = parseStructure(text);
    expect(cut(text)(s.standfirst)).toBe('Moscow says the proposal ignores its demands.');
    expect(s.dateline?.place).toBe('MOSCOW');
    expect(s.paragraphs.map(cut(text))).toEqual(['The Kremlin said no.']);
  });

  it('takes a dateline only at the start of the body', () => {
    const text = 'The talks resumed.\n\nMOSCOW (Reuters) - A second dateline is prose here.';
    const s = parseStructure(text);
    expect(s.dateline).toBeUndefined();
    expect(s.paragraphs.map(cut(text))).toEqual(['The talks resumed.', 'MOSCOW (Reuters) - A second dateline is prose here.']);
  });

  it('keeps labels, related headlines and credits out of the body', () => {
    const text = [
      'The ministry confirmed the strike.',
      'Details',
      'Officials said two drones were shot down.',
      'Kyiv reports new drone attack on its energy grid',
      'Read also: Power cuts expected in the capital tonight',
      'Repairs will take days, the operator said (Reporting by Kim Ode)',
    ].join('\n');
    const s = parseStructure(text);
    expect(s.labels.map(cut(text))).toEqual(['Details', 'Read also']);
    expect(s.related.map(cut(text))).toEqual(['Kyiv reports new drone attack on its energy grid', 'Power cuts expected in the capital tonight']);
    expect(s.paragraphs.map(cut(text))).toEqual([
      'The ministry confirmed the strike.',
      'Officials said two drones were shot down.',
      'Repairs will take days, the operator said',
    ]);
    expect(s.credits.map(cut(text))).toEqual(['Reporting by Kim Ode']);
  });

  it('keeps a run of unpunctuated lines as prose: they are list items, not related headlines', () => {
    const text = [
      'The envoy listed three demands.',
      'Moscow must withdraw its troops from the region',
      'Prisoners of war must be exchanged in full',
      'Sanctions stay until a treaty is signed',
      'Talks resume next week.',
    ].join('\n');
    const s = parseStructure(text);
    expect(s.related).toEqual([]);
    expect(s.paragraphs).toHaveLength(5);
  });

  it('keeps a multi-sentence paragraph without a final period as prose', () => {
    const text = 'The talks resumed.\nThe envoy arrived on Monday. He will stay until Friday';
    expect(parseStructure(text).paragraphs.map(cut(text))).toEqual(['The talks resumed.', 'The envoy arrived on Monday. He will stay until Friday']);
  });

  it('splits a credit off the end of the last paragraph', () => {
    const text = 'Rates were held.\nThe next meeting is in October. (Editing by Kim Ode)';
    const s = parseStructure(text);
    expect(s.paragraphs.map(cut(text))).toEqual(['Rates were held.', 'The next meeting is in October.']);
    expect(s.credits.map((c) => [cut(text)(c), c.names])).toEqual([['Editing by Kim Ode', ['Kim Ode']]]);
  });

  it('drops separator lines and reads an AP sign-off as a credit', () => {
    const text = 'WASHINGTON (AP) — The Senate voted.\n___\nAP writer Kim Ode contributed to this report.';
    const s = parseStructure(text);
    expect(s.paragraphs.map(cut(text))).toEqual(['The Senate voted.']);
    expect(s.credits.map((c) => [c.role, c.names])).toEqual([['contributed', ['Kim Ode']]]);
  });

  it('returns an empty structure for blank text', () => {
    expect(parseStructure(' \n\n ')).toEqual({ credits: [], labels: [], related: [], paragraphs: [] });
  });
});
