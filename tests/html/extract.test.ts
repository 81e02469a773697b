import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/html/extract.js';
import type { ArticleMeta } from '../../src/model.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/html');

/** What a fixture page must yield: exact metadata values with sources, and text checks. */
interface Expected {
  url?: string;
  meta: Partial<ArticleMeta>;
  firstParagraph: string;
  includes: string[];
  excludes: string[];
}

const pages = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

describe('extractArticle on fixture pages', () => {
  it.each(pages)('%s', (name) => {
    const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
    const { text, meta } = extractArticle(html, expected.url);
    expect(meta).toMatchObject(expected.meta);
    expect(text.split('\n\n')[0]).toBe(expected.firstParagraph);
    for (const part of expected.includes) expect(text).toContain(part);
    for (const part of expected.excludes) expect(text).not.toContain(part);
  });
});

describe('extractArticle text shape', () => {
  it('leaves the headline out of the body', () => {
    const html = readFileSync(join(FIXTURES, 'news-jsonld.html'), 'utf8');
    const { text, meta } = extractArticle(html);
    expect(text.startsWith(meta.title?.value ?? '?')).toBe(false);
  });

  it('leaves out an <h1> that is the title without its site name', () => {
    const html = [
      '<html><head><meta property="og:title" content="Bridge reopens after a year of repairs | Valley Post"></head><body><article>',
      '<h1>Bridge reopens after a year of repairs</h1>',
      '<p>The old stone bridge over the river reopened to traffic on Friday, a year after cracks closed it.</p>',
      '</article></body></html>',
    ].join('');
    expect(extractArticle(html).text).toBe('The old stone bridge over the river reopened to traffic on Friday, a year after cracks closed it.');
  });

  it('separates paragraphs by one blank line, with no stray whitespace', () => {
    for (const name of pages) {
      const { text } = extractArticle(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));
      expect(text).not.toMatch(/\n{3,}|^\s|\s$|[ \t]\n|\n[ \t]|  /);
    }
  });

  it.each([
    ['a fragment without <html> or <body>', '<p>One short paragraph of story text, long enough to count as prose here.</p>', 'One short paragraph'],
    ['entities decoded', '<body><p>Fish &amp; chips cost &pound;9 &ndash; up from &#163;7, the caf&eacute; said.</p></body>', 'Fish & chips cost £9 – up from £7, the café said.'],
    ['a <pre> block kept', '<body><article><p>The command printed the following lines when it ran today:</p><pre>line one\nline two</pre></article></body>', 'line one\nline two'],
  ])('handles %s', (_label, html, fragment) => {
    expect(extractArticle(html).text).toContain(fragment);
  });

  it('drops interface labels and links to other stories, not the same words in sentences', () => {
    const body = [
      '<p>The museum will reopen its east wing in May, after a two-year restoration of the roof and galleries.</p>',
      '<div class="slot"><p>Advertisement</p></div>',
      '<p><b>Save</b> the date, the director told volunteers, because the opening weekend will be free to all.</p>',
      '<p>Continue reading the main story</p>',
      '<p>Related: <a href="/other">Council approves new museum budget</a></p>',
      '<p>More: the director said the budget, agreed in March, covers staff for two years.</p>',
      '<p>Tickets for later dates go on sale in April, with reduced prices for students and pensioners.</p>',
    ].join('');
    const { text } = extractArticle(`<html><body><article>${body}</article></body></html>`);
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Continue reading');
    expect(text).not.toContain('Related:');
    expect(text).toContain('More: the director said the budget');
    expect(text).toContain('Save the date, the director told volunteers');
  });

  it('survives markup nested thousands deep (unclosed legacy tags)', () => {
    const html = `<body>${'<div><font>'.repeat(20_000)}<p>A paragraph at the bottom of a very deep page, long enough to be kept.</p></body>`;
    expect(extractArticle(html).text).toBe('A paragraph at the bottom of a very deep page, long enough to be kept.');
  });

  it('never throws and keeps paragraphs clean on arbitrary markup', () => {
    const tag = fc.constantFrom('p', 'div', 'span', 'br', 'h2', 'li', 'script', 'table', 'td', 'a', 'nav');
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      tag.map((t) => `<${t} class="x">`),
      tag.map((t) => `</${t}>`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const { text } = extractArticle(parts.join(''));
        expect(text).not.toMatch(/\n{3,}/);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 200 },
    );
  });
});
