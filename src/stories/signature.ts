/**
 * Near-copy signatures: MinHash over word shingles of an article's body. Two copies of one
 * wire story share most of their three-word runs whatever headline, dateline or boilerplate
 * each site puts round them; two stories on the same topic share few. The signature is a
 * fixed-size sample of the shingles, so comparing two articles costs the same however long
 * they are, and banding it finds the candidates without comparing against every article.
 */
import type { Structure } from '../model.js';

/** Words per shingle: three keeps a reworded sentence's untouched runs, while shared phrases ("said on Tuesday") stay rare. */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature: the Jaccard estimate's standard error is about 0.5/√128 ≈ 0.044. */
export const SIGNATURE_SIZE = 128;
/**
 * Bands of rows used to find candidates: 42 bands of 3 make a candidate of a pair at Jaccard
 * 0.5 (a copy trimmed to half) 99.6% of the time, at 0.3 68%, and of two unrelated articles
 * (Jaccard 0.02) 0.03%, so the comparisons per new article stay few however large the archive.
 */
export const BANDS = 42;
export const ROWS_PER_BAND = 3;
/**
 * Articles taken from one band as candidates, the latest stored first. A band shared by more
 * articles than this is a phrase many stories use (boilerplate, a recurring sentence), not a
 * sign of a copy; without the bound the comparisons per new article grow with the archive (on
 * the scale benchmark's recombined sentences, 19 ms an article at 2·10⁴ and climbing). A real
 * copy shares many bands, so it is still found through the others.
 */
export const MAX_BAND_CANDIDATES = 64;
/**
 * A copy when this share of the smaller article's shingles is also in the larger one
 * (containment, estimated from the signatures): a trimmed copy is contained in the original.
 * Measured by scripts/eval-copies.ts; see the README.
 */
export const COPY_CONTAINMENT = 0.45;
/**
 * And the two must share at least this Jaccard similarity: a copy is at least a tenth of the
 * larger article. Without it, a one-paragraph brief and a 5,000-word live blog that share one
 * sentence look "contained" (the estimate is noise when sizes differ a hundredfold).
 */
export const MIN_JACCARD = 0.1;
/** Articles with fewer distinct shingles than this are too short to call a copy. */
export const MIN_SHINGLES = 20;

export interface Signature {
  /** Distinct shingles in the article. */
  shingles: number;
  /** Minimum of each hash function over the shingles. */
  values: Uint32Array;
}

/** FNV-1a over a string's UTF-16 units: a word's 32-bit identity. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads a 32-bit value into an independent-looking one. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The hash functions: multiply-shift, `a·x + b mod 2³²` with odd `a`, over the shingle's mixed
 * hash. One multiply and one add each (a third of the cost of mixing again per function), and
 * the minimum is decided by the high bits, which multiply-shift spreads well.
 */
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i * 0x9e3779b9 + 1) | 1);
const ADDENDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i * 0x85ebca6b + 7));

/** The article's words, lower case, letters and digits only (punctuation and quote styles differ between copies). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function signature(text: string): Signature {
  const tokens = words(text).map(fnv1a);
  const hashes = new Set<number>();
  // A shingle's hash combines its words' hashes, each weighted by position (no string per shingle).
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i += 1) {
    let h = 0;
    for (let j = 0; j < SHINGLE_WORDS; j += 1) h = Math.imul(h ^ (tokens[i + j] as number), 0x01000193) + j;
    hashes.add(h >>> 0);
  }
  const values = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of hashes) {
    const h = mix(shingle);
    for (let k = 0; k < SIGNATURE_SIZE; k += 1) {
      const v = (Math.imul(h, MULTIPLIERS[k] as number) + (ADDENDS[k] as number)) >>> 0;
      if (v < (values[k] as number)) values[k] = v;
    }
  }
  return { shingles: hashes.size, values };
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function jaccard(a: Signature, b: Signature): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k += 1) if (a.values[k] === b.values[k]) same += 1;
  return same / SIGNATURE_SIZE;
}

/** Estimated share of the smaller set inside the larger: |A∩B| = J(|A|+|B|)/(1+J). */
export function containment(a: Signature, b: Signature): number {
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  const j = jaccard(a, b);
  return Math.min(1, (j * (a.shingles + b.shingles)) / ((1 + j) * smaller));
}

export function isCopy(a: Signature, b: Signature): boolean {
  return Math.min(a.shingles, b.shingles) >= MIN_SHINGLES && jaccard(a, b) >= MIN_JACCARD && containment(a, b) >= COPY_CONTAINMENT;
}

/** One integer key per band (band number in the high bits), for an index lookup of candidates. */
export function bandKeys(sig: Signature): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b += 1) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS_PER_BAND; r += 1) h = Math.imul(h ^ (sig.values[b * ROWS_PER_BAND + r] as number), 0x01000193);
    // 32 bits of hash under the band number: a safe integer for SQLite and JavaScript alike.
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

/** The body prose a signature is taken over: paragraphs only, so headlines, datelines and credits never count. */
export function bodyText(text: string, paragraphs: readonly { start: number; end: number }[]): string {
  return paragraphs.map((p) => text.slice(p.start, p.end)).join('\n');
}

/** The prose a story is recognised by: body paragraphs, with the dateline cut from the first. */
export function storyText(text: string, structure: Structure): string {
  const from = structure.dateline?.end ?? 0;
  const paragraphs = structure.paragraphs
    .filter((p) => p.end > from)
    .map((p) => ({ start: Math.max(p.start, from), end: p.end }));
  return bodyText(text, paragraphs);
}

/** An analysed article's story signature: pure, so the analysis workers make it, off the writer's thread. */
export function storySignature(article: { text: string; structure: Structure }): Signature {
  return signature(storyText(article.text, article.structure));
}
