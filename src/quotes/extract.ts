import type { Entity, Quote, QuoteKind, Sentence, Span, Speaker, Structure } from '../model.js';
import { findCues, type Cue } from './cues.js';
import { cueFor, isMarkedTerm, isWholeUtterance, type PlacedQuote } from './classify.js';
import { buildFrames, type Frame } from './frames.js';
import { clauseOf, clauseSpan, dashAttribution, type Clause } from './indirect.js';
import { findQuotedSpans } from './marks.js';
import { phraseStartingAt } from './phrase.js';
import { createSpeakerResolver, type ResolvedSpeaker } from './speakers.js';
import { tokenIndexAt, tokenize } from './tokens.js';

export interface QuoteInput {
  text: string;
  /** Paragraphs and headline fields; without it, paragraphs are taken from the sentences. */
  structure?: Structure;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

/** How far back, in paragraphs, a quote with no cue of its own takes the latest speaker. */
const MAX_CARRY_PARAGRAPHS = 1;

interface Recent {
  speaker: Speaker;
  paragraph: number;
  /** The last whole quote of this speaker, to join split quotes into one group. */
  direct?: Quote;
  frame: number;
}

/**
 * Finds quotes and attributes them, in one pass over the article:
 *   1. quoted spans, paired over each paragraph (multi-paragraph quotes joined, unbalanced marks bounded);
 *   2. tokens of the narrative around them, and frames (sentences joined where a quote runs across);
 *   3. per frame: speech cues and the speaker phrase of each, resolved to a name (entities, pronouns, roles);
 *   4. each quoted span becomes direct, mixed or a term, with the cue that attributes it or the
 *      speaker carried from the previous quote;
 *   5. frames without quotes give indirect speech: the clause a speech cue reports.
 */
export function extractQuotes({ text, structure, sentences, entities }: QuoteInput): Quote[] {
  const headlines = structure ? headlineFields(structure) : [];
  const regions = [...headlines, ...(structure?.paragraphs ?? paragraphsOf(sentences))].sort((a, b) => a.start - b.start);
  const quoted = findQuotedSpans(text, regions);
  const tokens = tokenize(text, quoted);
  const frames = buildFrames(text, sentences, quoted, headlines);
  const resolver = createSpeakerResolver(text, tokens, entities);
  const quotes: Quote[] = [];
  const paragraphOf = new Map<Quote, number>();
  let recent: Recent | null = null;
  let groups = 0;
  let q = 0;
  const byOpen = [...quoted].sort((a, b) => a.open - b.open);

  frames.forEach((frame, frameIndex) => {
    const first = tokenIndexAt(tokens, frame.start);
    const end = tokenIndexAt(tokens, frame.end);
    const cues = findCues(tokens, first, end);
    const speakers = resolveCues(cues, resolver.resolve);
    while (q < byOpen.length && byOpen[q]!.open < frame.start) q++;
    const placed: PlacedQuote[] = [];
    for (let k = q; k < byOpen.length && byOpen[k]!.open < frame.end; k++) {
      const quote = byOpen[k]!;
      const open = tokenIndexAt(tokens, quote.open);
      const close = quote.close !== null ? tokenIndexAt(tokens, quote.close) : Math.max(open, tokenIndexAt(tokens, quote.end) - 1);
      placed.push({ quote, open, close });
    }
    let uttered = false;
    for (const item of placed) {
      const quote = attribute(item, frame, frameIndex, first, end, cues, speakers);
      quotes.push(quote);
      if (quote.kind !== 'term') uttered = true;
    }
    if (!uttered) indirect(frame, frameIndex, first, end, cues, speakers);
  });
  nameLedeDescriptions(text, quotes, paragraphOf);
  return quotes.sort((a, b) => a.start - b.start);

  function attribute(item: PlacedQuote, frame: Frame, frameIndex: number, first: number, end: number, cues: Cue[], speakers: Map<Cue, ResolvedSpeaker>): Quote {
    const span = { start: item.quote.start, end: item.quote.end };
    if (isMarkedTerm(tokens, item, text)) return { ...span, kind: 'term', cue: null, speaker: null, rule: 'term:marked' };
    const whole = isWholeUtterance(tokens, item, first, end, text, cues) !== null;
    const attributed = cues.filter((c) => speakers.has(c));
    const cue = cueFor(tokens, item, attributed, whole, text) ?? cueFor(tokens, item, cues, whole, text);
    const resolved = cue ? speakers.get(cue) : undefined;
    const kind: QuoteKind = whole ? 'direct' : 'mixed';
    if (cue && resolved) {
      const quote = withCue({ ...span, kind, speaker: resolved.speaker, rule: `${kind}:${cue.kind}-${cue.position}:${resolved.how}` }, cue);
      return remember(quote, frame, frameIndex);
    }
    const paragraph = frame.paragraph;
    if (whole && recent && paragraph >= 0 && paragraph - recent.paragraph <= MAX_CARRY_PARAGRAPHS) {
      const how = recent.paragraph === paragraph ? 'carry-split' : 'carry-paragraph';
      return remember({ ...span, kind, cue: null, speaker: recent.speaker, rule: `${kind}:${how}` }, frame, frameIndex);
    }
    if (whole) return { ...span, kind, cue: null, speaker: null, rule: `${kind}:unattributed` };
    if (cue) return withCue({ ...span, kind, speaker: null, rule: `${kind}:no-speaker` }, cue);
    return { ...span, kind: 'term', cue: null, speaker: null, rule: 'term:no-cue' };
  }

  function withCue(quote: Omit<Quote, 'cue'>, cue: Cue): Quote {
    return { ...quote, cue: cue.word, cueSpan: { start: tokens[cue.first]!.start, end: tokens[cue.end - 1]!.end } };
  }

  /** Keeps the speaker for quotes that follow without a cue, and groups the fragments of a split quote. */
  function remember(quote: Quote, frame: Frame, frameIndex: number): Quote {
    paragraphOf.set(quote, frame.paragraph);
    if (!quote.speaker) return quote;
    const previous = recent?.direct;
    const joins = quote.kind === 'direct' && previous && recent!.paragraph === frame.paragraph && frameIndex - recent!.frame <= 1 && previous.speaker?.name === quote.speaker.name;
    if (joins) {
      previous.group ??= ++groups;
      quote.group = previous.group;
    }
    const direct = quote.kind === 'direct' ? quote : undefined;
    recent = { speaker: quote.speaker, paragraph: frame.paragraph, frame: frameIndex, ...(direct ? { direct } : {}) };
    return quote;
  }

  function indirect(frame: Frame, frameIndex: number, first: number, end: number, cues: Cue[], speakers: Map<Cue, ResolvedSpeaker>): void {
    let covered: Clause | null = null;
    for (const cue of cues) {
      const resolved = speakers.get(cue);
      if (!resolved || (covered && cue.first < covered.end && cue.first >= covered.first)) continue;
      const clause = clauseOf(tokens, cue, first, end, frame.headline);
      if (!clause || (covered && clause.first < covered.end)) continue;
      covered = clause;
      const quote = withCue({ ...clauseSpan(tokens, clause), kind: 'indirect', speaker: resolved.speaker, rule: `indirect:${cue.kind}-${clause.pattern}:${resolved.how}` }, cue);
      quotes.push(remember(quote, frame, frameIndex));
    }
    if (covered || !(frame.headline || cues.length === 0)) return;
    const dashed = dashAttribution(tokens, first, end);
    const phrase = dashed ? phraseStartingAt(tokens, dashed.dash + 1, end) : null;
    const resolved = phrase ? resolver.resolve(phrase) : null;
    if (!dashed || !resolved) return;
    const dash = tokens[dashed.dash]!;
    quotes.push({ ...clauseSpan(tokens, dashed.clause), kind: 'indirect', cue: dash.text, cueSpan: { start: dash.start, end: dash.end }, speaker: resolved.speaker, rule: `indirect:dash:${resolved.how}` });
  }
}

/** Resolves each cue's speaker in text order; a participle (", adding that …") takes the one before it. */
function resolveCues(cues: readonly Cue[], resolve: (phrase: NonNullable<Cue['phrase']>) => ResolvedSpeaker | null): Map<Cue, ResolvedSpeaker> {
  const speakers = new Map<Cue, ResolvedSpeaker>();
  let last: ResolvedSpeaker | null = null;
  for (const cue of cues) {
    const resolved: ResolvedSpeaker | null = cue.position === 'inherited' ? last : cue.phrase ? resolve(cue.phrase) : null;
    if (!resolved) continue;
    speakers.set(cue, resolved);
    last = resolved;
  }
  return speakers;
}

function headlineFields(structure: Structure): Span[] {
  return [structure.headline, structure.standfirst, ...structure.related].filter((field): field is NonNullable<typeof field> => field !== undefined).map(({ start, end }) => ({ start, end }));
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

/** Words near an unnamed source that say it is anonymous on purpose. */
const ANONYMITY = /anonymity|anonymous|not authori[sz]ed|declined to be (?:named|identified)|asked not to be (?:named|identified)|on background/i;
/** How far after an unnamed source ("a top Kremlin aide said") its name may be given, in paragraphs. */
const MAX_NAMING_PARAGRAPHS = 1;

/**
 * A lede often quotes "a top Kremlin aide" and names him in the next paragraph. An unnamed,
 * non-anonymous description takes the name of the next named person who speaks within
 * MAX_NAMING_PARAGRAPHS (rule suffix `:named-later`).
 */
function nameLedeDescriptions(text: string, quotes: readonly Quote[], paragraphOf: ReadonlyMap<Quote, number>): void {
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  ordered.forEach((quote, index) => {
    const speaker = quote.speaker;
    const paragraph = paragraphOf.get(quote);
    if (!speaker || paragraph === undefined || !quote.rule.endsWith(':description') || !/^an?\s/i.test(speaker.surface)) return;
    if (ANONYMITY.test(text.slice(speaker.start, text.indexOf('\n', speaker.start) >>> 0))) return;
    const named = ordered.slice(index + 1).find((later) => later.speaker && later.rule.endsWith(':name'));
    const namedParagraph = named ? paragraphOf.get(named) : undefined;
    if (!named?.speaker || namedParagraph === undefined || namedParagraph - paragraph > MAX_NAMING_PARAGRAPHS) return;
    const { name, entityId } = named.speaker;
    quote.speaker = { ...speaker, name, ...(entityId ? { entityId } : {}) };
    quote.rule = `${quote.rule}:named-later`;
  });
}
