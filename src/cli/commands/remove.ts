import { withDatabase } from '../../store/open.js';
import { removeStored } from '../../store/prune.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

export interface RemoveFlags {
  db: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Deletes what each ref names; a ref that names nothing stored is an error line (exit 3), the others still go. */
export function run(refs: readonly string[], flags: RemoveFlags, term: Terminal): number {
  return withDatabase(flags.db, {}, (db) => {
    let files = 0;
    let articles = 0;
    let unknown = 0;
    for (const ref of refs) {
      const removed = removeStored(db, ref);
      if (!removed) {
        unknown += 1;
        term.say(`${term.paint.red('corpus: error:')} ${ref}: no stored article id, file or folder of that name`);
        continue;
      }
      files += removed.files;
      articles += removed.articles;
    }
    term.say(`corpus: removed ${plural(articles, 'article')} (${plural(files, 'file path')} forgotten)`);
    return unknown > 0 ? EXIT.PARTIAL : EXIT.OK;
  });
}
