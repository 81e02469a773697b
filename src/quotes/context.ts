import type { Entity, Headline, Quote, Sentence, Span, Speaker, Structure } from '../model.js';
import { findCues, type Cue } from './cues.js';
import { buildFrames, type Frame } from './frames.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { createSpeakerContext, type ResolvedSpeaker, type SpeakerContext } from './speakers.js';
import { tokenIndexAt, tokenize, type Token } from './tokens.js';

export interface QuoteInput {
  text: string;
  /** Paragraphs and headline fields; without it, paragraphs are taken from the sentences. */
  structure?: Structure;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

/** The speaker of the latest attributed quote, for quotes that follow with no cue of their own. */
export interface Recent {
  speaker: Speaker;
  paragraph: number;
  frame: number;
  /** The last direct or mixed quote of this speaker, to join split quotes into one group. */
  direct: Quote | undefined;
}

/** A frame ending in a colon whose cue introduces the quote that opens the next frame. */
export interface ColonIntro {
  cue: Cue;
  resolved: ResolvedSpeaker;
  frame: number;
}

/** A colon introduction followed by a list of reported points, one paragraph each. */
export interface ListIntro extends ColonIntro {
  /** The paragraph of the latest point (at first, of the introduction). */
  paragraph: number;
}

/** Tokens [first, end) of a frame. */
export interface TokenRange {
  first: number;
  end: number;
}

/**
 * What the quote stage's passes read and write over one article. The article-wide parts are made
 * once by createQuoteContext; the rest is the state one frame hands to the next.
 */
export interface QuoteContext {
  text: string;
  tokens: readonly Token[];
  entities: readonly Entity[];
  /** Headline-like fields (headline, standfirst, related headlines), each a frame of its own. */
  headlines: readonly Span[];
  paragraphs: readonly Span[];
  frames: readonly Frame[];
  /** Quoted spans by their opening mark; `nextQuote` is the first that does not open before the current frame. */
  byOpen: readonly QuotedSpan[];
  nextQuote: number;
  speakers: SpeakerContext;
  /** Every quote made so far, in the order made (the article passes drop `merged` ones and sort). */
  quotes: Quote[];
  /** The paragraph of each attributed quote (-1 for headline fields), for the lede pass. */
  paragraphOf: Map<Quote, number>;
  /** Quoted fragments folded into the reported content around them (the mixed quote that holds them). */
  merged: Set<Quote>;
  /** The cue each quote was attributed by. */
  cueOf: Map<Quote, Cue>;
  recent: Recent | null;
  colon: ColonIntro | null;
  list: ListIntro | null;
  /** Tokens of the frame before, while it holds no quote: a credit after it may attribute it. */
  previous: TokenRange | null;
  /** Groups of split quotes given out so far. */
  groups: number;
}

/** One frame as the frame passes see it: its tokens, cues, resolved speakers and quotes. */
export interface FrameState extends TokenRange {
  frame: Frame;
  index: number;
  cues: Cue[];
  /** The speaker of each cue, by the cue's index (an array, not a map: a map a frame cost ~5% of the stage, #10). */
  speakers: (ResolvedSpeaker | undefined)[];
  /** The frame's quoted spans, as quotes, in order. */
  inFrame: Quote[];
  /** Where the frame's reported clauses start in `quotes`. */
  reportedFrom: number;
  /** Set by a pass that reads the whole frame: the passes after it are skipped. */
  done: boolean;
}

/**
 * The article-wide passes, in order: quoted spans (paired over each paragraph, multi-paragraph
 * quotes joined, unbalanced marks bounded), tokens of the narrative around them, frames
 * (sentences joined where a quote runs across), and the speaker context (entity mentions and
 * the article's name index).
 */
export function createQuoteContext({ text, structure, sentences, entities }: QuoteInput): QuoteContext {
  const headlines = structure ? headlineFields(structure) : [];
  const paragraphs = structure?.paragraphs ?? paragraphsOf(sentences);
  const regions = [...headlines, ...paragraphs].sort((a, b) => a.start - b.start);
  const quoted = findQuotedSpans(text, regions);
  const tokens = tokenize(text, quoted);
  return {
    text,
    tokens,
    entities,
    headlines,
    paragraphs,
    frames: buildFrames(text, sentences, quoted, headlines),
    byOpen: [...quoted].sort((a, b) => a.open - b.open),
    nextQuote: 0,
    speakers: createSpeakerContext(text, tokens, entities),
    quotes: [],
    paragraphOf: new Map(),
    merged: new Set(),
    cueOf: new Map(),
    recent: null,
    colon: null,
    list: null,
    previous: null,
    groups: 0,
  };
}

/** The state of frame `index` before its passes: its tokens and speech cues. */
export function frameState(ctx: QuoteContext, index: number): FrameState {
  const { tokens } = ctx;
  const frame = ctx.frames[index]!;
  const first = tokenIndexAt(tokens, frame.start);
  const end = tokenIndexAt(tokens, frame.end);
  while (ctx.nextQuote < ctx.byOpen.length && ctx.byOpen[ctx.nextQuote]!.open < frame.start) ctx.nextQuote++;
  return { frame, index, first, end, cues: findCues(tokens, first, end, frame.headline), speakers: [], inFrame: [], reportedFrom: ctx.quotes.length, done: false };
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
