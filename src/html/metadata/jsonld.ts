import { overlap } from './title.js';

/** schema.org types whose objects describe the story itself. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting',
  'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'TechArticle',
  'ScholarlyArticle', 'Report', 'SatiricalArticle', 'Review', 'CreativeWork', 'WebPage',
  'Recipe', 'MedicalWebPage', 'Blog',
]);

/** Less specific types give way to any more specific article found in the same page. */
const FALLBACK_TYPES: ReadonlySet<string> = new Set(['CreativeWork', 'WebPage', 'MedicalWebPage', 'Blog']);

/** Strips the HTML comment or CDATA wrappers some CMSes put around JSON-LD. */
const WRAPPER = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;

type JsonObject = Record<string, unknown>;

/** What JSON-LD says about the article, as raw strings still to be validated. */
export interface JsonLdArticle {
  headline?: string;
  /** `name`, which some sites fill with the headline and `headline` with a summary. */
  name?: string;
  authors: string[];
  published?: string;
  modified?: string;
  publisher?: string;
  lang?: string;
  url?: string;
  description?: string;
  section?: string;
  keywords: string[];
  body?: string;
}

/**
 * The article object of a page's JSON-LD blocks (`@graph`, arrays and nested objects
 * searched), preferring news and blog types over generic pages, and among several the one
 * closest to the page title. Raw line breaks inside
 * strings are tolerated; blocks that are otherwise malformed are skipped.
 */
export function readJsonLd(
  blocks: readonly string[],
  pageTitle: string,
): { article: JsonLdArticle | null; siteName?: string } {
  const objects: JsonObject[] = [];
  for (const raw of blocks) {
    const parsed = parseLenient(raw.replace(WRAPPER, ''));
    if (parsed !== undefined) flatten(parsed, objects);
  }
  const articles = objects.filter((o) => types(o).some((t) => ARTICLE_TYPES.has(t)));
  const specific = articles.filter((o) => types(o).some((t) => !FALLBACK_TYPES.has(t)));
  const best = closestToTitle(specific, pageTitle) ?? articles[0];
  const site = objects.find((o) => types(o).includes('WebSite'));
  const siteName = str(site?.['name']);
  return { article: best === undefined ? null : toArticle(best), ...(siteName ? { siteName } : {}) };
}

/** Raw line breaks and tabs inside strings, which JSON forbids and CMSes often emit. */
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

/**
 * JSON.parse, retried with control characters turned into spaces (outside strings they are
 * whitespace anyway, so the structure is unchanged). Undefined when it still fails.
 */
function parseLenient(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    try {
      return JSON.parse(json.replace(CONTROL_CHARS, ' '));
    } catch {
      return undefined;
    }
  }
}

/**
 * Of several article objects (a page's own and the related stories it lists), the one whose
 * headline shares most words with the page title; the first on a tie.
 */
function closestToTitle(articles: readonly JsonObject[], pageTitle: string): JsonObject | undefined {
  let best: JsonObject | undefined;
  let bestScore = -1;
  for (const o of articles) {
    const score = overlap(str(o['headline'] ?? o['name']) ?? '', pageTitle);
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

function flatten(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as JsonObject;
    out.push(obj);
    if (obj['@graph'] !== undefined) flatten(obj['@graph'], out);
  }
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (value !== null && typeof value === 'object') {
    const o = value as JsonObject;
    return str(o['name'] ?? o['@value'] ?? o['url'] ?? o['@id']);
  }
  return undefined;
}

/** Author as a string, an object with a name, or an array of either. */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (value !== null && typeof value === 'object') {
    const name = str((value as JsonObject)['name']);
    return name ? [name] : [];
  }
  return [];
}

function keywordList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keywordList);
  if (typeof value === 'string') return value.split(',').map((k) => k.trim()).filter(Boolean);
  return [];
}

function toArticle(o: JsonObject): JsonLdArticle {
  const article: JsonLdArticle = {
    authors: names(o['author'] ?? o['creator']),
    keywords: keywordList(o['keywords']),
  };
  const fields: [keyof JsonLdArticle, unknown][] = [
    ['headline', o['headline']],
    ['name', o['name']],
    ['published', o['datePublished'] ?? o['dateCreated']],
    ['modified', o['dateModified']],
    ['publisher', o['publisher']],
    ['lang', o['inLanguage']],
    ['url', o['url'] ?? o['mainEntityOfPage']],
    ['description', o['description']],
    ['section', o['articleSection']],
    ['body', o['articleBody'] ?? o['text']],
  ];
  for (const [key, value] of fields) {
    const s = str(value);
    if (s !== undefined) (article as unknown as Record<string, string>)[key] = s;
  }
  return article;
}
