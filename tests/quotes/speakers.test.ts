import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model.js';
import { subjectEndingAt } from '../../src/quotes/phrase.js';
import { createSpeakerContext, personSince, resolveSpeaker } from '../../src/quotes/speakers.js';
import { tokenAt, tokensOf } from './helpers.js';

/** Resolves, in order, the phrase before each occurrence of `verb`: [name, how] per occurrence. */
function speakersBefore(text: string, verb: string, entities: Entity[] = []): ([string, string] | null)[] {
  const tokens = tokensOf(text);
  const ctx = createSpeakerContext(text, tokens, entities);
  const found: ([string, string] | null)[] = [];
  for (let at = tokens.findIndex((t) => t.text === verb); at >= 0; at = tokens.findIndex((t, i) => i > at && t.text === verb)) {
    const phrase = subjectEndingAt(tokens, at - 1, 0);
    const resolved = phrase ? resolveSpeaker(ctx, phrase) : null;
    found.push(resolved ? [resolved.speaker.name, resolved.how] : null);
  }
  return found;
}

function person(id: string, name: string, text: string, ...surfaces: string[]): Entity {
  return { id, name, type: 'PERSON', aliases: [], mentions: surfaces.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })) };
}

describe('speaker resolution', () => {
  it('a pronoun goes back to the latest speaker of its gender', () => {
    const text = 'Maria Ruiz said yes. David Berg said no. She said maybe. He said never.';
    expect(speakersBefore(text, 'said')).toEqual([
      ['Maria Ruiz', 'name'],
      ['David Berg', 'name'],
      ['Maria Ruiz', 'pronoun'],
      ['David Berg', 'pronoun'],
    ]);
  });

  it('a surname alone takes the fullest form of the name, and links to its entity', () => {
    const text = 'Mayor Joan Pike said yes. Later Pike said no.';
    const entities = [person('e1', 'Joan Pike', text, 'Joan Pike', 'Pike said no')];
    entities[0]!.mentions[1]!.end = entities[0]!.mentions[1]!.start + 'Pike'.length;
    expect(speakersBefore(text, 'said', entities)).toEqual([
      ['Joan Pike', 'name'],
      ['Joan Pike', 'name'],
    ]);
  });

  it('a role noun refers back to the person who spoke; a document speaks as itself', () => {
    const text = 'Mayor Joan Pike said yes. The mayor said no. The report said maybe. The filing said never.';
    expect(speakersBefore(text, 'said')).toEqual([
      ['Joan Pike', 'name'],
      ['Joan Pike', 'role-reference'],
      ['report', 'description'],
      ['filing', 'description'],
    ]);
  });

  it('a body named by what it is speaks as described, never as the group before it, until it spoke', () => {
    const text = 'Voters said yes. The campaign said no. Later the campaign said never.';
    expect(speakersBefore(text, 'said')).toEqual([
      ['Voters', 'description'],
      ['campaign', 'description'],
      ['campaign', 'role-reference'],
    ]);
  });

  it('a name in a title-case line runs only as far as the prose names the person', () => {
    const text = 'Joan Pike Warns Council on Roads\n\nJoan Pike spoke on Monday.';
    const tokens = tokensOf(text);
    const ctx = createSpeakerContext(text, tokens, []);
    const phrase = subjectEndingAt(tokens, tokenAt(tokens, 'Warns'), 0);
    expect(phrase && resolveSpeaker(ctx, phrase)?.speaker.name).toBe('Joan Pike');
  });

  it('the context indexes the fullest name by surname and first name, leaving title-case lines out', () => {
    const text = 'Pike Tells Council To Wait\n\nMayor Joan Pike spoke. Leo Grant agreed.';
    const ctx = createSpeakerContext(text, tokensOf(text), []);
    expect([...ctx.fullNames.bySurname]).toEqual([['pike', 'Joan Pike'], ['grant', 'Leo Grant']]);
    expect([...ctx.fullNames.byFirstName]).toEqual([['joan', 'Joan Pike'], ['leo', 'Leo Grant']]);
    expect([...ctx.titleCase.slice(0, 5)]).toEqual([1, 1, 1, 1, 1]);
    expect(ctx.history).toEqual([]);
  });

  it('personSince gives the latest person remembered at or after an offset, and nobody before it', () => {
    const text = 'Joan Pike said yes. The agency said no. Later Leo Grant said maybe.';
    const tokens = tokensOf(text);
    const ctx = createSpeakerContext(text, tokens, []);
    for (let at = tokens.findIndex((t) => t.text === 'said'); at >= 0; at = tokens.findIndex((t, i) => i > at && t.text === 'said')) {
      const phrase = subjectEndingAt(tokens, at - 1, 0);
      if (phrase) resolveSpeaker(ctx, phrase);
    }
    expect(personSince(ctx, 0)?.name).toBe('Leo Grant');
    expect(personSince(ctx, text.indexOf('Later'))?.name).toBe('Leo Grant');
    expect(personSince(ctx, text.indexOf('maybe'))).toBeNull();
    expect(ctx.history.map((a) => [a.speaker.name, a.kind])).toEqual([['Joan Pike', 'person'], ['agency', 'body'], ['Leo Grant', 'person']]);
  });
});
