import type { Credit, Dateline, Span, Structure, TextField } from '../model.js';

/** A first line up to this long, with no terminal punctuation, reads as a headline. */
const MAX_HEADLINE_CHARS = 200;

const TERMINAL_PUNCTUATION = /[.!?:;"”’»]\s*$/;
const DATELINE = /^(?:([A-Z][A-Z .'-]+),\s*([A-Z][a-z]{2,8}\.? \d{1,2})\s*)?\((Reuters|AP|AFP|Bloomberg|UNN|TASS)\)\s*[-–—]\s*/;
const CREDIT = /^\((Reporting|Writing|Editing|Additional reporting)\s+by\s+([^)]*)\)\s*$/i;

interface Line extends Span {
  value: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    const lead = part.length - part.trimStart().length;
    const value = part.trim();
    if (value !== '') out.push({ start: start + lead, end: start + lead + value.length, value });
    start = end + 1;
  }
  return out;
}

function parseCredits(line: Line): Credit[] {
  const match = CREDIT.exec(line.value);
  if (!match) return [];
  return line.value
    .slice(1, -1)
    .split(';')
    .map((part) => /^\s*(.+?)\s+by\s+(.+?)\s*$/i.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      start: line.start,
      end: line.end,
      role: (m[1] ?? '').toLowerCase(),
      names: (m[2] ?? '').split(/\s*(?:,|\band\b)\s*/).filter(Boolean),
    }));
}

/**
 * First form of wire-story structure: a headline line, an agency dateline, credit lines,
 * and one paragraph per remaining non-empty line.
 */
export function parseStructure(text: string): Structure {
  const all = lines(text);
  const structure: Structure = { credits: [], labels: [], related: [], paragraphs: [] };
  let body = all;
  const first = all[0];
  if (first && all.length > 1 && first.value.length <= MAX_HEADLINE_CHARS && !TERMINAL_PUNCTUATION.test(first.value)) {
    structure.headline = { start: first.start, end: first.end, value: first.value } satisfies TextField;
    body = all.slice(1);
  }
  for (const line of body) {
    const credits = parseCredits(line);
    if (credits.length > 0) {
      structure.credits.push(...credits);
      continue;
    }
    let start = line.start;
    if (structure.paragraphs.length === 0 && !structure.dateline) {
      const match = DATELINE.exec(line.value);
      if (match) {
        const dateline: Dateline = { start: line.start, end: line.start + match[0].trimEnd().length, agency: match[3] };
        if (match[1]) dateline.place = match[1].trim();
        if (match[2]) dateline.date = match[2];
        structure.dateline = dateline;
        start = line.start + match[0].length;
      }
    }
    structure.paragraphs.push({ start, end: line.end });
  }
  return structure;
}
