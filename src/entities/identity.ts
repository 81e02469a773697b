import type { EntityType } from '../model.js';

/**
 * The key under which two names of one real-world entity meet across articles: case,
 * diacritics, punctuation and spacing folded. The store looks canonical entities up by it.
 */
export function identityKey(name: string, type: EntityType): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${type}:${folded}`;
}
