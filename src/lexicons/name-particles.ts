/**
 * Lower-case particles inside personal names, one list for every stage (structure and html
 * bylines, entities, quote speakers). Compiled by hand from the surname conventions of the
 * languages wire copy names people in most: Dutch and German (van, von, der, den, ten, ter),
 * Romance (de, da, do, dos, das, del, della, di, du, la, le) and Arabic (bin, ibn, al, el).
 */

/** Particles written as words of their own between name words: "Ludwig van Beethoven", "Osama bin Laden". */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'ten', 'ter', 'di', 'du', 'la', 'le',
  'bin', 'ibn', 'al', 'el',
];

/** Particles joined to the surname by a hyphen or an apostrophe: "al-Assad", "el-Sisi", "d’Estaing". */
export const ATTACHED_PARTICLES: readonly string[] = ['al', 'el', 'bin', 'ibn', 'de', 'van', 'von', 'd'];

/** The particles as one regular-expression alternation (they are plain letters: nothing to escape). */
export const NAME_PARTICLE_PATTERN = NAME_PARTICLES.join('|');
export const ATTACHED_PARTICLE_PATTERN = ATTACHED_PARTICLES.join('|');

const particles: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** Is `word` a name particle ("van", "bin")? */
export function isNameParticle(word: string): boolean {
  return particles.has(word);
}
