/**
 * Verbs of saying that follow a quoted question or exclamation ("“Why now?” Peskov asked.").
 * When one comes right after the quoted question or exclamation and its speaker, the
 * attribution belongs to the quote's sentence. Forms from AP guidance on attribution; lower case.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'added', 'adds', 'wrote', 'writes', 'replied', 'shouted',
  'exclaimed', 'insisted', 'continued', 'recalled', 'tweeted', 'posted', 'declared', 'noted',
]);

/** Pronouns that may stand for the speaker between the quote and the verb. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
