/**
 * Named-entity recognition for one article, rule-based and data-driven. Stages, in order:
 *   1. words    — capitalised words of each sentence, grouped into runs (`words.ts`)
 *   2. segment  — each run split into typed candidates from local evidence (`segment.ts`)
 *   3. resolve  — untyped candidates typed from the whole article (`resolve.ts`)
 *   4. group    — mentions grouped into entities with aliases (`group.ts`)
 * Spans follow CoNLL-2003: titles are outside PERSON spans, possessive endings are outside every
 * span, and hyphenated compounds ("US-Russian", "Trump-Putin") yield the names inside them.
 */
import type { Entity, Sentence } from '../model.js';
import { groupEntities } from './group.js';
import { resolveCandidates } from './resolve.js';
import { segmentRun, type Candidate } from './segment.js';
import { capitalisedWords, groupRuns, wordBefore, type Word } from './words.js';

/** A sentence this share capitalised (or more) is in headline case, where capitals say nothing. */
const HEADLINE_CAPITAL_SHARE = 0.6;
/** Shorter sentences are never judged headline case: "Kremlin aide Yuri Ushakov said." */
const HEADLINE_MIN_WORDS = 4;
const SPACE = 0x20;

/** Words counted as the spaces between them, plus one: close enough, and fast. */
function isHeadline(text: string, sentence: Sentence, words: readonly Word[]): boolean {
  if (words.length < HEADLINE_MIN_WORDS * HEADLINE_CAPITAL_SHARE) return false;
  let total = 1;
  for (let i = sentence.start; i < sentence.end; i++) if (text.charCodeAt(i) === SPACE) total++;
  return total >= HEADLINE_MIN_WORDS && words.length / total >= HEADLINE_CAPITAL_SHARE;
}

export function recognizeEntities(text: string, sentences: readonly Sentence[]): Entity[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    const words = capitalisedWords(text, sentence.start, sentence.end);
    if (words.length === 0) continue;
    const headline = isHeadline(text, sentence, words);
    for (const run of groupRuns(text, words)) {
      const before = wordBefore(text, run.words[0]?.start ?? sentence.start, sentence.start);
      candidates.push(...segmentRun(run, { headline, wordBefore: before }));
    }
  }
  return groupEntities(resolveCandidates(text, candidates));
}
