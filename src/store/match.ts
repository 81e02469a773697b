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

/**
 * The words of `text`, case and diacritics folded: the phrase a full-text index (FTS5 with
 * `unicode61 remove_diacritics 2`) finds the candidates `wholeWords(text)` then confirms by.
 */
export function foldedWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
