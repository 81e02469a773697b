import type { Sentence, Span } from '../model.js';
import { skipSpace, trimEnd } from './chars.js';
import { nextItemStart } from './lists.js';
import { SENTENCE_RULES, type SentenceRule } from './rules.js';
import { judgeRun } from './terminators.js';

/** Candidate sentence ends: the punctuation that can close an English sentence. */
const TERMINATOR = /[.!?…]/g;

/**
 * Splits each body paragraph into sentences with exact offsets, trimmed of white space.
 * Sentences never cross a paragraph end, and line breaks inside a paragraph (hard-wrapped
 * copy) count as spaces. Within a paragraph:
 *   1. find the next run of `. ! ? …` (one regex scan);
 *   2. if a list item starts before it ("1) … 2) …", "• … • …"), end the sentence there;
 *   3. judge the run (`judgeRun`): abbreviations, ellipses, quotes, list markers;
 *   4. the paragraph's end closes the last sentence, with or without punctuation.
 * Boundaries only ever fall on white space, so a sentence never starts or ends inside a word.
 */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => splitParagraph(text, paragraph, index, sentences));
  return sentences;
}

function splitParagraph(text: string, { start, end }: Span, paragraph: number, out: Sentence[]): void {
  let sentenceStart = skipSpace(text, start, end);
  let itemStart = nextItemStart(text, sentenceStart, end);

  const close = (to: number, rule: SentenceRule): void => {
    const stop = trimEnd(text, sentenceStart, to);
    if (stop > sentenceStart) out.push({ start: sentenceStart, end: stop, paragraph, rule });
    sentenceStart = skipSpace(text, to, end);
    itemStart = nextItemStart(text, sentenceStart, end);
  };

  TERMINATOR.lastIndex = sentenceStart;
  for (;;) {
    const match = TERMINATOR.exec(text);
    const at = match === null || match.index >= end ? end : match.index;
    while (itemStart > sentenceStart && itemStart <= at) close(itemStart, SENTENCE_RULES.listItem);
    if (at === end) break;
    const verdict = judgeRun(text, at, sentenceStart, end);
    if (verdict.cut !== -1 && verdict.rule !== null) close(verdict.cut, verdict.rule);
    TERMINATOR.lastIndex = verdict.resume;
  }
  close(end, SENTENCE_RULES.paragraphEnd);
}
