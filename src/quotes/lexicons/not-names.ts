/**
 * Capitalised words that open sentences or name times rather than anyone who can speak, so a
 * name read leftwards from a cue stops at them ("On Friday, Putin said" → `Putin`). Hand list
 * of English function words, weekdays and months.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'on', 'in', 'at', 'by', 'to', 'of', 'from',
  'with', 'as', 'after', 'before', 'during', 'since', 'until', 'when', 'while', 'if', 'although', 'though',
  'because', 'however', 'meanwhile', 'moreover', 'also', 'still', 'then', 'earlier', 'later', 'now', 'today',
  'yesterday', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose',
  'where', 'why', 'how', 'yes', 'no', 'not', 'perhaps', 'instead', 'asked', 'speaking', 'according',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'details', 'reminder', 'read', 'more', 'update', 'updated', 'i', 'we', 'you', 'our', 'my', 'your', 'some',
  'many', 'all', 'both', 'each', 'every', 'any', 'such', 'other', 'another', 'its', 'their', 'his', 'her',
  'to', 'recap', 'furthermore', 'additionally', 'separately', 'last', 'next', 'first', 'finally', 'it',
  'she', 'he', 'they', 'said', 'says', 'told',
]);
