import type { Sentence, Span } from '../model.js';
import { ABBREVIATIONS } from '../lexicons/abbreviations.js';

/** A sentence ends at . ! ? (and any closing quotes/brackets) followed by space. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+)/g;

function endsWithAbbreviation(text: string, end: number): boolean {
  const word = /(\S+)$/.exec(text.slice(Math.max(0, end - 20), end))?.[1] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:[A-Z]\.)+$/.test(word);
}

/** Splits each paragraph region into sentences, trimmed of surrounding white space. */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const match of body.matchAll(BOUNDARY)) {
      const end = match.index + match[0].length;
      if (endsWithAbbreviation(body, end)) continue;
      push(start, end);
      start = end;
    }
    push(start, body.length);

    function push(from: number, to: number): void {
      const piece = body.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed === '') return;
      const s = paragraph.start + from + lead;
      sentences.push({ start: s, end: s + trimmed.length, paragraph: index });
    }
  });
  return sentences;
}
