import type { TextField } from '../model.js';
import { CREDIT_NAMES } from '../lexicons/agencies.js';
import { isName, splitNames } from './names.js';

const BYLINE = /^by\s+(.+)$/i;
/** An agency or outlet after the names: "By Jane Doe | Reuters", "By Jane Doe, AP". */
const OUTLET_SEPARATOR = /\s*[|•·]\s*/;

export type Byline = TextField & { people: string[] };

/** A byline line ("By Jane Doe and John Roe in Kyiv") with its people, or undefined. */
export function parseByline(value: string, offset: number): Byline | undefined {
  const match = BYLINE.exec(value);
  if (match === null) return undefined;
  const [names = ''] = (match[1] ?? '').split(OUTLET_SEPARATOR);
  const parts = splitNames(names);
  if (parts.length === 0 || !parts.every(isName)) return undefined;
  const people = parts.filter((name) => !CREDIT_NAMES.has(name.toLowerCase()));
  return { start: offset, end: offset + value.length, value, people };
}
