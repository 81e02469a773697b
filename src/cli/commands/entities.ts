import type { EntityType } from '../../model.js';
import { addAlias, findEntity, mergeEntities, renameEntity, splitAlias } from '../../store/editor.js';
import { withDatabase } from '../../store/open.js';
import { EXIT } from '../exit-codes.js';
import { render, type Format, type TableColumn } from '../output.js';
import type { Terminal } from '../terminal.js';

export interface ListFlags {
  db: string;
  type?: EntityType;
  name?: string;
  limit?: number;
  format?: Format;
}

const COLUMNS: readonly TableColumn[] = [
  { key: 'id', header: 'ID' },
  { key: 'type', header: 'TYPE' },
  { key: 'name', header: 'NAME', max: 32 },
  { key: 'articles', header: 'ARTICLES' },
  { key: 'mentions', header: 'MENTIONS' },
  { key: 'quotes', header: 'QUOTES' },
  { key: 'aliases', header: 'ALIASES', flexible: true },
];

/** Canonical entities with aliases and counts, most widely mentioned first. */
export function list(flags: ListFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    const where = ['mentions > 0'];
    const params: unknown[] = [];
    if (flags.type !== undefined) {
      where.push('type = ?');
      params.push(flags.type);
    }
    if (flags.name !== undefined) {
      where.push(`(name ${db.dialect.like} ? OR aliases ${db.dialect.like} ?)`);
      params.push(`%${flags.name}%`, `%${flags.name}%`);
    }
    if (flags.limit !== undefined) params.push(flags.limit);
    const rows = db
      .prepare(`SELECT * FROM entity_view WHERE ${where.join(' AND ')} ORDER BY articles DESC, mentions DESC, name ${flags.limit !== undefined ? 'LIMIT ?' : ''}`)
      .all(...params) as Record<string, unknown>[];
    const format = flags.format ?? (term.stdoutIsTTY ? 'table' : 'ndjson');
    if (rows.length > 0 || format === 'json') term.out(render(rows, format, COLUMNS, process.stdout.columns));
    return rows.length > 0 ? EXIT.OK : EXIT.NO_RESULTS;
  });
}

/** Runs one identity correction and says what it did on stderr. */
export function edit(action: 'merge' | 'rename' | 'alias' | 'split', ref: string, value: string, db: string, term: Terminal): number {
  return withDatabase(db, {}, (conn) => {
    const entity = findEntity(conn, ref);
    switch (action) {
      case 'merge': {
        const other = findEntity(conn, value);
        mergeEntities(conn, entity, other);
        term.say(`corpus: merged ${other.name} (${other.id}) into ${entity.name} (${entity.id})`);
        break;
      }
      case 'rename':
        renameEntity(conn, entity, value);
        term.say(`corpus: renamed ${entity.name} (${entity.id}) to ${value}`);
        break;
      case 'alias':
        addAlias(conn, entity, value);
        term.say(`corpus: ${value} is now an alias of ${entity.name} (${entity.id})`);
        break;
      case 'split': {
        const created = splitAlias(conn, entity, value);
        term.say(`corpus: split ${value} off ${entity.name} (${entity.id}) as entity ${created.id}`);
        break;
      }
    }
    return EXIT.OK;
  });
}
