/** Characters gathered before one write to stdout: few system calls, and no string of a whole article. */
const FLUSH_CHARS = 1 << 16;
/** Levels split into pieces: the article's fields, and the items of its sentences, entities and quotes. */
const SPLIT_DEPTH = 2;

/**
 * Writes `JSON.stringify(value)` plus a newline, in pieces (#13): an object's fields and an
 * array's items one at a time down to SPLIT_DEPTH, so the JSON of a 5 MB article is never held
 * as one string (and one buffer) on top of the article. The text is the same as JSON.stringify's
 * for plain data (no toJSON, undefined fields left out).
 */
export function writeJsonLine(value: unknown, out: (text: string) => void): void {
  const pieces: string[] = [];
  let size = 0;
  const push = (text: string): void => {
    pieces.push(text);
    size += text.length;
    if (size >= FLUSH_CHARS) {
      out(pieces.join(''));
      pieces.length = 0;
      size = 0;
    }
  };
  const write = (v: unknown, depth: number): void => {
    if (depth === 0 || v === null || typeof v !== 'object') {
      push(JSON.stringify(v) ?? 'null');
      return;
    }
    if (Array.isArray(v)) {
      push('[');
      v.forEach((item, i) => {
        if (i > 0) push(',');
        write(item === undefined ? null : item, depth - 1);
      });
      push(']');
      return;
    }
    push('{');
    let first = true;
    for (const [key, field] of Object.entries(v)) {
      if (field === undefined) continue;
      push(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      write(field, depth - 1);
    }
    push('}');
  };
  write(value, SPLIT_DEPTH);
  push('\n');
  if (size > 0) out(pieces.join(''));
}
