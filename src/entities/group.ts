/**
 * Groups resolved mentions into the article's entities: one entity per person, place or
 * organisation, whatever short form or alias each mention uses ("Peskov" → "Dmitry Peskov",
 * "U.S." → "United States", "Kiev" → "Kyiv" as spelled first). An entity keeps the type of
 * its first confident mention.
 */
import type { Entity, Mention } from '../model.js';
import { nameKey } from './identity.js';
import type { Resolved } from './resolve.js';

/** The name an entity is shown under: the full name a short form stands for, or the listed name. */
function displayName(r: Resolved): string {
  return r.fullName ?? r.canonical ?? r.surface;
}

export function groupEntities(resolved: readonly Resolved[]): Entity[] {
  const byKey = new Map<string, { entity: Entity; confident: boolean }>();
  for (const r of resolved) {
    const name = displayName(r);
    const key = nameKey(name);
    const mention: Mention = { start: r.start, end: r.end, rule: r.rule };
    const found = byKey.get(key);
    if (!found) {
      byKey.set(key, {
        entity: { id: `e${byKey.size + 1}`, name, type: r.type, aliases: r.surface === name ? [] : [r.surface], mentions: [mention] },
        confident: !r.opener,
      });
      continue;
    }
    found.entity.mentions.push(mention);
    const entity = found.entity;
    if (r.surface !== entity.name && !entity.aliases.includes(r.surface)) entity.aliases.push(r.surface);
    if (!found.confident && !r.opener) {
      found.entity.type = r.type;
      found.confident = true;
    }
  }
  return [...byKey.values()].map(({ entity }) => entity);
}
