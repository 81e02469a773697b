import { describe, expect, it } from 'vitest';
import { dateFromUrl, toIsoDate } from '../../../src/html/metadata/dates.js';

describe('toIsoDate', () => {
  it.each([
    ['2017-01-13', '2017-01-13'],
    ['2017-1-3', '2017-01-03'],
    ['2017-01-13T10:05:09-05:00', '2017-01-13T10:05:09-05:00'],
    ['2017-01-13 10:05', '2017-01-13T10:05:00'],
    ['2017-01-13T10:05:09.123Z', '2017-01-13T10:05:09Z'],
    ['2017-01-13T10:05:09+0100', '2017-01-13T10:05:09+01:00'],
    ['20170113', '2017-01-13'],
    ['Fri, 13 Jan 2017 15:05:09 GMT', '2017-01-13T15:05:09Z'],
    ['1484319909', '2017-01-13T15:05:09Z'],
    ['yesterday', undefined],
    ['0000-00-00', undefined],
    ['1970-01-01', undefined],
    ['2017-13-45', undefined],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example/2019/07/22/cycle-lanes.html', '2019-07-22'],
    ['https://news.example/world/2019-7-2/story', '2019-07-02'],
    ['https://news.example/2019/07/story', undefined],
    ['https://news.example/items/123456/2', undefined],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});
