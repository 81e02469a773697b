import { describe, expect, it } from 'vitest';
import { headlineField, isHeadlineLike, isRelatedHeadline } from '../../src/structure/headline.js';

describe('headlineField', () => {
  it('splits off an outlet tag', () => {
    const line = 'Kremlin denies progress in talks - The Times';
    const field = headlineField(line, 0);
    expect(field.value).toBe('Kremlin denies progress in talks');
    expect(field.source && line.slice(field.source.start, field.source.end)).toBe('The Times');
  });

  it('keeps a dash that is part of the headline', () => {
    expect(headlineField('Ukraine peace talks - what we know', 0)).toEqual({ start: 0, end: 34, value: 'Ukraine peace talks - what we know' });
  });
});

describe('isHeadlineLike', () => {
  it.each([
    ['Trump says progress in Ukraine talks', true],
    ['“Not all of them”: Kremlin on US demands', true],
    ['The talks went well.', false],
    ['He called it “a step.”', false],
    ['the talks went on', false],
    ['Kremlin says talks,', false],
  ])('%s → %s', (line, expected) => expect(isHeadlineLike(line)).toBe(expected));
});

describe('isRelatedHeadline', () => {
  it.each([
    ['Information about talks in Ankara is fake - Sybiha', true],
    ['Productively discussed "aspects of settlement": first comments from Moscow', true],
    ['Details', false],
    ['The envoy said the talks went on. Nobody else spoke', false],
    ['The envoy said the talks would resume after the', false],
    ['Ukraine', false],
  ])('%s → %s', (line, expected) => expect(isRelatedHeadline(line)).toBe(expected));
});
