import type { Entity, Headline, Quote, QuoteKind, Sentence, Span, Speaker, Structure } from '../model.js';
import { findCues, type Cue } from './cues.js';
import { cueFor, isMarkedTerm, isQuestionTerm, isTitleCase, isWholeUtterance, type PlacedQuote } from './classify.js';
import { buildFrames, type Frame } from './frames.js';
import { creditedClaim, creditOf } from './credit.js';
import { clauseOf, clauseSpan, cutAtAttribution, dashAttribution, secondClause } from './indirect.js';
import { isReportAround, reportedContent, widenFragments } from './content.js';
import { attributeHeadlineEchoes, nameLedeDescriptions } from './lede.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { frameSubject, phraseStartingAt, type SpeakerPhrase } from './phrase.js';
import { createSpeakerResolver, type ResolvedSpeaker } from './speakers.js';
import { PHOTO_CREDIT_WORDS } from './lexicons/speakers.js';
import { tokenIndexAt, tokenize, type Token } from './tokens.js';
import { quoteRule, type QuoteRule } from './rules.js';

export interface QuoteInput {
  text: string;
  /** Paragraphs and headline fields; without it, paragraphs are taken from the sentences. */
  structure?: Structure;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

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

interface Recent {
  speaker: Speaker;
  paragraph: number;
  frame: number;
  /** The last direct or mixed quote of this speaker, to join split quotes into one group. */
  direct: Quote | undefined;
}

/** A frame ending in a colon whose cue introduces the quote that opens the next frame. */
interface ColonIntro {
  cue: Cue;
  resolved: ResolvedSpeaker;
  frame: number;
}

/**
 * Finds quotes and attributes them, in one pass over the article:
 *   1. quoted spans, paired over each paragraph (multi-paragraph quotes joined, unbalanced marks bounded);
 *   2. tokens of the narrative around them, and frames (sentences joined where a quote runs across);
 *   3. per frame: its subject, speech cues and the speaker phrase of each, resolved to a name
 *      (entities, the article's fullest name form, pronouns and descriptions referring back);
 *   4. each quoted span becomes direct, mixed or a term, with the cue that attributes it, a
 *      colon introduction ending the frame before, or the speaker carried from the previous quote;
 *   5. reported clauses of speech cues become indirect quotes (a second clause after ", but"/", and"
 *      too), or mixed ones holding the quoted fragments inside them; a fragment whose cue has no
 *      clause takes its content from the cue on (content.ts); a credit sentence ("This is reported
 *      by The Times.") makes the quote-free sentence before it the source's indirect quote;
 *   6. unnamed lede sources ("a top Kremlin aide") take the name given in the next paragraph.
 */
export function extractQuotes({ text, structure, sentences, entities }: QuoteInput): Quote[] {
  const headlines = structure ? headlineFields(structure) : [];
  const regions = [...headlines, ...(structure?.paragraphs ?? paragraphsOf(sentences))].sort((a, b) => a.start - b.start);
  const paragraphs = structure?.paragraphs ?? paragraphsOf(sentences);
  const paragraphStarts = paragraphs.map((span) => span.start);
  const quoted = findQuotedSpans(text, regions);
  const tokens = tokenize(text, quoted);
  const frames = buildFrames(text, sentences, quoted, headlines);
  const resolver = createSpeakerResolver(text, tokens, entities);
  const byOpen = [...quoted].sort((a, b) => a.open - b.open);
  const quotes: Quote[] = [];
  const paragraphOf = new Map<Quote, number>();
  let recent: Recent | null = null;
  let colon: ColonIntro | null = null;
  /** A colon introduction followed by a list of reported points, one paragraph each; null outside one. */
  let list: (ColonIntro & { paragraph: number }) | null = null;
  /** Tokens of the frame before, while it holds no quote: a credit after it may attribute it. */
  let previous: { first: number; end: number } | null = null;
  let groups = 0;
  let q = 0;
  /** Quoted fragments folded into the reported content around them (the mixed quote that holds them). */
  const merged = new Set<Quote>();
  /** The cue each quote of the current article was attributed by. */
  const cueOf = new Map<Quote, Cue>();
  const contentContext = { text, tokens, merged, cueOf };

  frames.forEach((frame, frameIndex) => {
    const first = tokenIndexAt(tokens, frame.start);
    const end = tokenIndexAt(tokens, frame.end);
    const cues = findCues(tokens, first, end, frame.headline);
    while (q < byOpen.length && byOpen[q]!.open < frame.start) q++;
    if (list && isListItem(frame, first, end, cues, list.paragraph)) {
      listItem(frame, frameIndex, first, end, list);
      list.paragraph = frame.paragraph;
      return;
    }
    list = null;
    const speakers = resolveCues(cues, resolver.resolve, frameSubject(tokens, first, end), (source) => subjectAfterSource(tokens, source, end));
    const inFrame: Quote[] = [];
    let lastTermClose = -1;
    for (let k = q; k < byOpen.length && byOpen[k]!.open < frame.end; k++) {
      const placed = place(byOpen[k]!);
      const { open, close } = placed;
      const coordinatedTerm = COORDINATING.has(tokens[open - 1]?.lower ?? '') && lastTermClose === open - 2;
      const made = attribute(placed, frame, frameIndex, first, end, cues, speakers, coordinatedTerm);
      if (made.kind === 'term') lastTermClose = close;
      inFrame.push(made);
      quotes.push(made);
    }
    const before = quotes.length;
    indirect(frame, frameIndex, first, end, cues, speakers, inFrame);
    if (inFrame.length > 0) {
      widenFragments(contentContext, inFrame, quotes, before, cues, end);
      if (recent?.direct?.kind === 'term') recent.direct = undefined;
    }
    if (previous && cues.length > 0 && quotes.length === before && inFrame.length === 0) credited(frame, frameIndex, first, end, previous);
    previous = frame.headline || inFrame.some((quote) => quote.kind !== 'term') || quotes.length > before ? null : { first, end };
    const lastCue = lastResolved(cues, speakers);
    colon = tokens[end - 1]?.text === ':' && lastCue ? { cue: lastCue, resolved: speakers.get(lastCue)!, frame: frameIndex } : null;
    list = colon && !frame.headline && inFrame.length === 0 ? { ...colon, paragraph: frame.paragraph } : null;
  });
  const kept = merged.size > 0 ? quotes.filter((quote) => !merged.has(quote)) : quotes;
  const people = new Set(entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.id));
  nameLedeDescriptions(text, kept, paragraphOf, (speaker) => speaker.entityId !== undefined && people.has(speaker.entityId));
  attributeHeadlineEchoes(text, kept, (quote) => headlines.some((field) => quote.start >= field.start && quote.end <= field.end));
  return kept.sort((a, b) => a.start - b.start);

  function attribute(item: PlacedQuote, frame: Frame, frameIndex: number, first: number, end: number, cues: Cue[], speakers: Map<Cue, ResolvedSpeaker>, coordinatedTerm: boolean): Quote {
    const span = { start: item.quote.start, end: item.quote.end };
    if (coordinatedTerm || isMarkedTerm(tokens, item)) return plainQuote(span, 'term', null, quoteRule('term', 'marked'));
    if (isQuestionTerm(tokens, item, first)) return plainQuote(span, 'term', null, quoteRule('term', 'question'));
    const whole = isWholeUtterance(tokens, item, first, end, text, cues);
    // In a headline every word is capitalised, so a title-case fragment there says nothing of a title.
    if (!whole && !frame.headline && isTitleCase(text.slice(span.start, span.end))) return plainQuote(span, 'term', null, quoteRule('term', 'title'));
    const kind: QuoteKind = whole ? 'direct' : 'mixed';
    const attributed = cues.filter((c) => speakers.has(c));
    const cue = cueFor(tokens, item, attributed, whole, text);
    const resolved = cue ? speakers.get(cue) : undefined;
    if (cue && resolved) return remember(cuedQuote(span, kind, resolved.speaker, quoteRule(kind, `${cue.kind}-${cue.position}`, resolved.how), cue), frame, frameIndex);
    if (whole && colon && colon.frame === frameIndex - 1 && item.open === first) {
      return remember(cuedQuote(span, kind, colon.resolved.speaker, quoteRule(kind, 'colon-before', colon.resolved.how), colon.cue), frame, frameIndex);
    }
    const paragraph = frame.paragraph;
    // With no cue of its own, a quote in title case ("Legend in the Coal Fields.") is a title someone gave, not their speech.
    if (whole && isTitleCase(text.slice(span.start, span.end)) && wordCount(text, span) >= MIN_TITLE_WORDS) return plainQuote(span, 'term', null, quoteRule('term', 'title'));
    if (whole && recent && paragraph >= 0 && paragraph - recent.paragraph <= MAX_CARRY_PARAGRAPHS) {
      const how = recent.paragraph === paragraph ? 'carry-split' : 'carry-paragraph';
      return remember(plainQuote(span, kind, recent.speaker, quoteRule(kind, how)), frame, frameIndex);
    }
    const subject = whole && paragraph > 0 && item.open === first ? resolver.personSince(paragraphStarts[paragraph - 1] ?? frame.start) : null;
    if (subject) return remember(plainQuote(span, kind, subject, quoteRule(kind, 'carry-subject')), frame, frameIndex);
    if (whole) return plainQuote(span, kind, null, quoteRule(kind, 'unattributed'));
    return plainQuote(span, 'term', null, quoteRule('term', 'no-speaker'));
  }

  /**
   * "President Obama also said:" and then one point a paragraph, with no closing stop: each point
   * is a report of the introduction's speaker, and its quoted words are mixed quotes of his. The
   * list ends at a paragraph that is punctuated like prose, holds a cue or opens with a quote.
   */
  function isListItem(frame: Frame, first: number, end: number, cues: readonly Cue[], previousParagraph: number): boolean {
    const paragraph = paragraphs[frame.paragraph];
    if (frame.headline || frame.paragraph !== previousParagraph + 1 || !paragraph || paragraph.start !== frame.start || paragraph.end > frame.end) return false;
    if (first >= end || tokens[first]!.quote || cues.some((cue) => cue.phrase?.kind === 'name') || LINK_LINE_OPENERS.has(tokens[first]!.lower)) return false;
    const last = tokens[end - 1]!;
    return !last.quote && !PROSE_ENDS.has(last.text);
  }

  /** A quoted span with the token indices of its marks (an unclosed quote ends at its last token). */
  function place(quote: QuotedSpan): PlacedQuote {
    const open = tokenIndexAt(tokens, quote.open);
    const close = quote.close !== null ? tokenIndexAt(tokens, quote.close) : Math.max(open, tokenIndexAt(tokens, quote.end) - 1);
    return { quote, open, close };
  }

  /** One reported point of a colon list: the whole item, a mixed quote when it holds quoted words of the speaker's. */
  function listItem(frame: Frame, frameIndex: number, first: number, end: number, intro: ColonIntro): void {
    const speaker = intro.resolved.speaker;
    const fragments: Span[] = [];
    for (let k = q; k < byOpen.length && byOpen[k]!.open < frame.end; k++) {
      const placed = place(byOpen[k]!);
      const span = { start: placed.quote.start, end: placed.quote.end };
      if (isMarkedTerm(tokens, placed)) quotes.push(plainQuote(span, 'term', null, quoteRule('term', 'marked')));
      else fragments.push(span);
    }
    const item = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
    const quote = cuedQuote(item, fragments.length > 0 ? 'mixed' : 'indirect', speaker, quoteRule(fragments.length > 0 ? 'mixed' : 'indirect', 'colon-list'), intro.cue);
    if (fragments.length > 0) quote.fragments = fragments;
    quotes.push(remember(quote, frame, frameIndex));
  }

  /** A quote with the cue that attributes it; field by field, as object spread is slow on this path. */
  function cuedQuote(span: Span, kind: QuoteKind, speaker: Speaker, rule: QuoteRule, cue: Cue): Quote {
    const quote: Quote = { start: span.start, end: span.end, kind, speaker, rule, cue: cue.word, cueSpan: { start: tokens[cue.first]!.start, end: tokens[cue.end - 1]!.end } };
    cueOf.set(quote, cue);
    return quote;
  }

  /** Keeps the speaker for quotes that follow without a cue, and groups the fragments of a split quote. */
  function remember(quote: Quote, frame: Frame, frameIndex: number): Quote {
    paragraphOf.set(quote, frame.paragraph);
    if (!quote.speaker) return quote;
    const previous = recent?.direct;
    const sameTurn = recent !== null && recent.paragraph === frame.paragraph && recent.speaker.name === quote.speaker.name;
    // "The deal “looks out for the funds first,” she wrote. “That is unacceptable.”": a cue-less quote goes on a mixed one too,
    // and on the speaker's quote further back in the paragraph ("“…,” she said after the vote. She left. “…”").
    const joins = quote.kind === 'direct' && previous && sameTurn && (frameIndex - recent!.frame <= 1 || quote.cue === null) && (previous.kind === 'direct' || quote.cue === null);
    // A quote paragraph with no cue right after the speaker's quote paragraph goes on with the same statement.
    const nextParagraph = quote.kind === 'direct' && quote.cue === null && previous?.kind === 'direct' && recent !== null && recent.paragraph === frame.paragraph - 1 && recent.speaker.name === quote.speaker.name;
    if (joins || nextParagraph) {
      previous.group ??= ++groups;
      quote.group = previous.group;
    }
    // A report of the same speaker in between ("…,” she said, adding that …. “…”) does not break the turn.
    const direct = quote.kind === 'direct' || quote.kind === 'mixed' ? quote : sameTurn ? previous : undefined;
    recent = { speaker: quote.speaker, paragraph: frame.paragraph, frame: frameIndex, direct };
    return quote;
  }

  /** "This is reported by The Times.": the frame before, which held no quote, becomes the source's indirect quote. */
  function credited(frame: Frame, frameIndex: number, first: number, end: number, claimFrame: { first: number; end: number }): void {
    const credit = frame.headline ? null : creditOf(tokens, first, end);
    const claim = credit ? creditedClaim(tokens, claimFrame.first, claimFrame.end) : null;
    const resolved = credit && claim ? resolver.resolve(credit.source) : null;
    if (!credit || !claim || !resolved) return;
    const verb = tokens[credit.verb]!;
    const quote: Quote = { ...clauseSpan(tokens, claim), kind: 'indirect', cue: verb.text, cueSpan: { start: verb.start, end: verb.end }, speaker: resolved.speaker, rule: quoteRule('indirect', 'credit-after', resolved.how) };
    quotes.push(remember(quote, frame, frameIndex));
  }

  /** Reported clauses of the frame's cues; a clause holding a quote was given as that quote already. */
  function indirect(frame: Frame, frameIndex: number, first: number, end: number, cues: Cue[], speakers: Map<Cue, ResolvedSpeaker>, inFrame: readonly Quote[]): void {
    let coveredEnd = first;
    let found = false;
    for (const cue of cues) {
      const resolved = speakers.get(cue);
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
          quotes.push(remember(cuedQuote(span, 'indirect', resolved.speaker, quoteRule('indirect', `${cue.kind}-${part.pattern}`, resolved.how), cue), frame, frameIndex));
        } else if (isReportAround(tokens, part, span, inside)) {
          const content = reportedContent(span, inside, merged, (whole) => cuedQuote(whole, 'mixed', resolved.speaker, quoteRule('mixed', `${cue.kind}-${part.pattern}`, resolved.how), cue));
          if (recent?.direct && merged.has(recent.direct)) recent.direct = undefined;
          quotes.push(remember(content, frame, frameIndex));
        }
      }
    }
    // "… - Sybiha" names a headline's source; in the body a dash before a name is a photo credit or a sign-off.
    if (found || inFrame.length > 0 || !frame.headline) return;
    const dashed = dashAttribution(tokens, first, end);
    const phrase = dashed ? phraseStartingAt(tokens, dashed.dash + 1, end) : null;
    const resolved = phrase && !isPhotoCredit(tokens, phrase) ? resolver.resolve(phrase) : null;
    if (!dashed || !resolved) return;
    const dash = tokens[dashed.dash]!;
    quotes.push({ ...clauseSpan(tokens, dashed.clause), kind: 'indirect', cue: dash.text, cueSpan: { start: dash.start, end: dash.end }, speaker: resolved.speaker, rule: quoteRule('indirect', 'dash', resolved.how) });
  }
}

/**
 * Resolves each cue's speaker in text order. A verb that shares another's subject (", adding
 * that …", "… and reaffirmed") takes the speaker before it, else the frame's subject. A frame
 * whose cues name nobody still has its subject remembered ("Trier thanked his cast. “…,” he
 * said"); where a cue names the speaker, the subject may sit inside the reported clause.
 */
function resolveCues(cues: readonly Cue[], resolve: (phrase: SpeakerPhrase, subjectOnly?: boolean) => ResolvedSpeaker | null, subject: SpeakerPhrase | null, sourceSubject: (source: Cue) => SpeakerPhrase | null): Map<Cue, ResolvedSpeaker> {
  const speakers = new Map<Cue, ResolvedSpeaker>();
  let last: ResolvedSpeaker | null = null;
  let lastCue: Cue | null = null;
  let subjectUsed = false;
  for (const cue of cues) {
    let resolved: ResolvedSpeaker | null = null;
    if (cue.phrase) resolved = resolve(cue.phrase);
    else if (cue.position === 'inherited' && lastCue?.kind === 'source') {
      // "According to the paper, the Kremlin rejects …, calling it …": the clause's subject calls, not the source.
      const clauseSubject = sourceSubject(lastCue);
      resolved = (clauseSubject && resolve(clauseSubject)) ?? last;
    } else if (cue.position === 'inherited') {
      if (!last && subject && !subjectUsed) {
        subjectUsed = true;
        last = resolve(subject);
      }
      resolved = last;
    }
    if (!resolved) continue;
    speakers.set(cue, resolved);
    last = resolved;
    lastCue = cue;
  }
  if (subject && !subjectUsed && !cues.some((cue) => cue.phrase)) resolve(subject, true);
  return speakers;
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

/** The last cue whose speaker was resolved. */
function lastResolved(cues: readonly Cue[], speakers: ReadonlyMap<Cue, ResolvedSpeaker>): Cue | undefined {
  for (let k = cues.length - 1; k >= 0; k--) if (speakers.has(cues[k]!)) return cues[k];
  return undefined;
}

function headlineFields(structure: Structure): Span[] {
  // A headline's source tag ("… - Sybiha") stays in its frame: it may name who said the headline.
  const headlines: (Headline | undefined)[] = [structure.headline, structure.standfirst, ...structure.related];
  return headlines
    .filter((field): field is Headline => field !== undefined)
    .map((field) => ({ start: field.start, end: field.source?.end ?? field.end }));
}

/** Paragraph spans from the sentences, for callers without a structure. */
function paragraphsOf(sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  for (const sentence of sentences) {
    const last = spans[sentence.paragraph];
    if (last) last.end = sentence.end;
    else spans[sentence.paragraph] = { start: sentence.start, end: sentence.end };
  }
  return spans.filter(Boolean);
}
