import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/structure/byline.js';

describe('parseByline', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe and Max Poe', ['Jane Doe', 'John Roe', 'Max Poe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['By Jane Doe in Kyiv', ['Jane Doe']],
    ['By Jane Doe in Tallinn, Estonia', ['Jane Doe']],
    ['By Jane Doe in New York, John Roe and Max Poe', ['Jane Doe', 'John Roe', 'Max Poe']],
    ['By Jane Doe, Reuters', ['Jane Doe']],
    ['By Jane Doe | The Times', ['Jane Doe']],
    ['By Pieter van der Berg & Anne Roe', ['Pieter van der Berg', 'Anne Roe']],
  ])('%s', (line, people) => {
    expect(parseByline(line, 5)).toEqual({ start: 5, end: 5 + line.length, value: line, people });
  });

  it.each(['By the end of the week, talks had stalled.', 'Bystanders filmed the strike', 'By noon'])(
    'finds none in %s',
    (line) => expect(parseByline(line, 0)).toBeUndefined(),
  );
});
