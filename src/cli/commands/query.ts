import type { QuoteKind } from '../../model.js';
import { withDatabase, type DB } from '../../store/open.js';
import { queryQuotes, querySentences, type QuoteRow, type Sort } from '../../store/query.js';
import { countBy, dedupe, type CountBy } from '../../store/aggregate.js';
import { CorpusError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import { articleFilter, type FilterFlags } from '../filter-options.js';
import { render, type Format, type TableColumn } from '../output.js';
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

/** The table's ARTICLE is the title, else the file's path. */
function tableRow(row: Record<string, unknown>): Record<string, unknown> {
  return { ...row, article_title: row['article_title'] ?? row['path'] ?? '' };
}

/** In a count table, the group of rows with no speaker, source or date is named, not blank. */
function noneShown(row: Record<string, unknown>, by: CountBy): Record<string, unknown> {
  return row[by] === null ? { ...row, [by]: by === 'day' || by === 'month' ? '(undated)' : '(none)' } : row;
}

function quoteRows(flags: QueryFlags, db: DB, limit: number | undefined): QuoteRow[] {
  return queryQuotes(db, {
    ...articleFilter(flags),
    kinds: flags.kind ?? DEFAULT_KINDS,
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
          : (kept as QuoteRow[]).map(publicRow);
    if (flags.limit !== undefined && sqlLimit === undefined) rows = rows.slice(0, flags.limit);
    const columns =
      flags.countBy !== undefined ? countColumns(flags.countBy, countName) : flags.sentences ? SENTENCE_COLUMNS : flags.explain ? EXPLAIN_COLUMNS : COLUMNS;
    const format = flags.format ?? (term.stdoutIsTTY ? 'table' : 'ndjson');
    const tableRows = format !== 'table' ? rows : flags.countBy === undefined ? rows.map(tableRow) : rows.map((r) => noneShown(r, flags.countBy as CountBy));
    if (rows.length > 0 || format === 'json') term.out(render(tableRows, format, columns, process.stdout.columns));
    return rows.length > 0 ? EXIT.OK : EXIT.NO_RESULTS;
  });
}
