/** Folds case and diacritics so "Zelenskyy" and "ZELENSKYY" or "Sybiha" and "Sybіha" compare alike. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A whole-word matcher: "Peskov" matches "Dmitry Peskov" but never "Peskova"; "dmitry
 * peskov" matches the two words in that order. Case and diacritics are folded.
 */
export function wholeWords(needle: string): (haystack: string | null) => boolean {
  const words = foldedWords(needle);
  if (words.length === 0) return () => false;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
  return (haystack) => haystack !== null && pattern.test(fold(haystack));
}

function foldedWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The FTS5 phrase that finds, through an index with `unicode61 remove_diacritics 2`, the
 * candidates `wholeWords(needle)` then confirms: its words, in order. Undefined when the needle
 * has no words.
 */
export function ftsPhrase(needle: string): string | undefined {
  const words = foldedWords(needle);
  return words.length === 0 ? undefined : `"${words.join(' ').replace(/"/g, '""')}"`;
}
