/**
 * Verbs that headlines put right after a name ("… Tweets", "… Nixes Plan") but that the Penn
 * Treebank lexicon (wire news of the late 1980s) does not know as verbs. Hand-compiled from
 * general knowledge of headline style; the lexicon's own verbs are found there
 * (`mayBeThirdPersonVerb` in english.ts).
 */
export const HEADLINE_VERBS: readonly string[] = [
  'Tweets', 'Retweets', 'Texts', 'Emails', 'Trolls', 'Torches', 'Dings', 'Nixes', 'Eyes', 'Livestreams', 'Endorses',
];
