import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span, Structure } from '../../src/model.js';
import { parseStructure } from '../../src/structure/parse.js';

/** Lines that look like parts of wire copy, joined with the line-break conventions that occur. */
const LINES = [
  'Kremlin rejects plan - Times', 'By Jane Doe and John Roe', 'MOSCOW, Feb 7 (Reuters) - Talks resumed.',
  '(Reuters) – Talks resumed.', 'WASHINGTON (AP) — Talks resumed.', '(Reporting by A B; Editing by C D)',
  'Details', 'Read more: Kyiv says talks failed', 'The talks went on. He said so.', 'The talks went on',
  '"We will see," he said.', 'Editing by Kim Ode', '', '   ', 'x', '(', ')', '—',
];
const BREAKS = ['\n', '\n\n', '\r\n', '\n\n\n', ' \n '];

const textArbitrary = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...BREAKS)), { maxLength: 12 }).map((parts) => parts.flat().join('')),
  fc.string({ maxLength: 300 }),
);

/** Every span the structure holds besides paragraphs, with the value it claims to cover. */
function fields(s: Structure): (Span & { value?: string })[] {
  return [
    s.headline, s.headline?.source, s.standfirst, s.dateline, s.byline, ...s.credits, ...s.labels,
    ...s.related, ...s.related.map((r) => r.source),
  ].filter((f): f is Span & { value?: string } => f !== undefined);
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

describe('structure, for any text', () => {
  it('has paragraphs in order, in bounds and apart from every other field, whose values are the text they cover', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const structure = parseStructure(text);
        let previousEnd = 0;
        for (const p of structure.paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
          previousEnd = p.end;
        }
        for (const field of fields(structure)) {
          expect(field.start).toBeGreaterThanOrEqual(0);
          expect(field.end).toBeLessThanOrEqual(text.length);
          if (field.value !== undefined) expect(text.slice(field.start, field.end)).toBe(field.value);
          for (const p of structure.paragraphs) expect(overlaps(field, p)).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
