/**
 * better-sqlite3's parameters (`?` in order, `@name` from an object) as PostgreSQL's `$1`, `$2`…
 * String literals, quoted names and comments are left as they are; `::` casts are not names.
 */
export interface Translated {
  sql: string;
  /** For `@name` parameters: the name of each `$n`, in order; empty for `?`. */
  names: string[];
}

const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\?|@([A-Za-z_][A-Za-z0-9_]*)/g;

export function translatePlaceholders(sql: string): Translated {
  const names: string[] = [];
  let positional = 0;
  const out = sql.replace(TOKEN, (token: string, name: string | undefined) => {
    if (token === '?') return `$${++positional}`;
    if (name === undefined) return token;
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  if (positional > 0 && names.length > 0) throw new Error('a statement mixes ? and @name parameters');
  return { sql: out, names };
}

/** The values for `$1`, `$2`… from the arguments a statement was called with. */
export function bindValues(translated: Translated, params: readonly unknown[]): unknown[] {
  if (translated.names.length === 0) return params.map((v) => v ?? null);
  const named = (params[0] ?? {}) as Record<string, unknown>;
  return translated.names.map((name) => {
    if (!(name in named)) throw new Error(`missing named parameter '${name}'`);
    return named[name] ?? null;
  });
}
