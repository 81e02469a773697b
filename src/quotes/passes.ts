import type { Quote, QuoteKind, Span, Speaker } from '../model.js';
import type { Cue } from './cues.js';
import { cueFor, isMarkedTerm, isQuestionTerm, isTitleCase, isWholeUtterance, type PlacedQuote } from './classify.js';
import type { FrameState, QuoteContext } from './context.js';
import { creditedClaim, creditOf } from './credit.js';
import { clauseOf, clauseSpan, cutAtAttribution, dashAttribution, secondClause } from './indirect.js';
import { isReportAround, reportedContent, widenFragments } from './content.js';
import type { QuotedSpan } from './marks.js';
import { frameSubject, phraseStartingAt, type SpeakerPhrase } from './phrase.js';
import { personSince, resolveSpeaker, type ResolvedSpeaker } from './speakers.js';
import { PHOTO_CREDIT_WORDS } from './lexicons/speakers.js';
import { tokenIndexAt, type Token } from './tokens.js';
import { quoteRule, type QuoteRule } from './rules.js';

/**
 * The passes over one frame, each a named function of the article's context and the frame's
 * state; extract.ts lists them in the order they run.
 */

/** Marks that end a paragraph of prose; a list point after a colon introduction has none. */
const PROSE_ENDS = new Set(['.', '!', '?', ':', ';']);
/** First words of a link line under a list ("Read the full transcript", "Watch the interview"). */
const LINK_LINE_OPENERS = new Set(['read', 'watch', 'see', 'listen', 'click', 'follow', 'sign', 'subscribe', 'share', 'more']);
/** How far back, in paragraphs, a quote with no cue of its own takes the latest speaker. */
const MAX_CARRY_PARAGRAPHS = 1;
const COORDINATING = new Set(['and', 'or']);
const NO_QUOTES: readonly Quote[] = [];
/** Fewest words of a cue-less whole quote in title case for it to be read as a title ("Yes." is an answer). */
const MIN_TITLE_WORDS = 3;
const WORDS = /[\p{L}\p{N}]+/gu;
/** Farthest the comma may stand after a source's phrase ("According to X, …"), in tokens. */
const MAX_SOURCE_TAIL = 12;

/**
 * "President Obama also said:" and then one point a paragraph, with no closing stop: each point
 * is a report of the introduction's speaker (an indirect quote, or a mixed one holding its quoted
 * words), and the frame is read. The list ends at a paragraph that is punctuated like prose,
 * holds a cue or opens with a quote.
 */
export function colonListPoint(ctx: QuoteContext, state: FrameState): void {
  const list = ctx.list;
  if (!list || !isListItem(ctx, state, list.paragraph)) {
    ctx.list = null;
    return;
  }
  const { tokens, byOpen } = ctx;
  const { frame, first, end } = state;
  const fragments: Span[] = [];
  for (let k = ctx.nextQuote; k < byOpen.length && byOpen[k]!.open < frame.end; k++) {
    const placed = place(tokens, byOpen[k]!);
    const span = { start: placed.quote.start, end: placed.quote.end };
    if (isMarkedTerm(tokens, placed)) ctx.quotes.push(plainQuote(span, 'term', null, quoteRule('term', 'marked')));
    else fragments.push(span);
  }
  const item = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
  const kind = fragments.length > 0 ? 'mixed' : 'indirect';
  const quote = cuedQuote(ctx, item, kind, list.resolved.speaker, quoteRule(kind, 'colon-list'), list.cue);
  if (fragments.length > 0) quote.fragments = fragments;
  ctx.quotes.push(remember(ctx, quote, state));
  list.paragraph = frame.paragraph;
  state.done = true;
}

function isListItem(ctx: QuoteContext, state: FrameState, previousParagraph: number): boolean {
  const { tokens } = ctx;
  const { frame, first, end, cues } = state;
  const paragraph = ctx.paragraphs[frame.paragraph];
  if (frame.headline || frame.paragraph !== previousParagraph + 1 || !paragraph || paragraph.start !== frame.start || paragraph.end > frame.end) return false;
  if (first >= end || tokens[first]!.quote || cues.some((cue) => cue.phrase?.kind === 'name') || LINK_LINE_OPENERS.has(tokens[first]!.lower)) return false;
  const last = tokens[end - 1]!;
  return !last.quote && !PROSE_ENDS.has(last.text);
}

/**
 * The speaker of each cue, in text order. A verb that shares another's subject (", adding
 * that …", "… and reaffirmed") takes the speaker before it, else the frame's subject. A frame
 * whose cues name nobody still has its subject remembered ("Trier thanked his cast. “…,” he
 * said"); where a cue names the speaker, the subject may sit inside the reported clause.
 */
export function cueSpeakers(ctx: QuoteContext, state: FrameState): void {
  const { tokens, speakers: resolver } = ctx;
  const { cues } = state;
  const subject = frameSubject(tokens, state.first, state.end);
  let last: ResolvedSpeaker | null = null;
  let lastCue: Cue | null = null;
  let subjectUsed = false;
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!;
    let resolved: ResolvedSpeaker | null = null;
    if (cue.phrase) resolved = resolveSpeaker(resolver, cue.phrase);
    else if (cue.position === 'inherited' && lastCue?.kind === 'source') {
      // "According to the paper, the Kremlin rejects …, calling it …": the clause's subject calls, not the source.
      const clauseSubject = subjectAfterSource(tokens, lastCue, state.end);
      resolved = (clauseSubject && resolveSpeaker(resolver, clauseSubject)) ?? last;
    } else if (cue.position === 'inherited') {
      if (!last && subject && !subjectUsed) {
        subjectUsed = true;
        last = resolveSpeaker(resolver, subject);
      }
      resolved = last;
    }
    if (!resolved) continue;
    state.speakers[k] = resolved;
    last = resolved;
    lastCue = cue;
  }
  if (subject && !subjectUsed && !cues.some((cue) => cue.phrase)) resolveSpeaker(resolver, subject, true);
}

/**
 * Each quoted span of the frame becomes direct, mixed or a term, with the cue that attributes it,
 * a colon introduction ending the frame before, or the speaker carried from the previous quote.
 */
export function quotedSpans(ctx: QuoteContext, state: FrameState): void {
  const { tokens, byOpen } = ctx;
  let lastTermClose = -1;
  for (let k = ctx.nextQuote; k < byOpen.length && byOpen[k]!.open < state.frame.end; k++) {
    const placed = place(tokens, byOpen[k]!);
    const coordinatedTerm = COORDINATING.has(tokens[placed.open - 1]?.lower ?? '') && lastTermClose === placed.open - 2;
    const made = attribute(ctx, state, placed, coordinatedTerm);
    if (made.kind === 'term') lastTermClose = placed.close;
    state.inFrame.push(made);
    ctx.quotes.push(made);
  }
  state.reportedFrom = ctx.quotes.length;
}

function attribute(ctx: QuoteContext, state: FrameState, item: PlacedQuote, coordinatedTerm: boolean): Quote {
  const { text, tokens, colon, recent } = ctx;
  const { frame, index, first, end, cues, speakers } = state;
  const span = { start: item.quote.start, end: item.quote.end };
  if (coordinatedTerm || isMarkedTerm(tokens, item)) return plainQuote(span, 'term', null, quoteRule('term', 'marked'));
  if (isQuestionTerm(tokens, item, first)) return plainQuote(span, 'term', null, quoteRule('term', 'question'));
  const whole = isWholeUtterance(tokens, item, first, end, text, cues);
  // In a headline every word is capitalised, so a title-case fragment there says nothing of a title.
  if (!whole && !frame.headline && isTitleCase(text.slice(span.start, span.end))) return plainQuote(span, 'term', null, quoteRule('term', 'title'));
  const kind: QuoteKind = whole ? 'direct' : 'mixed';
  const attributed = cues.filter((_, k) => speakers[k] !== undefined);
  const cue = cueFor(tokens, item, attributed, whole, text);
  const resolved = cue ? speakerOf(state, cue) : undefined;
  if (cue && resolved) return remember(ctx, cuedQuote(ctx, span, kind, resolved.speaker, quoteRule(kind, `${cue.kind}-${cue.position}`, resolved.how), cue), state);
  if (whole && colon && colon.frame === index - 1 && item.open === first) {
    return remember(ctx, cuedQuote(ctx, span, kind, colon.resolved.speaker, quoteRule(kind, 'colon-before', colon.resolved.how), colon.cue), state);
  }
  const paragraph = frame.paragraph;
  // With no cue of its own, a quote in title case ("Legend in the Coal Fields.") is a title someone gave, not their speech.
  if (whole && isTitleCase(text.slice(span.start, span.end)) && wordCount(text, span) >= MIN_TITLE_WORDS) return plainQuote(span, 'term', null, quoteRule('term', 'title'));
  if (whole && recent && paragraph >= 0 && paragraph - recent.paragraph <= MAX_CARRY_PARAGRAPHS) {
    const how = recent.paragraph === paragraph ? 'carry-split' : 'carry-paragraph';
    return remember(ctx, plainQuote(span, kind, recent.speaker, quoteRule(kind, how)), state);
  }
  const subject = whole && paragraph > 0 && item.open === first ? personSince(ctx.speakers, ctx.paragraphs[paragraph - 1]?.start ?? frame.start) : null;
  if (subject) return remember(ctx, plainQuote(span, kind, subject, quoteRule(kind, 'carry-subject')), state);
  if (whole) return plainQuote(span, kind, null, quoteRule(kind, 'unattributed'));
  return plainQuote(span, 'term', null, quoteRule('term', 'no-speaker'));
}

/**
 * Reported clauses of the frame's cues become indirect quotes (a second clause after ", but"/
 * ", and" too), or mixed ones holding the frame's quoted fragments inside them; a clause holding
 * a quote given whole already is that quote's. A headline with no other quote may end in its
 * source (`… - Sybiha`).
 */
export function reportedClauses(ctx: QuoteContext, state: FrameState): void {
  const { tokens, merged, cueOf } = ctx;
  const { frame, first, end, cues, speakers, inFrame } = state;
  let coveredEnd = first;
  let found = false;
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!;
    const resolved = speakers[k];
    if (!resolved || cue.first < coveredEnd) continue;
    const clause = clauseOf(tokens, cue, first, end, frame.headline);
    if (!clause || clause.first < coveredEnd) continue;
    found = true;
    const second = secondClause(tokens, clause, cue, end);
    coveredEnd = Math.max((second ?? clause).end, cue.end);
    for (const whole of second ? [clause, second] : [clause]) {
      const part = cutAtAttribution(tokens, whole, cues, cue, (quoted) => inFrame.some((quote) => quote.start === quoted.start && cueOf.get(quote) === cue));
      if (!part) continue;
      const span = clauseSpan(tokens, part);
      const inside = inFrame.length === 0 ? NO_QUOTES : inFrame.filter((quote) => quote.kind !== 'term' && !merged.has(quote) && quote.start < span.end && quote.end > span.start);
      if (inside.length === 0) {
        ctx.quotes.push(remember(ctx, cuedQuote(ctx, span, 'indirect', resolved.speaker, quoteRule('indirect', `${cue.kind}-${part.pattern}`, resolved.how), cue), state));
      } else if (isReportAround(tokens, part, span, inside)) {
        const content = reportedContent(span, inside, merged, (whole) => cuedQuote(ctx, whole, 'mixed', resolved.speaker, quoteRule('mixed', `${cue.kind}-${part.pattern}`, resolved.how), cue));
        if (ctx.recent?.direct && merged.has(ctx.recent.direct)) ctx.recent.direct = undefined;
        ctx.quotes.push(remember(ctx, content, state));
      }
    }
  }
  // "… - Sybiha" names a headline's source; in the body a dash before a name is a photo credit or a sign-off.
  if (!found && inFrame.length === 0 && frame.headline) dashSource(ctx, state);
}

function dashSource(ctx: QuoteContext, state: FrameState): void {
  const { tokens } = ctx;
  const dashed = dashAttribution(tokens, state.first, state.end);
  const phrase = dashed ? phraseStartingAt(tokens, dashed.dash + 1, state.end) : null;
  const resolved = phrase && !isPhotoCredit(tokens, phrase) ? resolveSpeaker(ctx.speakers, phrase) : null;
  if (!dashed || !resolved) return;
  const dash = tokens[dashed.dash]!;
  ctx.quotes.push({ ...clauseSpan(tokens, dashed.clause), kind: 'indirect', cue: dash.text, cueSpan: { start: dash.start, end: dash.end }, speaker: resolved.speaker, rule: quoteRule('indirect', 'dash', resolved.how) });
}

/**
 * Fragments whose cue gave no clause take their content from the cue on (content.ts); a term
 * ends the speaker's turn for the split quotes after it.
 */
export function fragmentContents(ctx: QuoteContext, state: FrameState): void {
  if (state.inFrame.length === 0) return;
  widenFragments(ctx, state.inFrame, ctx.quotes, state.reportedFrom, state.cues, state.end);
  if (ctx.recent?.direct?.kind === 'term') ctx.recent.direct = undefined;
}

/**
 * "This is reported by The Times.": a credit frame with no quote of its own makes the quote-free
 * frame before it the source's indirect quote.
 */
export function creditedFrame(ctx: QuoteContext, state: FrameState): void {
  const { tokens, previous } = ctx;
  const { frame, first, end } = state;
  if (!previous || state.cues.length === 0 || ctx.quotes.length !== state.reportedFrom || state.inFrame.length > 0) return;
  const credit = frame.headline ? null : creditOf(tokens, first, end);
  const claim = credit ? creditedClaim(tokens, previous.first, previous.end) : null;
  const resolved = credit && claim ? resolveSpeaker(ctx.speakers, credit.source) : null;
  if (!credit || !claim || !resolved) return;
  const verb = tokens[credit.verb]!;
  const quote: Quote = { ...clauseSpan(tokens, claim), kind: 'indirect', cue: verb.text, cueSpan: { start: verb.start, end: verb.end }, speaker: resolved.speaker, rule: quoteRule('indirect', 'credit-after', resolved.how) };
  ctx.quotes.push(remember(ctx, quote, state));
}

/**
 * What the next frame takes from this one: the frame itself while it holds no quote (for a
 * credit after it), and a closing colon's cue (for a quote or a list after it).
 */
export function handOver(ctx: QuoteContext, state: FrameState): void {
  const { frame, index, first, end, cues, speakers, inFrame } = state;
  ctx.previous = frame.headline || inFrame.some((quote) => quote.kind !== 'term') || ctx.quotes.length > state.reportedFrom ? null : { first, end };
  const last = lastResolved(speakers);
  ctx.colon = ctx.tokens[end - 1]?.text === ':' && last >= 0 ? { cue: cues[last]!, resolved: speakers[last]!, frame: index } : null;
  ctx.list = ctx.colon && !frame.headline && inFrame.length === 0 ? { ...ctx.colon, paragraph: frame.paragraph } : null;
}

/** A quoted span with the token indices of its marks (an unclosed quote ends at its last token). */
function place(tokens: readonly Token[], quote: QuotedSpan): PlacedQuote {
  const open = tokenIndexAt(tokens, quote.open);
  const close = quote.close !== null ? tokenIndexAt(tokens, quote.close) : Math.max(open, tokenIndexAt(tokens, quote.end) - 1);
  return { quote, open, close };
}

/** A quote with the cue that attributes it; field by field, as object spread is slow on this path. */
function cuedQuote(ctx: QuoteContext, span: Span, kind: QuoteKind, speaker: Speaker, rule: QuoteRule, cue: Cue): Quote {
  const { tokens } = ctx;
  const quote: Quote = { start: span.start, end: span.end, kind, speaker, rule, cue: cue.word, cueSpan: { start: tokens[cue.first]!.start, end: tokens[cue.end - 1]!.end } };
  ctx.cueOf.set(quote, cue);
  return quote;
}

/** Keeps the speaker for quotes that follow without a cue, and groups the fragments of a split quote. */
function remember(ctx: QuoteContext, quote: Quote, state: FrameState): Quote {
  const { frame, index } = state;
  ctx.paragraphOf.set(quote, frame.paragraph);
  if (!quote.speaker) return quote;
  const recent = ctx.recent;
  const previous = recent?.direct;
  const sameTurn = recent !== null && recent.paragraph === frame.paragraph && recent.speaker.name === quote.speaker.name;
  // "The deal “looks out for the funds first,” she wrote. “That is unacceptable.”": a cue-less quote goes on a mixed one too,
  // and on the speaker's quote further back in the paragraph ("“…,” she said after the vote. She left. “…”").
  const joins = quote.kind === 'direct' && previous && sameTurn && (index - recent!.frame <= 1 || quote.cue === null) && (previous.kind === 'direct' || quote.cue === null);
  // A quote paragraph with no cue right after the speaker's quote paragraph goes on with the same statement.
  const nextParagraph = quote.kind === 'direct' && quote.cue === null && previous?.kind === 'direct' && recent !== null && recent.paragraph === frame.paragraph - 1 && recent.speaker.name === quote.speaker.name;
  if (joins || nextParagraph) {
    previous.group ??= ++ctx.groups;
    quote.group = previous.group;
  }
  // A report of the same speaker in between ("…,” she said, adding that …. “…”) does not break the turn.
  const direct = quote.kind === 'direct' || quote.kind === 'mixed' ? quote : sameTurn ? previous : undefined;
  ctx.recent = { speaker: quote.speaker, paragraph: frame.paragraph, frame: index, direct };
  return quote;
}

/** The subject of the clause after "According to X," (up to its comma), or null. */
function subjectAfterSource(tokens: readonly Token[], source: Cue, to: number): SpeakerPhrase | null {
  if (source.position !== 'after' || !source.phrase) return null;
  let k = source.phrase.end;
  while (k < to && k - source.phrase.end <= MAX_SOURCE_TAIL && tokens[k]!.text !== ',') k++;
  return tokens[k]?.text === ',' ? phraseStartingAt(tokens, k + 1, to) : null;
}

function isPhotoCredit(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  for (let k = phrase.first; k < phrase.end; k++) if (PHOTO_CREDIT_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).match(WORDS)?.length ?? 0;
}

/** A quote with no cue of its own. */
function plainQuote(span: Span, kind: QuoteKind, speaker: Speaker | null, rule: QuoteRule): Quote {
  return { start: span.start, end: span.end, kind, cue: null, speaker, rule };
}

/** Index of the last cue whose speaker was resolved, or -1. */
function lastResolved(speakers: readonly (ResolvedSpeaker | undefined)[]): number {
  for (let k = speakers.length - 1; k >= 0; k--) if (speakers[k] !== undefined) return k;
  return -1;
}

/** The speaker resolved for one of the frame's cues. */
function speakerOf(state: FrameState, cue: Cue): ResolvedSpeaker | undefined {
  return state.speakers[state.cues.indexOf(cue)];
}

