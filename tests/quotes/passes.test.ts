import { describe, expect, it } from 'vitest';
import type { Quote, Span } from '../../src/model.js';
import { parseStructure } from '../../src/structure/parse.js';
import { splitSentences } from '../../src/sentences/split.js';
import { recognizeEntities } from '../../src/entities/recognize.js';
import { proseEntities } from '../../src/entities/structural.js';
import { createQuoteContext, frameState, type FrameState, type QuoteContext } from '../../src/quotes/context.js';
import { FRAME_PASSES, type FramePass } from '../../src/quotes/extract.js';
import { colonListPoint, creditedFrame, cueSpeakers, fragmentContents, handOver, quotedSpans, reportedClauses } from '../../src/quotes/passes.js';

/** The quote stage's context of a text with no headline, made from the real stages before it. */
function contextOf(text: string): QuoteContext {
  const structure = parseStructure(text, { headline: false });
  const sentences = splitSentences(text, structure.paragraphs);
  const entities = proseEntities(recognizeEntities(text, sentences, { structure }));
  return createQuoteContext({ text, structure, sentences, entities });
}

/**
 * The context and the state of frame `index` just before `pass` runs on it: every frame before
 * it read whole, and the passes before `pass` run on it.
 */
function before(text: string, index: number, pass: FramePass): { ctx: QuoteContext; state: FrameState } {
  const ctx = contextOf(text);
  for (let k = 0; k < index; k++) {
    const state = frameState(ctx, k);
    for (const each of FRAME_PASSES) {
      each(ctx, state);
      if (state.done) break;
    }
  }
  const state = frameState(ctx, index);
  for (const each of FRAME_PASSES) {
    if (each === pass) return { ctx, state };
    each(ctx, state);
  }
  throw new Error('not a frame pass');
}

const words = (text: string, span: Span): string => text.slice(span.start, span.end);
/** A quote as [kind, its words, speaker name, rule]. */
const brief = (text: string, quote: Quote): [string, string, string | null, string] => [quote.kind, words(text, quote), quote.speaker?.name ?? null, quote.rule];

describe('quote context', () => {
  it('tokens leave quoted words out, frames join the sentences a quote runs across, quotes are by opening mark', () => {
    const text = 'Ana Ruiz spoke. “We start now. It is late,” she said. Then she left.';
    const ctx = contextOf(text);
    expect(ctx.tokens.map((token) => token.text)).toEqual(['Ana', 'Ruiz', 'spoke', '.', '“', '”', 'she', 'said', '.', 'Then', 'she', 'left', '.']);
    expect(ctx.frames.map((frame) => words(text, frame))).toEqual(['Ana Ruiz spoke.', '“We start now. It is late,” she said.', 'Then she left.']);
    expect(ctx.byOpen.map((quote) => words(text, quote))).toEqual(['We start now. It is late']);
  });

  it('a frame starts with its cues and no quotes, and moves past the quotes of frames before', () => {
    const text = '“One,” Ruiz said. Ana Ruiz warned of delays.';
    const ctx = contextOf(text);
    frameState(ctx, 0);
    const state = frameState(ctx, 1);
    expect(state.cues.map((cue) => cue.word)).toEqual(['warned']);
    expect([state.inFrame, state.speakers, state.done, ctx.nextQuote]).toEqual([[], [], false, 1]);
  });
});

describe('frame passes', () => {
  it('colonListPoint: each point after "X said:" is X\'s report, and the frame is read', () => {
    const text = 'Mayor Ana Ruiz also said:\n\nextra buses for the east side\n\na bridge to the “old docks” by May\n\nThe council meets on Monday.';
    for (const [index, expected] of [
      [1, ['indirect', 'extra buses for the east side', 'Ana Ruiz', 'indirect:colon-list']],
      [2, ['mixed', 'a bridge to the “old docks” by May', 'Ana Ruiz', 'mixed:colon-list']],
    ] as const) {
      const { ctx, state } = before(text, index, colonListPoint);
      colonListPoint(ctx, state);
      expect(state.done).toBe(true);
      expect(brief(text, ctx.quotes.at(-1)!)).toEqual(expected);
    }
    const { ctx, state } = before(text, 3, colonListPoint);
    colonListPoint(ctx, state);
    expect([state.done, ctx.list]).toEqual([false, null]);
  });

  it('cueSpeakers: a cue takes the name before it; a gerund with no subject shares the frame\'s', () => {
    const text = 'Ana Ruiz thanked the crews, adding that the work was safe.';
    const { ctx, state } = before(text, 0, cueSpeakers);
    cueSpeakers(ctx, state);
    expect(state.cues.map((cue, k) => [cue.word, state.speakers[k]?.speaker.name, state.speakers[k]?.how])).toEqual([['adding', 'Ana Ruiz', 'name']]);
  });

  it('quotedSpans: a whole quote takes its cue, the next one in the paragraph joins its group', () => {
    const text = '“We are ready,” Ruiz said of the plan. “The work starts on Monday.”';
    const first = before(text, 0, quotedSpans);
    quotedSpans(first.ctx, first.state);
    expect(first.state.inFrame.map((quote) => brief(text, quote))).toEqual([['direct', 'We are ready', 'Ruiz', 'direct:speech-before:name']]);
    expect(first.state.reportedFrom).toBe(1);
    const second = before(text, 1, quotedSpans);
    quotedSpans(second.ctx, second.state);
    const [one, two] = second.ctx.quotes;
    expect(brief(text, two!)).toEqual(['direct', 'The work starts on Monday.', 'Ruiz', 'direct:carry-split']);
    expect([one!.group, two!.group]).toEqual([1, 1]);
  });

  it('reportedClauses: the clause after a speech verb is an indirect quote of its speaker', () => {
    const text = 'Ana Ruiz said the bridge would open in May.';
    const { ctx, state } = before(text, 0, reportedClauses);
    reportedClauses(ctx, state);
    expect(ctx.quotes.map((quote) => brief(text, quote))).toEqual([['indirect', 'the bridge would open in May', 'Ana Ruiz', 'indirect:speech-bare:name']]);
  });

  it('reportedClauses: a clause around a quoted fragment is one mixed quote holding it', () => {
    const text = 'Ana Ruiz said the bridge was “a gift” to the east side.';
    const { ctx, state } = before(text, 0, reportedClauses);
    reportedClauses(ctx, state);
    const kept = ctx.quotes.filter((quote) => !ctx.merged.has(quote));
    expect(kept.map((quote) => brief(text, quote))).toEqual([['mixed', 'the bridge was “a gift” to the east side', 'Ana Ruiz', 'mixed:speech-bare:name']]);
    expect(kept[0]!.fragments?.map((fragment) => words(text, fragment))).toEqual(['a gift']);
  });

  it('fragmentContents: a fragment whose cue has no clause takes its content from the cue on', () => {
    const text = 'Ana Ruiz described the plan as “a real gift to the east side” of the city.';
    const { ctx, state } = before(text, 0, fragmentContents);
    expect(words(text, state.inFrame[0]!)).toBe('a real gift to the east side');
    fragmentContents(ctx, state);
    expect(brief(text, state.inFrame[0]!)).toEqual(['mixed', 'the plan as “a real gift to the east side” of the city', 'Ana Ruiz', 'mixed:characterizing-before:name']);
    expect(state.inFrame[0]!.fragments?.map((fragment) => words(text, fragment))).toEqual(['a real gift to the east side']);
  });

  it('creditedFrame: a credit after a quote-free sentence makes it the source\'s report', () => {
    const text = 'The bridge will open in May after a long delay. This was reported by The Harbor Gazette.';
    const { ctx, state } = before(text, 1, creditedFrame);
    expect(ctx.quotes).toEqual([]);
    creditedFrame(ctx, state);
    expect(ctx.quotes.map((quote) => brief(text, quote))).toEqual([['indirect', 'The bridge will open in May after a long delay', 'Harbor Gazette', 'indirect:credit-after:name']]);
  });

  it('handOver: a frame ending in a cue and a colon hands its speaker to the next frame', () => {
    const text = 'Ana Ruiz told the council:\n\n“We are ready.”';
    const { ctx, state } = before(text, 0, handOver);
    handOver(ctx, state);
    expect([ctx.colon?.cue.word, ctx.colon?.resolved.speaker.name, ctx.colon?.frame, ctx.list?.paragraph]).toEqual(['told', 'Ana Ruiz', 0, 0]);
    expect(ctx.previous).toEqual({ first: state.first, end: state.end });
    const next = before(text, 1, quotedSpans);
    quotedSpans(next.ctx, next.state);
    expect(brief(text, next.state.inFrame[0]!)).toEqual(['direct', 'We are ready.', 'Ana Ruiz', 'direct:colon-before:name']);
  });
});
