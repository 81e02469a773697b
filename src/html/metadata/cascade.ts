import type { ArticleMeta, MetaValue } from '../../model.js';
import { collapseWhitespace } from '../dom.js';
import { CREDIT_NAMES } from '../../lexicons/agencies.js';
import { looksLikePersonName, splitByline } from './byline.js';
import type { PageSignals } from './collect.js';
import { dateFromUrl, toIsoDate } from './dates.js';
import type { JsonLdArticle } from './jsonld.js';
import { headlineFromTitleTag, jsonLdHeadline, stripSiteName } from './title.js';

/** One place a value may come from: its provenance and the raw value there (if any). */
type Candidate = readonly [source: string, raw: string | undefined];

/** `<meta>` names per field, in the order they are trusted after JSON-LD. */
const META_NAMES = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dc:title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title'],
  author: ['dc:creator', 'dc.creator', 'dcterms.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'byline', 'twitter:creator'],
  published: ['article:published_time', 'og:published_time', 'article:published', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dc:date', 'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'article.published', 'published-date', 'release_date'],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dc.date.modified', 'dcterms.modified', 'article.updated', 'lastmod'],
  siteName: ['og:site_name', 'application-name', 'al:android:app_name', 'al:ios:app_name'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description', 'dc:description', 'dcterms.description'],
  section: ['article:section', 'section', 'parsely-section', 'sailthru.section', 'og:section', 'category'],
  keywords: ['article:tag', 'news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags'],
  lang: ['og:locale', 'content-language', 'http-equiv:content-language', 'dc.language', 'language'],
} as const;

/** `<time>` and itemprop hints that say which date an element holds. */
const PUBLISHED_HINT = /published|pubdate|created/i;
const MODIFIED_HINT = /modified|updated/i;

/** A value must be this short to be a title, a name or a section label. */
const MAX_LABEL_CHARS = 300;
const LOOKS_LIKE_URL = /^(?:https?:)?\/\//i;

/**
 * The article's metadata by the cascade: JSON-LD → OpenGraph and `article:*` → other
 * `<meta>` names → `<time>`/itemprop → the DOM → the URL. Each value keeps its source.
 */
export function buildMeta(
  s: PageSignals,
  ld: JsonLdArticle | null,
  ldSiteName: string | undefined,
  pageUrl: string | undefined,
): ArticleMeta {
  const siteName = pick([['json-ld', ld?.publisher], ['json-ld', ldSiteName], ...metaCandidates(s, META_NAMES.siteName)], label);
  const site = siteName?.value;
  const title = pick(
    [
      ['json-ld', jsonLdHeadline(ld?.headline, ld?.name, s.titleTag)],
      ...metaCandidates(s, META_NAMES.title),
      ['itemprop', s.itempropHeadline],
      ['title-tag', s.titleTag ? headlineFromTitleTag(s.titleTag, s.h1) : undefined],
      ['h1', s.h1[0]],
    ],
    (raw) => {
      const value = label(raw);
      return value !== undefined && !isSiteName(value, site) && stripSiteName(value, site);
    },
  );
  const url = pick(
    [['link:canonical', s.canonical], ...metaCandidates(s, ['og:url']), ['json-ld', ld?.url], ['argument', pageUrl]],
    (raw) => absoluteUrl(raw, pageUrl),
  );
  const published = pick(
    [
      ['json-ld', ld?.published],
      ...metaCandidates(s, META_NAMES.published),
      ...timeCandidates(s, PUBLISHED_HINT, true),
      ['url', url ? dateFromUrl(url.value) : undefined],
      ['url', pageUrl ? dateFromUrl(pageUrl) : undefined],
    ],
    toIsoDate,
  );
  const modified = pick(
    [['json-ld', ld?.modified], ...metaCandidates(s, META_NAMES.modified), ...timeCandidates(s, MODIFIED_HINT, false)],
    toIsoDate,
  );
  const lang = pick(
    [['html-lang', s.htmlLang], ['json-ld', ld?.lang], ...metaCandidates(s, META_NAMES.lang)],
    (raw) => label(raw)?.replace('_', '-'),
  );
  const description = pick([['json-ld', ld?.description], ...metaCandidates(s, META_NAMES.description)], collapseWhitespace);
  const section = pick([['json-ld', ld?.section], ...metaCandidates(s, META_NAMES.section)], label);
  const found: ArticleMeta = {
    siteName, title, byline: pickByline(s, ld), url, published, modified, lang, description, section,
    keywords: pickKeywords(s, ld),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as ArticleMeta;
}

function pick(candidates: readonly Candidate[], accept: (raw: string) => string | undefined | false): MetaValue | undefined {
  for (const [source, raw] of candidates) {
    if (raw === undefined || raw.trim() === '') continue;
    const value = accept(raw);
    if (value) return { value, source };
  }
  return undefined;
}

function metaCandidates(s: PageSignals, names: readonly string[]): Candidate[] {
  return names.map((name) => [sourceFamily(name), s.meta.get(name)?.[0]] as const);
}

/** OpenGraph properties (`og:*`, `article:*`) name themselves; other names get `meta:`. */
function sourceFamily(name: string): string {
  return name.startsWith('og:') || name.startsWith('article:') ? name : `meta:${name}`;
}

function timeCandidates(s: PageSignals, hint: RegExp, anyAsFallback: boolean): Candidate[] {
  const hinted = s.times.filter((t) => hint.test(t.hint)).map((t) => ['time', t.value] as const);
  const plain = anyAsFallback ? s.times.filter((t) => t.hint.trim() === '').slice(0, 1).map((t) => ['time', t.value] as const) : [];
  return [...hinted, ...plain];
}

/** A "title" that is just the site's name says nothing about the story. */
function isSiteName(value: string, site: string | undefined): boolean {
  const key = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return site !== undefined && key(value) === key(site);
}

function label(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = collapseWhitespace(raw);
  return value !== '' && value.length <= MAX_LABEL_CHARS && !LOOKS_LIKE_URL.test(value) ? value : undefined;
}

function absoluteUrl(raw: string, base: string | undefined): string | undefined {
  try {
    return new URL(raw.trim(), base).href;
  } catch {
    return undefined;
  }
}

function isAgency(name: string): boolean {
  return CREDIT_NAMES.has(name.toLowerCase());
}

/** The first source naming a person wins; a source naming only agencies is the fallback. */
function pickByline(s: PageSignals, ld: JsonLdArticle | null): MetaValue<string[]> | undefined {
  const candidates: [string, string[]][] = [
    ['json-ld', ld?.authors ?? []],
    ...META_NAMES.author.map((n): [string, string[]] => [sourceFamily(n), s.meta.get(n) ?? []]),
    ['itemprop', s.itempropAuthors],
  ];
  for (const text of s.bylines) {
    for (const line of text.split('\n')) {
      const people = splitByline(line);
      if (people.every(looksLikePersonName)) candidates.push(['dom:byline', people]);
    }
  }
  let credit: MetaValue<string[]> | undefined;
  for (const [source, raws] of candidates) {
    const people = [...new Set(raws.flatMap(splitByline))];
    if (people.length === 0) continue;
    if (!people.every(isAgency)) return { value: people, source };
    credit ??= { value: people, source };
  }
  return credit;
}

function pickKeywords(s: PageSignals, ld: JsonLdArticle | null): MetaValue<string[]> | undefined {
  if (ld !== null && ld.keywords.length > 0) return { value: ld.keywords, source: 'json-ld' };
  for (const name of META_NAMES.keywords) {
    const values = (s.meta.get(name) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (values.length > 0) return { value: [...new Set(values)], source: sourceFamily(name) };
  }
  return undefined;
}
