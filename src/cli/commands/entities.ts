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

export interface ShowFlags {
  db: string;
  format?: Format;
}

const ALIAS_COLUMNS: readonly TableColumn[] = [
  { key: 'alias', header: 'NAME', max: 40 },
  { key: 'rule', header: 'RULE' },
  { key: 'mentions', header: 'MENTIONS' },
  { key: 'articles', header: 'ARTICLES' },
  { key: 'mention_rules', header: 'MENTIONS BY RULE', flexible: true },
];

/**
 * One entity's names, each with the rule that filed it there (`aliases.rule`: why this name is
 * this entity), the mentions written that way and the recognizer's rules on them; its own name
 * first, then by mentions.
 */
export function show(ref: string, flags: ShowFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    const entity = findEntity(db, ref);
    const aliases = db
      .prepare(
        `SELECT al.alias, coalesce(al.rule, '') AS rule, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles
           FROM aliases al LEFT JOIN mentions m ON m.entity_id = al.entity_id AND m.surface = al.alias
          WHERE al.entity_id = ?
          GROUP BY al.id, al.alias, al.rule
          ORDER BY al.alias = ? DESC, mentions DESC, al.alias`,
      )
      .all(entity.id, entity.name) as Record<string, unknown>[];
    /** For a name linked in articles, the recognizer's rules on its mentions say how ("surname", "known-name"). */
    const linked = new Map<string, string[]>();
    const ruleCounts = db
      .prepare(`SELECT surface, coalesce(rule, '') AS rule, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY surface, rule ORDER BY n DESC, rule`)
      .all(entity.id) as { surface: string; rule: string; n: number }[];
    for (const r of ruleCounts) linked.set(r.surface, [...(linked.get(r.surface) ?? []), `${r.rule} ${r.n}`]);
    for (const a of aliases) a['mention_rules'] = (linked.get(String(a['alias'])) ?? []).join(', ');
    const format = flags.format ?? (term.stdoutIsTTY ? 'table' : 'ndjson');
    if (format === 'json') term.out(render([{ ...entity, aliases }], format, ALIAS_COLUMNS, process.stdout.columns));
    else {
      if (format === 'table') term.say(`${entity.name} (${entity.type}, id ${entity.id})`);
      term.out(render(format === 'table' ? aliases : aliases.map((a) => ({ entity_id: entity.id, ...a })), format, ALIAS_COLUMNS, process.stdout.columns));
    }
    return EXIT.OK;
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
