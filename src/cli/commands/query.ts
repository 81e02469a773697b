import type { QuoteKind } from '../../model.js';
import { withDatabase } from '../../store/open.js';
import { queryQuotes, querySentences, type QuoteFragment, type QuoteRow } from '../../store/query.js';
import { CorpusError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, render, type Format, type TableColumn } from '../output.js';
import type { Terminal } from '../terminal.js';

export interface QueryFlags {
  db: string;
  speaker?: string;
  entity?: string;
  text?: string;
  kind?: QuoteKind[];
  limit?: number;
  format?: Format;
  explain: boolean;
  sentences: boolean;
  verbatim: boolean;
}

/** Quotes of anyone; `term` (scare quotes, titles) only when asked for by --kind. */
export const DEFAULT_KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect'];

const COLUMNS: readonly TableColumn[] = [
  { key: 'date', header: 'DATE', max: 10 },
  { key: 'speaker', header: 'SPEAKER', max: 24 },
  { key: 'kind', header: 'KIND' },
  { key: 'text', header: 'QUOTE', flexible: true },
  { key: 'article_title', header: 'ARTICLE', max: 32 },
];

/** With --explain the table also shows how each speaker was found. */
const EXPLAIN_COLUMNS: readonly TableColumn[] = [
  ...COLUMNS.slice(0, 3),
  { key: 'speaker_surface', header: 'SAID AS', max: 20 },
  { key: 'cue', header: 'CUE', max: 16 },
  { key: 'rule', header: 'RULE', max: 28 },
  ...COLUMNS.slice(3),
];

const SENTENCE_COLUMNS: readonly TableColumn[] = [
  { key: 'date', header: 'DATE', max: 10 },
  { key: 'text', header: 'SENTENCE', flexible: true },
  { key: 'article_title', header: 'ARTICLE', max: 32 },
];

/** The public shape of a result row (also the JSON/CSV columns). */
function publicRow(row: QuoteRow): Record<string, unknown> {
  const { grp, ...rest } = row;
  return { ...rest, group: grp };
}

/** Kinds that hold someone's own words: what --verbatim keeps. */
const VERBATIM_KINDS: readonly QuoteKind[] = ['direct', 'mixed'];
/** Between the fragments of a mixed quote when --verbatim prints them as one text. */
const FRAGMENT_JOINER = ' … ';

/**
 * --verbatim: only words the speaker said as written. A direct quote stays as it is; a mixed
 * quote's text becomes its fragments, joined by an ellipsis; indirect speech has none.
 */
function verbatimRow(row: Record<string, unknown>): Record<string, unknown> {
  const fragments = row['fragments'] as QuoteFragment[] | null;
  return fragments ? { ...row, text: fragments.map((f) => f.text).join(FRAGMENT_JOINER) } : row;
}

/** The table's DATE is the published date, else the dateline's (wire copy has no year). A mixed quote's verbatim words are emphasised. */
function tableRow(row: Record<string, unknown>): Record<string, unknown> {
  const dateline = /\b[A-Z][a-z]{2,8}\.? \d{1,2}\b/.exec(String(row['dateline'] ?? ''))?.[0];
  const published = typeof row['published'] === 'string' ? row['published'].slice(0, 10) : undefined;
  return { ...row, text: emphasised(row), date: published ?? dateline ?? '', article_title: row['article_title'] ?? row['path'] ?? '' };
}

/** The quote's text with its fragments between emphasis marks (offsets are the article's; the text starts at `start`). */
function emphasised(row: Record<string, unknown>): unknown {
  const fragments = row['fragments'] as QuoteFragment[] | null | undefined;
  const text = row['text'];
  const start = row['start'];
  if (!fragments || typeof text !== 'string' || typeof start !== 'number') return text;
  let out = '';
  let at = 0;
  for (const fragment of fragments) {
    const from = fragment.start - start;
    const to = fragment.end - start;
    if (from < at || to > text.length) return text;
    out += `${text.slice(at, from)}${EMPHASIS_OPEN}${text.slice(from, to)}${EMPHASIS_CLOSE}`;
    at = to;
  }
  return out + text.slice(at);
}

function quoteRows(flags: QueryFlags, db: Parameters<typeof queryQuotes>[0]): Record<string, unknown>[] {
  const kinds = flags.kind ?? DEFAULT_KINDS;
  const rows = queryQuotes(db, {
    kinds: flags.verbatim ? kinds.filter((kind) => VERBATIM_KINDS.includes(kind)) : kinds,
    ...(flags.speaker !== undefined ? { speaker: flags.speaker } : {}),
    ...(flags.entity !== undefined ? { entity: flags.entity } : {}),
    ...(flags.text !== undefined ? { text: flags.text } : {}),
    ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
  }).map(publicRow);
  return flags.verbatim ? rows.map(verbatimRow) : rows;
}

function sentenceRows(flags: QueryFlags, db: Parameters<typeof querySentences>[0]): Record<string, unknown>[] {
  if (flags.speaker !== undefined || flags.kind !== undefined) {
    throw new CorpusError('USAGE', '--sentences lists sentences: use it with --entity and --text, not --speaker or --kind');
  }
  return querySentences(db, {
    ...(flags.entity !== undefined ? { entity: flags.entity } : {}),
    ...(flags.text !== undefined ? { text: flags.text } : {}),
    ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
  }) as unknown as Record<string, unknown>[];
}

export function run(flags: QueryFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    const rows = flags.sentences ? sentenceRows(flags, db) : quoteRows(flags, db);
    const columns = flags.sentences ? SENTENCE_COLUMNS : flags.explain ? EXPLAIN_COLUMNS : COLUMNS;
    const format = flags.format ?? (term.stdoutIsTTY ? 'table' : 'ndjson');
    const tableRows = format === 'table' ? rows.map(flags.verbatim ? (row) => tableRow({ ...row, fragments: null }) : tableRow) : rows;
    const emphasis = term.stdoutColor ? { open: '\u001b[1m', close: '\u001b[22m' } : undefined;
    if (rows.length > 0 || format === 'json') term.out(render(tableRows, format, columns, process.stdout.columns, emphasis));
    return rows.length > 0 ? EXIT.OK : EXIT.NO_RESULTS;
  });
}
