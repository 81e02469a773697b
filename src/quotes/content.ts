import type { Quote, Span } from '../model.js';
import type { Cue } from './cues.js';
import { clauseBreakAfter, contentStart, reportEnd, wordsOutsideQuotes, type Clause } from './indirect.js';
import { quoteRule } from './rules.js';
import { tokenIndexAt, type Token } from './tokens.js';

/**
 * The content of mixed quotes (#10): a reported clause with quoted words inside is one quote
 * whose span is the clause and whose `fragments` are the quoted words; a fragment whose cue has
 * no clause takes the words from its cue to the end of its report.
 */

/** Fewest words of the reporter's own around a whole quote for its clause to be one mixed quote (`that “…” against what …`). */
const MIN_REPORTER_WORDS = 2;
/** Farthest a fragment's report runs on after its closing mark, in tokens (a long sentence goes on to other things). */
const MAX_TAIL_TOKENS = 40;

/** Most words of a quoted label: a fragment this short with no report around it is nobody's statement. */
const MAX_LABEL_WORDS = 2;
const WORD = /[\p{L}\p{N}]+/gu;

/** What the content passes read and change of the frame loop's state. */
export interface ContentContext {
  text: string;
  tokens: readonly Token[];
  /** Quotes folded into the mixed quote that holds them; the extractor drops them at the end. */
  merged: Set<Quote>;
  /** The cue that attributed each quote. */
  cueOf: ReadonlyMap<Quote, Cue>;
}

/**
 * Whether a reported clause holding quotes is one mixed quote: none of them is part of a split
 * quote, all lie inside it, and they are fragments, or words of the reporter's own stand around them.
 */
export function isReportAround(tokens: readonly Token[], clause: Clause, span: Span, inside: readonly Quote[]): boolean {
  if (inside.some((quote) => quote.group !== undefined || quote.start < span.start || quote.end > span.end)) return false;
  // "“…,” California Rep. Hunter's chief of staff, Joe Kasper, said": words before a trailing attribution describe its speaker.
  return inside.every((quote) => quote.kind === 'mixed') || (clause.pattern !== 'trailing' && wordsOutsideQuotes(tokens, clause) >= MIN_REPORTER_WORDS);
}

/**
 * `He said the plan “will fail” next year`: the reported clause is the content, and the quoted
 * words inside it its verbatim fragments. The fragments' own quotes are folded into it (added
 * to `merged`); `make` gives the new quote its speaker, cue and rule.
 */
export function reportedContent(span: Span, inside: readonly Quote[], merged: Set<Quote>, make: (content: Span) => Quote): Quote {
  let start = span.start;
  let end = span.end;
  const fragments: Span[] = [];
  for (const quote of inside) {
    merged.add(quote);
    if (quote.start < start) start = quote.start;
    if (quote.end > end) end = quote.end;
    fragments.push(...(quote.fragments ?? [{ start: quote.start, end: quote.end }]));
  }
  const quote = make({ start, end });
  quote.fragments = fragments.sort((a, b) => a.start - b.start);
  return quote;
}

/**
 * Fragments whose cue has no reported clause (`described the talks as “useful”`, `calling it
 * “a trap” for the region`): the content runs from the cue to the end of the words they belong
 * to; fragments of one cue that fall in one such stretch are one quote. The frame's reported
 * clauses are `quotes` from `reportedFrom` on; `end` is the frame's end token.
 */
export function widenFragments(ctx: ContentContext, inFrame: readonly Quote[], quotes: readonly Quote[], reportedFrom: number, cues: readonly Cue[], end: number): void {
  const { tokens, merged, cueOf } = ctx;
  let last: Quote | null = null;
  for (const quote of inFrame) {
    if (quote.kind !== 'mixed' || merged.has(quote) || quote.fragments) continue;
    const fragment = { start: quote.start, end: quote.end };
    const cue = cueOf.get(quote);
    if (last && cue && cueOf.get(last) === cue && fragment.start < last.end) {
      last.fragments!.push(fragment);
      last.end = Math.max(last.end, fragment.end);
      merged.add(quote);
      continue;
    }
    const from = cue ? contentStart(tokens, cue) : null;
    if (!cue || from === null || tokens[from]!.start > fragment.start) {
      // `played the “outsider card”`: a word or two with no reported words of the speaker's around them is a label
      // (one that a source cue attributes, `was “overdone” in the view of X`, is the source's verdict).
      if (cue?.kind !== 'source' && wordCount(ctx.text, fragment) <= MAX_LABEL_WORDS) asLabel(quote);
      else quote.fragments = [fragment];
      last = null;
      continue;
    }
    quote.fragments = [fragment];
    last = quote;
    // The words after the closing mark belong to the report as far as a reported clause would run.
    const close = Math.min(tokenIndexAt(tokens, fragment.end), end - 1);
    const limit = clauseBreakAfter(tokens, close, nextCueAfter(cues, close + 1, Math.min(end, close + MAX_TAIL_TOKENS)));
    quote.start = tokens[from]!.start;
    quote.end = Math.max(reportEnd(tokens, close, limit) ?? tokens[close]!.end, fragment.end);
    // "X says it wants …, including the “…” of …": the cue's clause, cut before the fragment, is the same report.
    const clause = clauseOfCue(quotes, reportedFrom, (other) => other.kind === 'indirect' && !merged.has(other) && cueOf.get(other) === cue && other.end <= fragment.start);
    if (clause) {
      merged.add(clause);
      quote.start = Math.min(quote.start, clause.start);
    }
  }
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).match(WORD)?.length ?? 0;
}

/** Makes a fragment a term: no speaker, no cue. */
function asLabel(quote: Quote): void {
  quote.kind = 'term';
  quote.speaker = null;
  quote.cue = null;
  delete quote.cueSpan;
  quote.rule = quoteRule('term', 'label');
}

function clauseOfCue(quotes: readonly Quote[], from: number, fits: (quote: Quote) => boolean): Quote | undefined {
  for (let k = from; k < quotes.length; k++) if (fits(quotes[k]!)) return quotes[k];
  return undefined;
}

/** Where the next cue's words (its speaker phrase first, when before it) start after token `from`, else `to`. */
function nextCueAfter(cues: readonly Cue[], from: number, to: number): number {
  for (const cue of cues) {
    const first = cue.position === 'before' && cue.phrase ? Math.min(cue.phrase.first, cue.first) : cue.first;
    if (first >= from) return Math.min(first, to);
  }
  return to;
}
