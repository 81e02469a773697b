import type { QuoteKind } from '../../model.js';
import { withDatabase, type DB } from '../../store/open.js';
import { queryQuotes, querySentences, type QuoteFragment, type QuoteRow, type Sort } from '../../store/query.js';
import { countBy, dedupe, type CountBy } from '../../store/aggregate.js';
import { CorpusError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import { articleFilter, type FilterFlags } from '../filter-options.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, render, type Format, type TableColumn } from '../output.js';
import type { Terminal } from '../terminal.js';

export interface QueryFlags extends FilterFlags {
  db: string;
  speaker?: string;
  text?: string;
  kind?: QuoteKind[];
  limit?: number;
  format?: Format;
  explain: boolean;
  sentences: boolean;
  sort?: Sort;
  countBy?: CountBy;
  /** Undefined: on for --count-by, off for lists. */
  dedupe?: boolean;
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

function countColumns(by: CountBy, countName: string): TableColumn[] {
  const head: TableColumn[] =
    by === 'article'
      ? [{ key: 'article_id', header: 'ID' }, { key: 'article_title', header: 'ARTICLE', flexible: true }]
      : [{ key: by, header: by.toUpperCase(), flexible: true }];
  return [
    ...head,
    { key: countName, header: countName.toUpperCase() },
    { key: 'articles', header: 'ARTICLES' },
    { key: 'stories', header: 'STORIES' },
    { key: 'first', header: 'FIRST' },
    { key: 'last', header: 'LAST' },
  ];
}

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

/** The table's ARTICLE is the title, else the file's path; a mixed quote's verbatim words are emphasised. */
function tableRow(row: Record<string, unknown>): Record<string, unknown> {
  return { ...row, text: emphasised(row), article_title: row['article_title'] ?? row['path'] ?? '' };
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

/** In a count table, the group of rows with no speaker, source or date is named, not blank. */
function noneShown(row: Record<string, unknown>, by: CountBy): Record<string, unknown> {
  return row[by] === null ? { ...row, [by]: by === 'day' || by === 'month' ? '(undated)' : '(none)' } : row;
}

/**
 * A one-word --speaker query ("Bush") may find several people: the table shows each person's
 * quotes together, the person with most first, each group in the order asked for. Returns the
 * people with their row counts, most first.
 */
function groupBySpeaker(rows: Record<string, unknown>[]): { rows: Record<string, unknown>[]; people: { name: string; quotes: number }[] } {
  const groups = new Map<string, { name: string; rows: Record<string, unknown>[] }>();
  for (const row of rows) {
    const key = row['speaker_entity_id'] !== null ? `id:${String(row['speaker_entity_id'])}` : `name:${String(row['speaker'])}`;
    let group = groups.get(key);
    if (!group) {
      group = { name: String(row['speaker'] ?? ''), rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  const ordered = [...groups.values()].sort((a, b) => b.rows.length - a.rows.length);
  return { rows: ordered.flatMap((g) => g.rows), people: ordered.map((g) => ({ name: g.name, quotes: g.rows.length })) };
}

function quoteRows(flags: QueryFlags, db: DB, limit: number | undefined): QuoteRow[] {
  const kinds = flags.kind ?? DEFAULT_KINDS;
  return queryQuotes(db, {
    ...articleFilter(flags),
    kinds: flags.verbatim ? kinds.filter((kind) => VERBATIM_KINDS.includes(kind)) : kinds,
    ...(flags.speaker !== undefined ? { speaker: flags.speaker } : {}),
    ...(flags.text !== undefined ? { text: flags.text } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(flags.sort !== undefined ? { sort: flags.sort } : {}),
  });
}

function sentenceRows(flags: QueryFlags, db: DB, limit: number | undefined) {
  if (flags.speaker !== undefined || flags.kind !== undefined || flags.sort === 'speaker' || flags.countBy === 'speaker') {
    throw new CorpusError('USAGE', '--sentences lists sentences: use it with --entity, --text and the article filters, not speakers or --kind');
  }
  return querySentences(db, {
    ...articleFilter(flags),
    ...(flags.text !== undefined ? { text: flags.text } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(flags.sort !== undefined ? { sort: flags.sort as Exclude<Sort, 'speaker'> } : {}),
  });
}

export function run(flags: QueryFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    const deduped = flags.dedupe ?? flags.countBy !== undefined;
    // Copies are dropped before the limit applies, so the limit counts what is shown.
    const sqlLimit = deduped || flags.countBy !== undefined ? undefined : flags.limit;
    const found = flags.sentences ? sentenceRows(flags, db, sqlLimit) : quoteRows(flags, db, sqlLimit);
    const kept = deduped ? dedupe<(typeof found)[number]>(found) : found;
    const countName = flags.sentences ? 'sentences' : 'quotes';
    let rows: Record<string, unknown>[] =
      flags.countBy !== undefined
        ? countBy(kept, flags.countBy, countName)
        : flags.sentences
          ? (kept as unknown as Record<string, unknown>[])
          : (kept as QuoteRow[]).map(publicRow).map(flags.verbatim ? verbatimRow : (row) => row);
    if (flags.limit !== undefined && sqlLimit === undefined) rows = rows.slice(0, flags.limit);
    const columns =
      flags.countBy !== undefined ? countColumns(flags.countBy, countName) : flags.sentences ? SENTENCE_COLUMNS : flags.explain ? EXPLAIN_COLUMNS : COLUMNS;
    const format = flags.format ?? (term.stdoutIsTTY ? 'table' : 'ndjson');
    const listRow = flags.verbatim ? (row: Record<string, unknown>) => tableRow({ ...row, fragments: null }) : tableRow;
    const oneWord = flags.speaker !== undefined && !/\s/.test(flags.speaker.trim()) && !flags.sentences;
    if (format === 'table' && oneWord && flags.countBy === undefined && flags.sort === undefined) {
      const grouped = groupBySpeaker(rows);
      rows = grouped.rows;
      if (grouped.people.length > 1) {
        const people = grouped.people.map((p) => `${p.name} (${p.quotes})`).join(', ');
        term.say(`${grouped.people.length} speakers named ${flags.speaker ?? ''}: ${people}; a full name asks for one`);
      }
    }
    const tableRows =
      format !== 'table' ? rows : flags.countBy === undefined ? rows.map(listRow) : rows.map((r) => noneShown(r, flags.countBy as CountBy));
    const emphasis = term.stdoutColor ? { open: '\u001b[1m', close: '\u001b[22m' } : undefined;
    if (rows.length > 0 || format === 'json') term.out(render(tableRows, format, columns, process.stdout.columns, emphasis));
    return rows.length > 0 ? EXIT.OK : EXIT.NO_RESULTS;
  });
}
