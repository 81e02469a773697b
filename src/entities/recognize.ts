import type { Entity, EntityType, Mention, Sentence } from '../model.js';
import { CITIES, COUNTRIES, NATIONALITIES } from '../lexicons/places.js';

const GAZETTEER: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...COUNTRIES.map((name) => [name, 'GPE'] as const),
  ...CITIES.map((name) => [name, 'GPE'] as const),
  ...NATIONALITIES.map((name) => [name, 'NORP'] as const),
]);

/** Runs of capitalised words (with inner "of", "for", "the"), e.g. "Institute for the Study of War". */
const NAME_RUN = /\b(?:[A-Z][\p{L}'’.-]*[\p{L}.])(?:\s+(?:(?:of|for|the|on)\s+)*[A-Z][\p{L}'’.-]*[\p{L}.])*/gu;

/** Capitalised words that open sentences or label sections rather than name anything. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'But', 'And', 'However', 'Meanwhile', 'According', 'Details', 'Reminder', 'Some', 'Although', 'When', 'On', 'In', 'Yes', 'Not', 'Perhaps']);

/**
 * First form of entity recognition: gazetteer places and nationalities, and other runs of
 * two or more capitalised words taken as people. Later issues replace this stage.
 */
export function recognizeEntities(text: string, sentences: readonly Sentence[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(NAME_RUN)) {
      let surface = match[0].replace(/[’']s$/, '');
      let offset = match.index;
      const firstWord = surface.split(/\s+/)[0] ?? '';
      if (NOT_NAMES.has(firstWord)) {
        const rest = surface.slice(firstWord.length).trimStart();
        offset += surface.length - rest.length;
        surface = rest;
      }
      if (surface === '') continue;
      const type = GAZETTEER.get(surface) ?? (surface.includes(' ') ? 'PERSON' : undefined);
      if (!type) continue;
      const mention: Mention = { start: sentence.start + offset, end: sentence.start + offset + surface.length, rule: GAZETTEER.has(surface) ? 'gazetteer' : 'name-run' };
      const entity = byName.get(surface);
      if (entity) entity.mentions.push(mention);
      else byName.set(surface, { id: `e${byName.size + 1}`, name: surface, type, aliases: [], mentions: [mention] });
    }
  }
  linkSurnames([...byName.values()], text, sentences);
  return [...byName.values()];
}

/** A lone surname later in the article refers to the person whose full name ends with it. */
function linkSurnames(entities: Entity[], text: string, sentences: readonly Sentence[]): void {
  for (const person of entities.filter((e) => e.type === 'PERSON')) {
    const surname = person.name.split(' ').at(-1) ?? '';
    if (surname.length < 3) continue;
    const pattern = new RegExp(`\\b${surname}\\b(?![\\s-][A-Z])`, 'g');
    for (const sentence of sentences) {
      for (const match of text.slice(sentence.start, sentence.end).matchAll(pattern)) {
        const start = sentence.start + match.index;
        if (person.mentions.some((m) => m.start <= start && start < m.end)) continue;
        person.mentions.push({ start, end: start + surname.length, rule: 'surname' });
        if (!person.aliases.includes(surname)) person.aliases.push(surname);
      }
    }
    person.mentions.sort((a, b) => a.start - b.start);
  }
}
