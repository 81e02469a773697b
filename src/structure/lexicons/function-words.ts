/**
 * Words a headline does not end on (articles, prepositions, conjunctions, auxiliaries). A
 * line that ends on one is cut-off prose, not the headline of a related story. Closed-class
 * English function words; lower case.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with',
  'from', 'into', 'onto', 'about', 'as', 'than', 'that', 'which', 'who', 'whose', 'whom', 'if',
  'because', 'while', 'when', 'where', 'after', 'before', 'since', 'until', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those',
]);
