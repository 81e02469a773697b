import { cleanContent } from './clean.js';
import type { Element } from './dom.js';
import { measure } from './measure.js';
import { pruneChrome } from './prune.js';
import { renderText } from './render.js';
import { scoreCandidates } from './score.js';
import { selectContent } from './select.js';

/** A body shorter than this suggests the pruning threw the story away: retry more gently. */
const MIN_BODY_CHARS = 500;

/** Each retry trusts class/id names less: first to drop chrome, then to score at all. */
const ATTEMPTS = [
  { dropUnlikely: true, useHints: true },
  { dropUnlikely: false, useHints: true },
  { dropUnlikely: false, useHints: false },
] as const;

/**
 * The story text of a page body. Stages, in order: prune chrome → measure text → score
 * containers → select the story and its siblings → clean inside it → render paragraphs.
 * When the result is short, the stages run again with fewer class/id assumptions and the
 * longest result wins.
 */
export function extractBody(body: Element, title: string): string {
  let best = '';
  for (const attempt of ATTEMPTS) {
    const dropped = pruneChrome(body, attempt);
    const stats = measure(body, dropped);
    const scores = scoreCandidates(body, { dropped, stats, useHints: attempt.useHints });
    const blocks = selectContent(body, scores, { dropped, stats });
    cleanContent(blocks, { dropped, stats, title });
    const text = renderText(blocks, dropped);
    if (text.length >= MIN_BODY_CHARS) return text;
    if (text.length > best.length) best = text;
  }
  return best;
}
