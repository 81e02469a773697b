import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCorpusError } from '../../src/errors.js';
import { analyze } from '../../src/pipeline.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/html');

describe('analyze on HTML documents', () => {
  it('runs the pipeline on the extracted story, with the page metadata', () => {
    const content = readFileSync(join(FIXTURES, 'news-jsonld.html'), 'utf8');
    const article = analyze({ sha256: 'x', format: 'html', content });
    expect(article.title).toBe('Harbour pilots end strike after pay deal');
    expect(article.meta.published?.value).toBe('2024-03-05T08:15:00Z');
    expect(article.text.startsWith('Ships began moving')).toBe(true);
    expect(article.quotes.some((q) => q.speaker?.name.includes('Brandt'))).toBe(true);
  });

  it('refuses a page without story text as EMPTY', () => {
    let caught: unknown;
    try {
      analyze({ sha256: 'x', format: 'html', content: '<html><body><nav><a href="/">Home</a></nav></body></html>', path: 'index.html' });
    } catch (error) {
      caught = error;
    }
    expect(isCorpusError(caught) && caught.code).toBe('EMPTY');
  });
});
