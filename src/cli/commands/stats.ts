import { withDatabase } from '../../store/open.js';
import { stats } from '../../store/stats.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

export interface StatsFlags {
  db: string;
  format: 'table' | 'json';
}

export function run(flags: StatsFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    const s = stats(db);
    if (flags.format === 'json') {
      term.out(`${JSON.stringify(s, null, 2)}\n`);
      return EXIT.OK;
    }
    const quotes = Object.entries(s.quotes).map(([kind, n]) => `${kind} ${n}`).join(', ') || '0';
    const lines = [
      `articles   ${s.articles}`,
      `files      ${s.files}`,
      `sentences  ${s.sentences}`,
      `entities   ${s.entities} (${s.mentions} mentions)`,
      `quotes     ${quotes}`,
      'top speakers:',
      ...s.top_speakers.map((t) => `  ${String(t.quotes).padStart(5)}  ${t.speaker}`),
    ];
    term.out(`${lines.join('\n')}\n`);
    return EXIT.OK;
  });
}
