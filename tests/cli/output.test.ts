import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, render } from '../../src/cli/output.js';

const BOLD = { open: '<b>', close: '</b>' };
const COLUMNS = [{ key: 'text', header: 'QUOTE', flexible: true }];

/** A cell with "sure" emphasised, as the query table gives a mixed quote's verbatim words. */
const ROW = { text: `he was ${EMPHASIS_OPEN}sure${EMPHASIS_CLOSE} of it` };

describe('table emphasis', () => {
  it('wraps emphasised words in the terminal codes and measures the cell without the marks', () => {
    expect(render([ROW], 'table', COLUMNS, 80, BOLD)).toBe('QUOTE\nhe was <b>sure</b> of it\n');
  });

  it('drops the marks without colour', () => {
    expect(render([ROW], 'table', COLUMNS, 80)).toBe('QUOTE\nhe was sure of it\n');
  });

  it('closes an emphasis the ellipsis cuts off', () => {
    const row = { text: `a ${EMPHASIS_OPEN}long verbatim stretch${EMPHASIS_CLOSE} here` };
    const wide = [{ key: 'text', header: 'Q', flexible: true }];
    expect(render([{ text: 'x'.repeat(20) }, row], 'table', wide, 22, BOLD).split('\n')[2]).toBe('a <b>long verbatim stret</b>…');
  });
});
