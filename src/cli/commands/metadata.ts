import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

export interface MetadataFlags {
  db: string;
}

/** docs/schema.md, shipped with the package: the one place the tables are described. */
const SCHEMA_DOC = fileURLToPath(new URL('../../../docs/schema.md', import.meta.url));

/** What to facet on in Datasette: speakers, quote kinds, sources. */
const FACETS: Readonly<Record<string, string[]>> = {
  quote_view: ['speaker', 'kind'],
  quotes: ['kind', 'speaker_name'],
  articles: ['source', 'date_source', 'format'],
  entities: ['type'],
  entity_view: ['type'],
};

/** The column Datasette shows for a row another table points at. */
const LABELS: Readonly<Record<string, string>> = { articles: 'title', entities: 'name' };

interface TableDoc {
  description: string;
  columns: Record<string, string>;
}

/** Splits on commas outside brackets. */
function topLevelItems(cell: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      items.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') items.push(current.trim());
  return items;
}

const plain = (text: string): string => text.replace(/`/g, '').trim();

/** "`name` (what it holds)", "`a`/`b` (…)", "`a` and `b` (…)", "`x_id` → `table`" → column descriptions. */
function columnDocs(cell: string): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const item of topLevelItems(cell)) {
    const names = /^`(\w+)`((?:(?:\/| and )`\w+`)*)/.exec(item);
    if (!names) continue;
    const rest = item.slice(names[0].length).trim();
    const description = rest.startsWith('(') && rest.endsWith(')') ? plain(rest.slice(1, -1)) : rest.startsWith('→') ? `id in ${plain(rest.slice(1))}` : plain(rest);
    if (description === '') continue;
    for (const name of [names[1] as string, ...[...(names[2] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] as string)]) columns[name] = description;
  }
  return columns;
}

/** Table rows (`| \`t\` | one row per | columns |`) and view paragraphs (`\`v\` — what it is:`). */
export function schemaDocs(markdown: string): Record<string, TableDoc> {
  const docs: Record<string, TableDoc> = {};
  for (const line of markdown.split('\n')) {
    const row = /^\| `(\w+)` \| (.+?) \| (.+) \|$/.exec(line);
    if (row) docs[row[1] as string] = { description: `One row per ${plain(row[2] as string)}.`, columns: columnDocs(row[3] as string) };
    const view = /^`(\w+_view)` — (.+?):?$/.exec(line);
    if (view) docs[view[1] as string] = { description: `${plain(view[2] as string)}.`.replace(/:\.$/, '.'), columns: {} };
  }
  return docs;
}

/** `corpus metadata`: Datasette metadata for the database, so `datasette corpus.db -m metadata.json` is browsable. */
export function run(flags: MetadataFlags, term: Terminal): number {
  const docs = schemaDocs(readFileSync(SCHEMA_DOC, 'utf8'));
  const tables: Record<string, unknown> = {};
  for (const [name, doc] of Object.entries(docs)) {
    tables[name] = {
      description: doc.description,
      ...(Object.keys(doc.columns).length > 0 ? { columns: doc.columns } : {}),
      ...(FACETS[name] ? { facets: FACETS[name] } : {}),
      ...(LABELS[name] ? { label_column: LABELS[name] } : {}),
    };
  }
  const metadata = {
    title: 'corpus',
    description: 'News articles as sentences, named entities and attributed quotes (made by corpus ingest).',
    databases: { [basename(flags.db, extname(flags.db))]: { tables } },
  };
  term.out(`${JSON.stringify(metadata, null, 2)}\n`);
  return EXIT.OK;
}
