/** Output formats shared by the commands that print rows. */
export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export type Row = Record<string, unknown>;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Shortens to `width` characters with an ellipsis, on one line. */
function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

export interface TableColumn {
  key: string;
  header: string;
  /** Takes the room left on the line (one column per table). */
  flexible?: boolean;
  /** Widest the column may get, so one long value does not push the flexible column off screen. */
  max?: number;
}

/** Narrowest a flexible column may get on a narrow terminal. */
const MIN_FLEX_WIDTH = 20;
const DEFAULT_TERMINAL_WIDTH = 120;

function table(rows: readonly Row[], columns: readonly TableColumn[], width: number): string {
  const cell = (row: Row, key: string): string => {
    const v = row[key];
    return v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ');
  };
  const widths = columns.map((c) =>
    Math.min(c.max ?? Infinity, Math.max(c.header.length, ...rows.map((r) => cell(r, c.key).length))),
  );
  const fixed = columns.reduce((sum, c, i) => (c.flexible ? sum : sum + (widths[i] ?? 0) + 2), 0);
  columns.forEach((c, i) => {
    if (c.flexible) widths[i] = Math.max(MIN_FLEX_WIDTH, Math.min(widths[i] ?? 0, width - fixed));
  });
  const line = (values: string[]): string => values.map((v, i) => fit(v, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map((r) => line(columns.map((c) => cell(r, c.key))))].join('\n') + '\n';
}

/** Renders rows in a format; `table` needs the columns to show and the terminal width. */
export function render(rows: readonly Row[], format: Format, columns: readonly TableColumn[], width = DEFAULT_TERMINAL_WIDTH): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'ndjson':
      return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv': {
      const keys = Object.keys(rows[0] ?? {});
      return [keys.join(','), ...rows.map((r) => keys.map((k) => csvCell(r[k])).join(','))].join('\r\n') + '\r\n';
    }
    case 'table':
      return table(rows, columns, width);
  }
}
