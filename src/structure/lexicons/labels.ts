/**
 * Section labels and page furniture that stand on a line of their own in wire and web copy:
 * "Details", "Reminder" (Ukrainian agencies such as UNN), "Read more", "Read also", and the
 * Reuters standards footer. Collected from agency sites' plain-text renderings; lower case,
 * without a trailing colon.
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'details', 'reminder', 'recall', 'read more', 'read also', 'also read', 'see also', 'related',
  'related news', 'related articles', 'related stories', 'more', 'more on this', 'background',
  'context', 'advertisement', 'sponsored', 'watch', 'video', 'photo', 'photos', 'gallery', 'listen',
  'update', 'updated', 'key points', 'highlights', 'what we know', 'what happened', 'latest',
  'analysis', 'opinion', 'explainer', 'share', 'subscribe', 'sign up here',
  'our standards: the thomson reuters trust principles',
  'our standards: the thomson reuters trust principles., opens new tab',
]);
