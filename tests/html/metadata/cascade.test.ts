import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/html/extract.js';
import type { ArticleMeta } from '../../../src/model.js';

const page = (head: string, body = ''): string => `<html><head>${head}</head><body>${body}</body></html>`;
const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

/** Each row: a page, the field read, the value and the source the cascade must pick. */
const CASES: [string, string, keyof ArticleMeta, unknown, string][] = [
  ['JSON-LD beats OpenGraph', page(ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' }) + '<meta property="og:title" content="From OG">'), 'title', 'From JSON-LD', 'json-ld'],
  ['@graph is searched', page(ld({ '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': 'ReportageNewsArticle', headline: 'Inside graph' }] })), 'title', 'Inside graph', 'json-ld'],
  ['of several JSON-LD articles, the one matching the page title', page('<title>Tram line opens in the old town</title>' + ld([{ '@type': 'NewsArticle', headline: 'Weather turns cold again' }, { '@type': 'NewsArticle', headline: 'Tram line opens in the old town' }])), 'title', 'Tram line opens in the old town', 'json-ld'],
  ['OpenGraph beats other meta names', page('<meta name="twitter:title" content="Twitter"><meta property="og:title" content="OG title">'), 'title', 'OG title', 'og:title'],
  ['<title> loses its site suffix', page('<title>Bridge reopens after repairs | Valley Post</title><meta property="og:site_name" content="Valley Post">'), 'title', 'Bridge reopens after repairs', 'title-tag'],
  ['a title that is only the site name is skipped', page('<meta property="og:title" content="Valley Post"><meta property="og:site_name" content="Valley Post"><title>Bridge reopens after repairs</title>'), 'title', 'Bridge reopens after repairs', 'title-tag'],
  ['author as a string', page(ld({ '@type': 'Article', author: 'By Ana Ruiz' })), 'byline', ['Ana Ruiz'], 'json-ld'],
  ['author as an object', page(ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Ana Ruiz' } })), 'byline', ['Ana Ruiz'], 'json-ld'],
  ['author as an array', page(ld({ '@type': 'Article', author: [{ name: 'Ana Ruiz' }, 'Li Wei'] })), 'byline', ['Ana Ruiz', 'Li Wei'], 'json-ld'],
  ['an author URL is rejected', page('<meta property="article:author" content="https://social.example/ana.ruiz"><meta name="parsely-author" content="Ana Ruiz">'), 'byline', ['Ana Ruiz'], 'meta:parsely-author'],
  ['a wire agency gives way to a person named later', page(ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'AFP' } }) + '<meta name="author" content="Ana Ruiz">'), 'byline', ['Ana Ruiz'], 'meta:author'],
  ['a wire agency alone is kept as the credit', page(ld({ '@type': 'NewsArticle', author: 'Reuters' })), 'byline', ['Reuters'], 'json-ld'],
  ['Dublin Core creator', page('<meta name="DC.creator" content="Ana Ruiz">'), 'byline', ['Ana Ruiz'], 'meta:dc.creator'],
  ['itemprop author with a nested name', page('', '<span itemprop="author"><span itemprop="name">Li Wei</span></span>'), 'byline', ['Li Wei'], 'itemprop'],
  ['a byline element', page('', '<div class="article-byline">By Li Wei and Ana Ruiz</div>'), 'byline', ['Li Wei', 'Ana Ruiz'], 'dom:byline'],
  ['a byline element holding a button is skipped', page('', '<div class="author-tools">Follow author</div><p class="byline">By Li Wei</p>'), 'byline', ['Li Wei'], 'dom:byline'],
  ['JSON-LD date with offset kept', page(ld({ '@type': 'NewsArticle', datePublished: '2021-05-04T09:30:00+02:00' })), 'published', '2021-05-04T09:30:00+02:00', 'json-ld'],
  ['an unparseable JSON-LD date falls through', page(ld({ '@type': 'NewsArticle', datePublished: 'yesterday' }) + '<meta property="article:published_time" content="2021-05-04">'), 'published', '2021-05-04', 'article:published_time'],
  ['<time datetime> with itemprop', page('', '<time itemprop="datePublished" datetime="2020-01-31T23:05:00Z">Jan 31</time>'), 'published', '2020-01-31T23:05:00Z', 'time'],
  ['a date in the canonical URL', page('<link rel="canonical" href="https://news.example/2018/11/03/story">'), 'published', '2018-11-03', 'url'],
  ['modified time', page('<meta property="article:modified_time" content="2022-02-02T10:00:00Z">'), 'modified', '2022-02-02T10:00:00Z', 'article:modified_time'],
  ['site name from the publisher', page(ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Valley Post' } })), 'siteName', 'Valley Post', 'json-ld'],
  ['language from <html lang>', '<html lang="pt-BR"><body></body></html>', 'lang', 'pt-BR', 'html-lang'],
  ['language from og:locale', page('<meta property="og:locale" content="fr_FR">'), 'lang', 'fr-FR', 'og:locale'],
  ['space-separated meta properties', page('<meta property="og:description twitter:description" content="Both at once.">'), 'description', 'Both at once.', 'og:description'],
  ['section from article:section', page('<meta property="article:section" content="Science">'), 'section', 'Science', 'article:section'],
  ['keywords from article:tag', page('<meta property="article:tag" content="rivers"><meta property="article:tag" content="floods">'), 'keywords', ['rivers', 'floods'], 'article:tag'],
  ['raw line breaks inside JSON-LD strings are tolerated', page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Two\nlines"}</script>'), 'title', 'Two lines', 'json-ld'],
  ['malformed JSON-LD is ignored', page('<script type="application/ld+json">{"@type": "NewsArticle", headline: oops}</script><meta property="og:title" content="Fallback">'), 'title', 'Fallback', 'og:title'],
];

describe('metadata cascade', () => {
  it.each(CASES)('%s', (_label, html, field, value, source) => {
    expect(extractArticle(html).meta[field]).toEqual({ value, source });
  });

  it('resolves a relative canonical URL against the page URL', () => {
    const html = page('<link rel="canonical" href="/world/story-1">');
    expect(extractArticle(html, 'https://news.example/a?b=c').meta.url).toEqual({ value: 'https://news.example/world/story-1', source: 'link:canonical' });
  });

  it('keeps the article when every date is broken', () => {
    const html = page('<meta property="article:published_time" content="not a date">', '<p>The story still has a body of some length, which must survive a bad date.</p>');
    const { text, meta } = extractArticle(html);
    expect(meta.published).toBeUndefined();
    expect(text).toContain('The story still has a body');
  });
});
