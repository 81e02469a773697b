import { copyCorpus } from '../../store/copy.js';
import { databaseName, withDatabase } from '../../store/open.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

export interface MigrateFlags {
  from: string;
  to: string;
}

/** `corpus migrate`: copies a corpus into an empty database, e.g. a SQLite file into PostgreSQL. */
export function run(flags: MigrateFlags, term: Terminal): number {
  return withDatabase(flags.from, { readonly: true }, (from) =>
    withDatabase(flags.to, {}, (to) => {
      const copied = copyCorpus(from, to);
      term.say(`corpus: copied ${copied['articles'] ?? 0} articles (${copied['quotes'] ?? 0} quotes, ${copied['entities'] ?? 0} entities) from ${databaseName(flags.from)} to ${databaseName(flags.to)}`);
      return EXIT.OK;
    }),
  );
}
