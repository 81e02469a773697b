import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotedSpans } from '../../src/quotes/marks.js';

function paragraphs(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

function quoted(text: string): string[] {
  return findQuotedSpans(text, paragraphs(text)).map((span) => text.slice(span.start, span.end));
}

describe('findQuotedSpans', () => {
  it.each([
    ['curly marks', '“The talks were useful,” the envoy said.', ['The talks were useful']],
    ['straight marks', 'She called it "a fair deal" on Monday.', ['a fair deal']],
    ['guillemets with padding', '« Nous restons prudents », a-t-il dit.', ['Nous restons prudents']],
    ['single curly marks', 'The minister said the plan was ‘not serious’ at all.', ['not serious']],
    ['single straight marks', "He warned of 'grave consequences' for the region.", ['grave consequences']],
    ['apostrophes are not marks', 'Russia’s envoy and the bloc’s chief didn’t meet.', []],
    ['two quotes in one paragraph', '“First,” he said. “Second.”', ['First', 'Second.']],
    ['nested single quotes stay inside', '“They told us ‘wait’ again,” she said.', ['They told us ‘wait’ again']],
    ['two apostrophes as a double mark', "''We can't wait,'' she said of the ''slow'' repairs.", ["We can't wait", 'slow']],
    ['a quote of two apostrophes over two paragraphs is one', "''The first part.\n''The second part.''", ["The first part.\n''The second part."]],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('joins a multi-paragraph quote whose opening mark is repeated', () => {
    const text = 'The mayor said:\n“We will rebuild the bridge.\n“We will do it this year.”\nThe council agreed.';
    const spans = findQuotedSpans(text, paragraphs(text));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.multiParagraph).toBe(true);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('We will rebuild the bridge.\n“We will do it this year.');
  });

  it('stops an unclosed quote at its paragraph end', () => {
    const text = 'He said “the vote is over\nThe next paragraph is narrative.\n“A later quote,” she added.';
    const spans = findQuotedSpans(text, paragraphs(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['the vote is over', 'A later quote']);
    expect(spans[0]!.close).toBeNull();
  });

  it('never crashes and keeps spans inside the text, in order', () => {
    const marks = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', ' ', '\n', 'a', 'B', '.', ',');
    fc.assert(
      fc.property(fc.array(marks, { maxLength: 200 }).map((chars) => chars.join('')), (text) => {
        const spans = findQuotedSpans(text, paragraphs(text));
        let previous = -1;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(span.start).toBeGreaterThanOrEqual(previous);
          previous = span.start;
        }
      }),
    );
  });
});
