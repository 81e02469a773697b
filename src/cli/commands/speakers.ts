import type { QuoteKind } from '../../model.js';
import { withDatabase } from '../../store/open.js';
import { queryQuotes } from '../../store/query.js';
import { dedupe, speakerCounts } from '../../store/aggregate.js';
import { EXIT } from '../exit-codes.js';
import { articleFilter, type FilterFlags } from '../filter-options.js';
import { render, type Format, type TableColumn } from '../output.js';
import type { Terminal } from '../terminal.js';
import { DEFAULT_KINDS } from './query.js';

export interface SpeakersFlags extends FilterFlags {
  db: string;
  text?: string;
  kind?: QuoteKind[];
  limit?: number;
  format?: Format;
  dedupe: boolean;
}

const COLUMNS: readonly TableColumn[] = [
  { key: 'speaker', header: 'SPEAKER', max: 28 },
  { key: 'quotes', header: 'QUOTES' },
  { key: 'articles', header: 'ARTICLES' },
  { key: 'stories', header: 'STORIES' },
  { key: 'first', header: 'FIRST' },
  { key: 'last', header: 'LAST' },
  { key: 'roles', header: 'ROLES', flexible: true },
];

/** `corpus speakers`: who is quoted most (about WORDS, near ENTITY, in a date range …). */
export function run(flags: SpeakersFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    const found = queryQuotes(db, {
      ...articleFilter(flags),
      kinds: flags.kind ?? DEFAULT_KINDS,
      ...(flags.text !== undefined ? { text: flags.text } : {}),
    });
    const counted = speakerCounts(flags.dedupe ? dedupe(found) : found);
    const rows = flags.limit !== undefined ? counted.slice(0, flags.limit) : counted;
    const format = flags.format ?? (term.stdoutIsTTY ? 'table' : 'ndjson');
    if (rows.length > 0 || format === 'json') term.out(render(rows, format, COLUMNS, process.stdout.columns));
    return rows.length > 0 ? EXIT.OK : EXIT.NO_RESULTS;
  });
}
