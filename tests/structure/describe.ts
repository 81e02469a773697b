import type { Sentence, Span, Structure } from '../../src/model.js';

/**
 * A readable form of a parse for golden files: every span as the text it covers. Spans whose
 * value differs from the text they cover are reported so that the comparison fails.
 */
export function describe(text: string, structure: Structure, sentences: readonly Sentence[]): unknown {
  const cut = (span: Span): string => text.slice(span.start, span.end);
  const field = (span: Span & { value: string }): string =>
    cut(span) === span.value ? span.value : `MISMATCH ${JSON.stringify(cut(span))} != ${JSON.stringify(span.value)}`;
  const { headline, standfirst, dateline, byline } = structure;
  return {
    headline: headline ? { text: field(headline), source: headline.source ? field(headline.source) : null } : null,
    standfirst: standfirst ? field(standfirst) : null,
    dateline: dateline ? { text: cut(dateline), place: dateline.place ?? null, date: dateline.date ?? null, agency: dateline.agency ?? null } : null,
    byline: byline ? { text: field(byline), people: byline.people } : null,
    credits: structure.credits.map((c) => ({ text: cut(c), role: c.role, names: c.names })),
    labels: structure.labels.map(field),
    related: structure.related.map((r) => ({ text: field(r), source: r.source ? field(r.source) : null })),
    paragraphs: structure.paragraphs.map(cut),
    sentences: sentences.map((s) => `${s.paragraph}: ${cut(s)}`),
  };
}
