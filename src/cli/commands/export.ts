import { articleJson } from '../../serialize.js';
import { withDatabase } from '../../store/open.js';
import { storedArticles } from '../../store/articles.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';
import { writeJsonLine } from '../json-out.js';

export interface ExportFlags {
  db: string;
  format: 'ndjson' | 'json';
}

/** Streams every stored article as the analysis object, one per line (or one JSON array). */
export function run(flags: ExportFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    let first = true;
    if (flags.format === 'json') term.out('[');
    for (const article of storedArticles(db)) {
      const json = articleJson(article);
      if (flags.format === 'json') term.out(`${first ? '' : ','}\n${JSON.stringify(json)}`);
      else writeJsonLine(json, term.out);
      first = false;
    }
    if (flags.format === 'json') term.out(first ? ']\n' : '\n]\n');
    return EXIT.OK;
  });
}
