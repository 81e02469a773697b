import { describe, expect, it } from 'vitest';
import { parseCredits } from '../../src/structure/credits.js';

describe('parseCredits', () => {
  it('reads roles and names of a bracketed credit line, each part with its own span', () => {
    const line = '(Reporting by Jane Doe in Kyiv and John Roe; Editing by Ann Lee, Bo Ek)';
    const section = parseCredits(line, 100);
    expect(section?.index).toBe(0);
    expect(section?.credits.map((c) => [line.slice(c.start - 100, c.end - 100), c.role, c.names])).toEqual([
      ['Reporting by Jane Doe in Kyiv and John Roe', 'reporting', ['Jane Doe', 'John Roe']],
      ['Editing by Ann Lee, Bo Ek', 'editing', ['Ann Lee', 'Bo Ek']],
    ]);
  });

  it.each([
    ['a credit closing a paragraph', 'Rates stay at 21%. (Additional reporting by Kim Ode)', 19, 'additional reporting'],
    ['a bare credit line', 'Editing by Kim Ode', 0, 'editing'],
    ['a bare credit line with a final period', 'Writing by Kim Ode.', 0, 'writing'],
    ['an AP contributor line', 'Associated Press writers Jane Doe in Kyiv and John Roe contributed to this report.', 0, 'contributed'],
    ['a known role after unfinished prose', 'Rates stay at 21% (Editing by Kim Ode)', 18, 'editing'],
  ])('finds %s', (_name, value, index, role) => {
    const section = parseCredits(value, 0);
    expect(section?.index).toBe(index);
    expect(section?.credits[0]?.role).toBe(role);
  });

  it.each([
    ['a sentence with "by"', 'Reporting by the newspaper suggests the talks failed.'],
    ['an unknown bare role', 'Hosted by Kim Ode'],
    ['a bracket without a credit', 'He spoke at length (as expected)'],
    ['a bracket inside a sentence', 'The plan (drafted by Kim Ode) was rejected.'],
    ['a sentence about contributors', 'Three writers from the region contributed essays to the book.'],
    ['an unknown role after unfinished prose', 'They rejected the plan (drafted by Kim Ode)'],
  ])('finds none in %s', (_name, value) => expect(parseCredits(value, 0)).toBeUndefined());
});
