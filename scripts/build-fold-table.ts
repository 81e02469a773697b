/**
 * Builds src/store/data/fold-table.ts, the characters PostgreSQL folds in name searches so they
 * match as SQLite's `unicode61 remove_diacritics 2` tokenizer matches them. The source is that
 * tokenizer itself (the SQLite inside better-sqlite3): every code point of the Basic Multilingual
 * Plane is tokenized between two letters with diacritics removed and kept, and each one whose
 * token differs becomes a pair (the letter it folds to, or nothing when it is dropped).
 *
 *   npx vite-node scripts/build-fold-table.ts
 *
 * The table is frozen once a migration uses it: PostgreSQL indexes built over one table do not
 * follow another. A new table needs a new migration.
 */
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const db = new Database(':memory:');
const tokens = (tokenizer: string): Map<number, string> => {
  db.exec(`DROP TABLE IF EXISTS t; DROP TABLE IF EXISTS v;
    CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = '${tokenizer}');
    CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance');`);
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  db.transaction(() => {
    for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) insert.run(cp, `a${String.fromCodePoint(cp)}b`);
  })();
  const rows = db.prepare("SELECT doc, group_concat(term, ' ') AS terms FROM (SELECT doc, term FROM v ORDER BY doc, offset) GROUP BY doc").all() as { doc: number; terms: string }[];
  return new Map(rows.map((r) => [r.doc, r.terms]));
};
const kept = tokens('unicode61 remove_diacritics 0');
const folded = tokens('unicode61 remove_diacritics 2');

const from: string[] = [];
const to: string[] = [];
const dropped: string[] = [];
for (const [cp, terms] of folded) {
  if (kept.get(cp) === terms) continue;
  const middle = /^a(.?)b$/u.exec(terms);
  if (!middle) throw new Error(`U+${cp.toString(16)} folds to "${terms}", not one letter or none`);
  if (middle[1]) {
    from.push(String.fromCodePoint(cp));
    to.push(middle[1]);
  } else dropped.push(String.fromCodePoint(cp));
}

const escape = (chars: string[]): string => chars.map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('');
writeFileSync('src/store/data/fold-table.ts', `/**
 * The letters SQLite's \`unicode61 remove_diacritics 2\` tokenizer folds (${from.length}, each to the
 * letter at the same place in FOLD_TO) and the marks it drops (${dropped.length}). Generated from that
 * tokenizer by scripts/build-fold-table.ts; frozen, since PostgreSQL's migration 6 indexes with it.
 */
export const FOLD_FROM = '${escape(from)}';
export const FOLD_TO = '${escape(to)}';
export const FOLD_DROP = '${escape(dropped)}';
`);
console.log(`${from.length} letters folded, ${dropped.length} marks dropped`);
