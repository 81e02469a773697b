import type { Quote } from '../model.js';
import { createQuoteContext, frameState, type FrameState, type QuoteContext, type QuoteInput } from './context.js';
import { attributeHeadlineEchoes, nameLedeDescriptions } from './lede.js';
import { colonListPoint, creditedFrame, cueSpeakers, fragmentContents, handOver, quotedSpans, reportedClauses } from './passes.js';

export type { QuoteInput } from './context.js';

/** A pass over one frame (a sentence, or sentences a quote runs across), in the article's context. */
export type FramePass = (ctx: QuoteContext, state: FrameState) => void;
/** A pass over the article's quotes once every frame is read. */
export type ArticlePass = (ctx: QuoteContext, quotes: Quote[]) => void;

/**
 * The passes over each frame, in the order they run. The article-wide ones before them (quoted
 * spans, tokens, frames, the speaker context) are createQuoteContext's; a pass that reads the
 * whole frame (a colon list's point) skips the rest.
 */
export const FRAME_PASSES: readonly FramePass[] = [
  colonListPoint, // a point of a list after "X said:" is the introduction's speaker's
  cueSpeakers, // speech cues' speakers, resolved to names (entities, the fullest name form, references back)
  quotedSpans, // each quoted span: direct, mixed or a term, with its cue, a colon before, or a carried speaker
  reportedClauses, // reported clauses: indirect quotes, or mixed ones around the frame's fragments
  fragmentContents, // fragments with no clause take their content from the cue on
  creditedFrame, // "This is reported by The Times." credits the frame before
  handOver, // what the next frame takes: this frame for a credit, a closing colon's cue
];

/** The passes over the article's quotes, in order, once the frames are read. */
export const ARTICLE_PASSES: readonly ArticlePass[] = [
  // Unnamed lede sources ("a top Kremlin aide") take the name given in the next paragraph.
  (ctx, quotes) => {
    const people = new Set(ctx.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.id));
    nameLedeDescriptions(ctx.text, quotes, ctx.paragraphOf, (speaker) => speaker.entityId !== undefined && people.has(speaker.entityId));
  },
  // A headline's quoted words the body quotes from someone are that person's.
  (ctx, quotes) => attributeHeadlineEchoes(ctx.text, quotes, (quote) => ctx.headlines.some((field) => quote.start >= field.start && quote.end <= field.end)),
];

/**
 * Finds the article's quotes and attributes them: the article-wide passes, the frame passes
 * over each frame in reading order, then the article passes over the quotes kept (fragments
 * folded into the mixed quote that holds them are dropped), in text order.
 */
export function extractQuotes(input: QuoteInput): Quote[] {
  const ctx = createQuoteContext(input);
  for (let index = 0; index < ctx.frames.length; index++) {
    const state = frameState(ctx, index);
    for (const pass of FRAME_PASSES) {
      pass(ctx, state);
      if (state.done) break;
    }
  }
  const kept = ctx.merged.size > 0 ? ctx.quotes.filter((quote) => !ctx.merged.has(quote)) : ctx.quotes;
  for (const pass of ARTICLE_PASSES) pass(ctx, kept);
  return kept.sort((a, b) => a.start - b.start);
}
