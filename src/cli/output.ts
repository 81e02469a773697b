/** Output formats shared by the commands that print rows. */
export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export type Row = Record<string, unknown>;

/**
 * Marks around words a table cell emphasises (a mixed quote's verbatim words): private-use
 * characters, so they survive flattening and fitting, then turned into `Emphasis` or dropped.
 */
export const EMPHASIS_OPEN = '\uE000';
export const EMPHASIS_CLOSE = '\uE001';
const EMPHASIS_MARKS = /[\uE000\uE001]/g;

/** How a table shows emphasised words: terminal codes around them, or nothing without colour. */
export interface Emphasis {
  open: string;
  close: string;
}
const PLAIN: Emphasis = { open: '', close: '' };

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Shortens to `width` characters with an ellipsis, on one line. */
function fit(text: string, width: number, emphasis: Emphasis): string {
  const flat = text.replace(/\s+/g, ' ');
  if (!flat.includes(EMPHASIS_OPEN)) return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, Math.max(0, width - 1))}…`;
  // Fit the visible characters, then put the emphasis back: an emphasis cut off by the ellipsis is closed before it.
  let out = '';
  let visible = 0;
  let open = false;
  const room = visibleLength(flat) <= width ? width : width - 1;
  for (const ch of flat) {
    if (ch === EMPHASIS_OPEN || ch === EMPHASIS_CLOSE) {
      open = ch === EMPHASIS_OPEN;
      out += open ? emphasis.open : emphasis.close;
      continue;
    }
    if (visible === room) break;
    out += ch;
    visible++;
  }
  if (open) out += emphasis.close;
  return room === width ? out + ' '.repeat(width - visible) : `${out}…`;
}

function visibleLength(text: string): number {
  return text.replace(EMPHASIS_MARKS, '').length;
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

function table(rows: readonly Row[], columns: readonly TableColumn[], width: number, emphasis: Emphasis): string {
  const cell = (row: Row, key: string): string => {
    const v = row[key];
    return v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ');
  };
  const widths = columns.map((c) =>
    Math.min(c.max ?? Infinity, Math.max(c.header.length, ...rows.map((r) => visibleLength(cell(r, c.key))))),
  );
  const fixed = columns.reduce((sum, c, i) => (c.flexible ? sum : sum + (widths[i] ?? 0) + 2), 0);
  columns.forEach((c, i) => {
    if (c.flexible) widths[i] = Math.max(MIN_FLEX_WIDTH, Math.min(widths[i] ?? 0, width - fixed));
  });
  const line = (values: string[]): string => values.map((v, i) => fit(v, widths[i] ?? 0, emphasis)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map((r) => line(columns.map((c) => cell(r, c.key))))].join('\n') + '\n';
}

/** Renders rows in a format; `table` needs the columns to show, the terminal width and how to show emphasis. */
export function render(rows: readonly Row[], format: Format, columns: readonly TableColumn[], width = DEFAULT_TERMINAL_WIDTH, emphasis = PLAIN): string {
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
      return table(rows, columns, width, emphasis);
  }
}
