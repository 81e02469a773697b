import type { DB } from '../store/open.js';
import { queryQuotes, type QuoteFilter, type QuoteRow } from '../store/query.js';
import { dedupe, rolesOf, shownRole } from '../store/aggregate.js';
import { loadArticle } from '../store/article.js';
import { segments } from '../present/segments.js';
import { dayRange } from '../cli/date-flags.js';
import { DEFAULT_KINDS } from '../cli/commands/query.js';
import { esc, page, query } from './html.js';

/** Most rows a result page lists. */
export const PAGE_ROWS = 200;

/** The search fields, as the form names them. */
const FIELDS = ['speaker', 'entity', 'text', 'since', 'until', 'source'] as const;
type Search = Partial<Record<(typeof FIELDS)[number], string>>;

export class BadRequest extends Error {}

function searchOf(params: URLSearchParams): Search {
  const search: Search = {};
  for (const f of FIELDS) {
    const v = params.get(f)?.trim();
    if (v) search[f] = v;
  }
  return search;
}

function bound(value: string | undefined, name: string): ReturnType<typeof dayRange> | undefined {
  if (value === undefined) return undefined;
  try {
    return dayRange(value);
  } catch {
    throw new BadRequest(`${name}: expected a date (2025-03-07, 2025-03, 2025) or a duration (7d, 2w, 3m, 1y)`);
  }
}

function filterOf(search: Search): QuoteFilter {
  const since = bound(search.since, 'since');
  const until = bound(search.until, 'until');
  return {
    kinds: DEFAULT_KINDS,
    ...(search.speaker ? { speaker: search.speaker } : {}),
    ...(search.entity ? { entities: [search.entity] } : {}),
    ...(search.text ? { text: search.text } : {}),
    ...(search.source ? { source: search.source } : {}),
    ...(since ? { since: since.first } : {}),
    ...(until ? { until: until.after } : {}),
  };
}

function form(search: Search): string {
  const input = (name: keyof Search, label: string, hint: string): string =>
    `<label>${label}<input name="${name}" value="${esc(search[name])}" placeholder="${esc(hint)}"></label>`;
  return `<form method="get" action="/" role="search">
${input('speaker', 'Speaker', 'name')}${input('entity', 'Mentions', 'entity')}${input('text', 'Words', 'ceasefire')}
${input('since', 'Since', '2025-03 or 30d')}${input('until', 'Until', '2025-03-31')}${input('source', 'Source', 'Reuters')}
<button type="submit">Search</button></form>`;
}

const speakerLink = (name: string | null): string => (name === null ? '<i>unattributed</i>' : `<a href="/speaker${query({ name })}">${esc(name)}</a>`);

function quoteTable(rows: readonly QuoteRow[]): string {
  const body = rows
    .map(
      (r) => `<tr><td class="date">${esc(r.date ?? '')}</td><td>${speakerLink(r.speaker)}</td><td>${esc(r.kind)}</td>
<td>${esc(r.text)}</td><td><a href="/article/${r.article_id}">${esc(r.article_title ?? r.path ?? `#${r.article_id}`)}</a> <span class="meta">${esc(r.source ?? '')}</span></td></tr>`,
    )
    .join('\n');
  return `<table class="quotes"><thead><tr><th>Date</th><th>Speaker</th><th>Kind</th><th>Quote</th><th>Article</th></tr></thead><tbody>
${body}</tbody></table>`;
}

function shown(rows: QuoteRow[]): string {
  const more = rows.length > PAGE_ROWS ? ` (the first ${PAGE_ROWS} shown)` : '';
  return `<p class="meta count">${rows.length} quote${rows.length === 1 ? '' : 's'}${more}, each story's copies counted once</p>${quoteTable(rows.slice(0, PAGE_ROWS))}`;
}

/** `/api/quotes?…`: the same search as JSON (at most PAGE_ROWS quotes, newest first). */
export function searchJson(db: DB, params: URLSearchParams): string {
  return JSON.stringify(dedupe(queryQuotes(db, { ...filterOf(searchOf(params)), sort: '-date' })).slice(0, PAGE_ROWS));
}

/** `/`: the search form and, when something was asked, the quotes that match. */
export function searchPage(db: DB, params: URLSearchParams): string {
  const search = searchOf(params);
  const asked = Object.keys(search).length > 0;
  const results = asked ? shown(dedupe(queryQuotes(db, { ...filterOf(search), sort: '-date' }))) : '<p class="meta">Search the quotes by speaker, entity mentioned, words, date range and source.</p>';
  return page('Search quotes', `<h1>Quotes</h1>${form(search)}${results}`);
}

/** Quotes per month as a small bar chart (inline SVG, no script). */
function timeline(rows: readonly QuoteRow[]): string {
  const months = new Map<string, number>();
  for (const r of rows) if (r.date) months.set(r.date.slice(0, 7), (months.get(r.date.slice(0, 7)) ?? 0) + 1);
  if (months.size === 0) return '<p class="meta">No dated quotes.</p>';
  const keys = [...months.keys()].sort();
  // Every month from the first to the last, so gaps show as gaps.
  const all: string[] = [];
  for (let [y, m] = (keys[0] as string).split('-').map(Number) as [number, number]; `${y}-${String(m).padStart(2, '0')}` <= (keys.at(-1) as string); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    all.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  const max = Math.max(...months.values());
  const width = 56;
  const height = 80;
  const bars = all
    .map((k, i) => {
      const n = months.get(k) ?? 0;
      const h = Math.round((n / max) * height);
      return `<g><title>${esc(k)}: ${n}</title><rect x="${i * width + 4}" y="${height - h + 14}" width="${width - 8}" height="${h}"></rect>
<text x="${i * width + width / 2}" y="${height + 28}" text-anchor="middle">${esc(k)}</text><text x="${i * width + width / 2}" y="${height - h + 10}" text-anchor="middle">${n}</text></g>`;
    })
    .join('');
  return `<svg class="timeline" role="img" aria-label="quotes per month" width="${all.length * width}" height="${height + 34}">${bars}</svg>`;
}

/** `/speaker?name=…`: everything the speaker is quoted saying, with a timeline. */
export function speakerPage(db: DB, params: URLSearchParams): string {
  const name = params.get('name')?.trim();
  if (!name) throw new BadRequest('speaker: a name is needed (/speaker?name=…)');
  const rows = dedupe(queryQuotes(db, { kinds: DEFAULT_KINDS, speaker: name, sort: '-date' }));
  const roles = rolesOf(rows);
  const articles = new Set(rows.map((r) => r.article_id)).size;
  return page(
    name,
    `<h1>${esc(name)}</h1><p class="meta">${esc(roles.join('; '))}</p>
<p class="meta">${rows.length} quote${rows.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}</p>
<h2>Quotes per month</h2>${timeline(rows)}${quoteTable(rows.slice(0, PAGE_ROWS))}`,
  );
}

/** `/article/ID`: the article, quotes highlighted, entities marked, speakers after each paragraph. */
export function articlePage(db: DB, id: number): string | undefined {
  const a = loadArticle(db, id);
  if (!a) return undefined;
  const { structure } = a;
  const field = (label: string, value: string | null | undefined): string => (value ? `<div><b>${label}</b> ${esc(value)}</div>` : '');
  const copies = a.copies.map((c) => `<a href="/article/${c.id}">${esc(c.source ?? c.title ?? `#${c.id}`)}</a>`).join(', ');
  const paragraphs = structure.paragraphs
    .map((p) => {
      const html = segments(a.text, p, a.quotes, a.mentions)
        .map((s) => {
          let out = esc(s.text);
          if (s.mention) out = `<span class="entity" title="${esc(`${s.mention.name} (${s.mention.type})`)}">${out}</span>`;
          if (s.quote) out = `<mark class="${esc(s.quote.kind)}" title="${esc(s.quote.speaker ?? 'unattributed')}">${out}</mark>`;
          return out;
        })
        .join('');
      const said = a.quotes
        .filter((q) => q.start >= p.start && q.start < p.end)
        .map((q) => {
          const role = shownRole(q.speaker, q.speaker_role);
          return `<div>— ${speakerLink(q.speaker)}${role ? `, ${esc(role)}` : ''} <span class="meta">(${esc(q.kind)}${q.cue ? `, ${esc(q.cue)}` : ''})</span></div>`;
        })
        .join('');
      return `<p>${html}</p>${said ? `<div class="said">${said}</div>` : ''}`;
    })
    .join('\n');
  const credits = structure.credits.map((c) => `${c.role}: ${c.names.join(', ')}`).join('; ');
  return page(
    a.title ?? `Article ${a.id}`,
    `<article><h1>${esc(a.title ?? structure.headline?.value ?? '(no headline)')}</h1>
<div class="meta">${field('Dateline', structure.dateline ? a.text.slice(structure.dateline.start, structure.dateline.end) : null)}${field('Date', a.date ? `${a.date} (${a.date_source ?? ''})` : null)}${field('Source', a.source)}${field('Byline', a.byline)}${copies ? `<div><b>Copies</b> ${copies}</div>` : ''}</div>
${structure.standfirst ? `<p><i>${esc(structure.standfirst.value)}</i></p>` : ''}
${paragraphs}
${credits ? `<p class="meta">${esc(credits)}</p>` : ''}</article>`,
  );
}
