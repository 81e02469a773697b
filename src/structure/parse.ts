import type { Span, Structure } from '../model.js';
import { parseByline } from './byline.js';
import { parseCredits } from './credits.js';
import { parseDateline } from './dateline.js';
import { headlineField, isHeadlineLike, isRelatedHeadline } from './headline.js';
import { isLabel, labelPrefix } from './labels.js';
import { SECTION_LABELS } from './lexicons/labels.js';
import { units, type Unit } from './lines.js';

/** Lines without a letter or digit ("___", "* * *") are separators, not prose. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Front matter (headline, standfirst, byline) is looked for in this many first paragraphs. */
const MAX_FRONT_UNITS = 4;

/**
 * Reads the structure of plain-text wire copy. Nothing is rewritten: every field is a span of
 * `text`. Steps, in order:
 *   1. paragraphs: lines between blank lines; hard-wrapped blocks join into one (`units`);
 *   2. headline: a first line that reads as a headline, with an outlet tag split off;
 *   3. front matter: a byline ("By …") and a standfirst (an unpunctuated line after the
 *      headline, or any line between the headline and a dateline);
 *   4. dateline at the start of the first body paragraph, cut off the paragraph;
 *   5. each further paragraph, separators ("___") aside: credits (bracketed, or a bare "Editing by …" line, also at a
 *      paragraph's end), section labels ("Details", "Read more: …"), related-story headlines
 *      (a lone headline-like line: several in a row are list items, which stay prose), and
 *      otherwise body prose.
 */
export function parseStructure(text: string, options: StructureOptions = {}): Structure {
  const structure: Structure = { credits: [], labels: [], related: [], paragraphs: [] };
  const all = units(text);
  const first = readFront(all, structure, options.headline ?? true);
  const unpunctuated = all.map(
    (unit) => unit.lines === 1 && isRelatedHeadline(unit.value) && labelPrefix(unit.value, unit.start) === undefined,
  );
  for (let i = first; i < all.length; i++) {
    const inList = unpunctuated[i - 1] === true || unpunctuated[i + 1] === true;
    const unit = all[i] as Unit;
    if (i < MAX_FRONT_UNITS && readDatelineLine(unit, structure)) continue;
    readBody(unit, unpunctuated[i] === true && !inList, structure);
  }
  return structure;
}

export interface StructureOptions {
  /** Look for a headline on the first line (off for HTML pages, whose title comes from the page). */
  headline?: boolean;
}

/** Steps 2 and 3; returns the index of the first body paragraph. */
function readFront(all: readonly Unit[], structure: Structure, headline: boolean): number {
  let i = 0;
  const first = all[0];
  const isFirstHeadline =
    headline && first !== undefined && all.length > 1 && first.lines === 1 && isHeadlineLike(first.value) &&
    !SECTION_LABELS.has(first.value.toLowerCase()) && !startsBody(first);
  if (isFirstHeadline) {
    structure.headline = headlineField(first.value, first.start);
    i = 1;
  }
  for (; i < Math.min(all.length - 1, MAX_FRONT_UNITS); i++) {
    const unit = all[i] as Unit;
    const byline = structure.byline === undefined ? parseByline(unit.value, unit.start) : undefined;
    if (byline !== undefined) {
      structure.byline = byline;
    } else if (structure.headline !== undefined && structure.standfirst === undefined && isStandfirst(all, i)) {
      structure.standfirst = { start: unit.start, end: unit.end, value: unit.value };
    } else {
      break;
    }
  }
  return i;
}

function startsBody(unit: Unit): boolean {
  return parseDateline(unit.value, unit.start) !== undefined || parseByline(unit.value, unit.start) !== undefined;
}

/** A summary line under the headline: unpunctuated before the body, or the last line before a dateline. */
function isStandfirst(all: readonly Unit[], i: number): boolean {
  const unit = all[i] as Unit;
  if (startsBody(unit) || isLabel(unit.value)) return false;
  if (isHeadlineLike(unit.value)) return true;
  const after = all[i + 1];
  return after !== undefined && parseDateline(after.value, after.start) !== undefined;
}

/**
 * Step 4 for a dateline that is a line of its own near the top ("OTTAWA 1996-08-30" under a
 * headline the parser did not take for one): it is the dateline, not a label.
 */
function readDatelineLine(unit: Unit, structure: Structure): boolean {
  if (structure.dateline !== undefined || unit.lines !== 1) return false;
  const dateline = parseDateline(unit.value, unit.start);
  if (dateline === undefined || dateline.end !== unit.end) return false;
  structure.dateline = dateline;
  return true;
}

/** Steps 4 and 5 for one paragraph; `related` when it is a lone headline-like line. */
function readBody(unit: Unit, related: boolean, structure: Structure): void {
  if (!HAS_WORD.test(unit.value)) return;
  const credits = parseCredits(unit.value, unit.start);
  if (credits !== undefined) {
    structure.credits.push(...credits.credits);
    if (credits.index > 0) addProse({ start: unit.start, end: unit.start + credits.index }, unit, structure);
    return;
  }
  // A byline opens the story or, in AP copy, closes it on a line of its own.
  if (structure.byline === undefined && (structure.paragraphs.length === 0 || unit.lines === 1)) {
    const byline = parseByline(unit.value, unit.start);
    if (byline !== undefined) {
      structure.byline = byline;
      return;
    }
  }
  const prefix = labelPrefix(unit.value, unit.start);
  if (prefix !== undefined) {
    structure.labels.push(prefix.label);
    const rest = unit.value.slice(prefix.rest);
    const start = unit.start + prefix.rest;
    if (isRelatedHeadline(rest)) structure.related.push(headlineField(rest, start));
    else addProse({ start, end: unit.end }, unit, structure);
    return;
  }
  if (unit.lines === 1 && isLabel(unit.value)) {
    structure.labels.push({ start: unit.start, end: unit.end, value: unit.value });
  } else if (related && structure.paragraphs.length > 0) {
    structure.related.push(headlineField(unit.value, unit.start));
  } else {
    addProse(unit, unit, structure);
  }
}

/** Adds body prose, cutting a dateline off the first paragraph (step 4). */
function addProse(span: Span, unit: Unit, structure: Structure): void {
  let start = span.start;
  if (structure.paragraphs.length === 0 && structure.dateline === undefined && span.start === unit.start) {
    const dateline = parseDateline(unit.value, unit.start);
    if (dateline !== undefined) {
      structure.dateline = dateline;
      start = dateline.end;
    }
  }
  const value = unit.value.slice(start - unit.start, span.end - unit.start);
  const lead = value.length - value.trimStart().length;
  const trimmed = value.trim();
  if (trimmed !== '') structure.paragraphs.push({ start: start + lead, end: start + lead + trimmed.length });
}
