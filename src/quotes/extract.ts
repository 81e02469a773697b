import type { Entity, Quote, Sentence, Span, Speaker } from '../model.js';
import { PRONOUNS, SPEECH_VERBS } from '../lexicons/speech-verbs.js';

export interface QuoteInput {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

const QUOTED = /“([^”]*)”|"([^"]*)"/g;
const CUE = new RegExp(`\\b(${SPEECH_VERBS.join('|')})\\b`, 'i');
const PRONOUN = new RegExp(`\\b(${PRONOUNS.join('|')})\\b`, 'i');
/** Quoted words that open the sentence or follow a colon are a direct quote; elsewhere a fragment. */
const DIRECT_OPENING = /(?:^|:)\s*$/;

function personAt(entities: readonly Entity[], region: Span): { entity: Entity; mention: Span } | undefined {
  let best: { entity: Entity; mention: Span } | undefined;
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    for (const mention of entity.mentions) {
      if (mention.start >= region.start && mention.end <= region.end && (!best || mention.start < best.mention.start)) {
        best = { entity, mention };
      }
    }
  }
  return best;
}

/**
 * First form of quote extraction: quoted spans in a sentence with a speech verb, the speaker
 * being the first person named outside the quote marks, or the last named speaker for "he said".
 */
export function extractQuotes({ text, sentences, entities }: QuoteInput): Quote[] {
  const quotes: Quote[] = [];
  let lastSpeaker = null as Speaker | null;
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const outside = body.replace(QUOTED, (m) => ' '.repeat(m.length));
    const cue = CUE.exec(outside);
    const found = personAt(entities, sentence);
    let speaker: Speaker | null = null;
    if (cue && found && (outside.slice(found.mention.start - sentence.start, found.mention.end - sentence.start).trim() !== '')) {
      speaker = { name: found.entity.name, surface: text.slice(found.mention.start, found.mention.end), start: found.mention.start, end: found.mention.end, entityId: found.entity.id };
    } else if (cue && lastSpeaker) {
      const pronoun = PRONOUN.exec(outside);
      if (pronoun) speaker = { ...lastSpeaker, surface: pronoun[0], start: sentence.start + pronoun.index, end: sentence.start + pronoun.index + pronoun[0].length };
    }
    for (const match of body.matchAll(QUOTED)) {
      const inner = match[1] ?? match[2] ?? '';
      const start = sentence.start + match.index + 1;
      const opening = DIRECT_OPENING.test(body.slice(0, match.index));
      const kind = !cue ? 'term' : opening ? 'direct' : 'mixed';
      quotes.push({
        start,
        end: start + inner.length,
        kind,
        cue: cue ? cue[1] ?? null : null,
        ...(cue ? { cueSpan: { start: sentence.start + cue.index, end: sentence.start + cue.index + cue[0].length } } : {}),
        speaker: kind === 'term' ? null : speaker,
        rule: kind === 'term' ? 'no-cue' : speaker ? (speaker.surface === speaker.name || found ? 'named-speaker' : 'pronoun-carry') : 'no-speaker',
      });
    }
    if (speaker) lastSpeaker = speaker;
  }
  return quotes;
}
