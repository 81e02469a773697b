import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentence, Span } from '../../src/model.js';
import { splitSentences } from '../../src/sentences/split.js';
import { parseStructure } from '../../src/structure/parse.js';

/** Pieces that make sentence splitting hard, mixed with words and white space. */
const PIECES = [
  'word', 'Word', 'U.S.', 'J.D.', 'Mr.', 'Co.', 'a.m.', 'p.m.', 'Feb.', 'No.', 'e.g.', 'I', 'A.',
  '.', '!', '?', '...', '. . .', '…', '?!', '"', '“', '”', "'", '’', '(', ')', '[', ']', '[...]',
  '1.', '2)', 'a.', 'b.', '•', '⁃', '$4.5', '2024.', 'x@y.org.', 'Censor.NET', '-', '—', ',', ':',
  ' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', 'é', 'Ж', '😀',
];

const textArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 200 }),
);

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/** Random paragraph spans over `text`: sorted, disjoint cut points. */
function paragraphsOf(text: string, cuts: number[]): Span[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) spans.push({ start: points[i] ?? 0, end: points[i + 1] ?? 0 });
  return spans;
}

function checkSentences(text: string, paragraphs: readonly Span[], sentences: readonly Sentence[]): void {
  let previousEnd = -1;
  let previousParagraph = 0;
  for (const sentence of sentences) {
    const paragraph = paragraphs[sentence.paragraph];
    expect(paragraph).toBeDefined();
    if (paragraph === undefined) return;
    // in bounds, non-empty, ordered and not overlapping
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.paragraph).toBeGreaterThanOrEqual(previousParagraph);
    // trimmed, and never cut inside a word: white space or the paragraph edge on both sides
    expect(isSpace(text[sentence.start])).toBe(false);
    expect(isSpace(text[sentence.end - 1])).toBe(false);
    if (sentence.start > paragraph.start) expect(isSpace(text[sentence.start - 1])).toBe(true);
    if (sentence.end < paragraph.end) expect(isSpace(text[sentence.end])).toBe(true);
    previousEnd = sentence.end;
    previousParagraph = sentence.paragraph;
  }
  // every character of prose belongs to a sentence
  const covered = sentences.reduce((n, s) => n + text.slice(s.start, s.end).replace(/\s/gu, '').length, 0);
  const prose = paragraphs.reduce((n, p) => n + text.slice(p.start, p.end).replace(/\s/gu, '').length, 0);
  expect(covered).toBe(prose);
}

describe('sentence offsets, for any text', () => {
  it('are in bounds, ordered, disjoint, trimmed, cover the prose and fall on white space', () => {
    fc.assert(
      fc.property(textArbitrary, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const paragraphs = paragraphsOf(text, cuts);
        checkSentences(text, paragraphs, splitSentences(text, paragraphs));
      }),
      { numRuns: 2000 },
    );
  });

  it('hold for the paragraphs the structure stage finds', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const { paragraphs } = parseStructure(text);
        checkSentences(text, paragraphs, splitSentences(text, paragraphs));
      }),
      { numRuns: 1000 },
    );
  });
});
