import { CorpusError } from '../errors.js';
import type { DB } from './open.js';

/** Every table of the corpus, each after those it refers to. */
const TABLES = ['articles', 'files', 'sentences', 'entities', 'aliases', 'corpus_settings', 'mentions', 'quotes', 'story_signatures', 'story_bands'];

/** Rows sent to the target at a time. */
const CHUNK_ROWS = 2000;

/**
 * Copies a whole corpus (`corpus migrate`), ids and all, into an empty corpus database of the
 * same schema, in one transaction of the target: it holds the copy entirely or not at all.
 * Returns the rows copied per table.
 */
export function copyCorpus(from: DB, to: DB): Record<string, number> {
  const held = (to.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  if (held > 0) throw new CorpusError('USAGE', `the target already holds a corpus (${held} articles): copy into an empty database`);
  return to.transaction(() => {
    const copied: Record<string, number> = {};
    for (const table of TABLES) {
      let columns: string[] | undefined;
      let chunk: unknown[][] = [];
      let count = 0;
      const flush = (): void => {
        if (columns && chunk.length > 0) to.dialect.insertRows(to, table, columns, chunk);
        chunk = [];
      };
      for (const row of from.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<Record<string, unknown>>) {
        columns ??= Object.keys(row);
        chunk.push(Object.values(row));
        count += 1;
        if (chunk.length >= CHUNK_ROWS) flush();
      }
      flush();
      copied[table] = count;
    }
    to.dialect.afterCopy(to, TABLES);
    return copied;
  }).immediate();
}
