/**
 * Verbs that introduce reported speech, in the forms news copy uses. Hand-compiled first
 * list; the quotes stage grows it.
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states',
  'acknowledged', 'admitted', 'insisted', 'warned', 'emphasized', 'emphasizes', 'replied',
  'reaffirmed', 'summarize', 'summarized', 'wrote', 'tweeted', 'announced', 'explained',
];

export const PRONOUNS: readonly string[] = ['he', 'she', 'they'];
