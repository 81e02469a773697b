import { describe, expect, it } from 'vitest';
import { isLabel, labelPrefix } from '../../src/structure/labels.js';

describe('isLabel', () => {
  it.each([
    ['Details', true],
    ['Reminder', true],
    ['Read more', true],
    ['Read also:', true],
    ['Our Standards: The Thomson Reuters Trust Principles.', true],
    ['Key facts', true],
    ['He left.', false],
    ['The talks between the two sides went on', false],
    ['they agreed', false],
  ])('%s → %s', (line, expected) => expect(isLabel(line)).toBe(expected));
});

describe('labelPrefix', () => {
  it('splits a known label off the rest of the line', () => {
    expect(labelPrefix('Read more: Kyiv says talks failed', 10)).toEqual({
      label: { start: 10, end: 19, value: 'Read more' },
      rest: 11,
    });
  });

  it('ignores other text before a colon', () => {
    expect(labelPrefix('Peskov: talks will go on', 0)).toBeUndefined();
  });
});
