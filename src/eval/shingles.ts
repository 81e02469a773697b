/** Word tokens: runs of letters, digits, marks and underscores (Unicode `\w`), lower-cased. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

/** Shingle width of the body metric (the Zyte article-extraction benchmark's choice). */
const SHINGLE_WIDTH = 4;

export interface Overlap {
  precision: number;
  recall: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const width = Math.min(SHINGLE_WIDTH, tokens.length);
  for (let i = 0; i + width <= tokens.length && width > 0; i++) {
    const key = tokens.slice(i, i + width).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Precision and recall of `predicted` against `gold` over multisets of 4-word shingles.
 * An empty prediction has precision 0 (1 when the gold is empty too).
 */
export function shingleOverlap(gold: string, predicted: string): Overlap {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let predTotal = 0;
  let goldTotal = 0;
  for (const n of g.values()) goldTotal += n;
  for (const [key, n] of p) {
    predTotal += n;
    tp += Math.min(n, g.get(key) ?? 0);
  }
  if (goldTotal === 0 && predTotal === 0) return { precision: 1, recall: 1 };
  return {
    precision: predTotal === 0 ? 0 : tp / predTotal,
    recall: goldTotal === 0 ? 1 : tp / goldTotal,
  };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
