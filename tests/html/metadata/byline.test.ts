import { describe, expect, it } from 'vitest';
import { looksLikePersonName, splitByline } from '../../../src/html/metadata/byline.js';

describe('splitByline', () => {
  it.each([
    ['By Jane Roe', ['Jane Roe']],
    ['by JANE ROE and John Doe', ['JANE ROE', 'John Doe']],
    ['Written by Jane Roe, John Doe & Li Wei', ['Jane Roe', 'John Doe', 'Li Wei']],
    ['Par Sébastien Farge', ['Sébastien Farge']],
    ['By Jane Roe March 25, 2015 3:46 PM', ['Jane Roe']],
    ['By Jane Roe, MA', ['Jane Roe']],
    ['Jane Roe | Staff Writer', ['Jane Roe']],
    ['https://social.example/jane.roe', []],
    ['jane@example.com', []],
    ['Updated May 2, 2019', []],
    ['', []],
  ])('%j → %j', (raw, people) => {
    expect(splitByline(raw)).toEqual(people);
  });
});

describe('looksLikePersonName', () => {
  it.each([
    ['Jane Roe', true],
    ['Ludwig van Beethoven', true],
    ['王小明', true],
    ['Jane', false],
    ['Sign In', false],
    ['Follow Author', false],
    ['my account settings', false],
    ['Jane Roe 2', false],
  ])('%s → %s', (name, ok) => {
    expect(looksLikePersonName(name)).toBe(ok);
  });
});
