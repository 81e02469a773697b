/**
 * Whole lines that news templates put inside the story container but that are interface, not
 * story: ad labels, "continue reading" prompts, share and save buttons. Gathered from the
 * markup of English-language news sites (the same strings recur across CMSes); matched
 * case-insensitively against a block's entire text, so a sentence that merely contains
 * these words is never affected.
 */
export const BOILERPLATE_LINES: readonly string[] = [
  'advertisement',
  'advertisements',
  'ad',
  'sponsored',
  'sponsored content',
  'continue reading the main story',
  'continue reading',
  'continue reading below',
  'story continues below',
  'story continues below advertisement',
  'article continues below',
  'article continues below advertisement',
  'scroll to continue with content',
  'read more',
  'read more below',
  'show more',
  'skip advertisement',
  'share this article',
  'share this story',
  'share',
  'save',
  'save article',
  'copy link',
  'link copied',
  'print',
  'enlarge this image',
  'toggle caption',
  'hide caption',
  'image',
  'photo',
  'video',
];
