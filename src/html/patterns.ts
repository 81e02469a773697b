/**
 * Class/id and text patterns the extractor matches, compiled once. The hint words are the
 * common vocabulary of news-site templates (the same families Readability, boilerpipe and
 * trafilatura key on); each list says what a match means.
 */

/** Blocks that are almost never the story: navigation, chrome, promos, comments. */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|signup|subscribe|paywall|promo|outbrain|taboola|toolbar|masthead/i;

/** ...unless the same name also says it may hold the story. */
export const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow|entry/i;

/** Names that mark chrome even when they also contain a content word ("related-articles"). */
export const ALWAYS_UNLIKELY = /related|outbrain|taboola|newsletter|cookie|consent|recommend|most-popular|trending|disqus|comments-section/i;

/** Class/id words that raise a block's score. */
export const POSITIVE_HINT =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-text/i;

/** Class/id words that lower a block's score. */
export const NEGATIVE_HINT =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|dateline|newsletter|subscribe|recirc|most-popular|signup/i;

/** Share bars and social buttons inside the story container. */
export const SHARE = /(\b|_)(share|sharedaddy|social|follow-us)(\b|_)/i;

/** ARIA roles of page chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
  'banner',
  'contentinfo',
  'search',
]);

/** Classes that hide text from sighted readers (screen-reader-only labels, skip links). */
export const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-hidden|offscreen|u-hidden|is-hidden)(?:\s|$)/i;

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Byline containers by class, id, rel or itemprop. */
export const BYLINE_HINT = /byline|author|writtenby|p-author|contributor|article-by|\bcredit/i;

/** Embedded players that are part of the story rather than ads. */
export const VIDEO_HOST = /\/\/(www\.)?(dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq|bilibili|live\.bilibili)\.com/i;

/** Captions belong to the story's pictures, whatever else their class names say ("media-caption"). */
export const CAPTION_HINT = /caption/i;

/** A line pointing at other stories: "Related: ...", "READ MORE: ...", "See also: ...". */
export const RECIRCULATION_LEAD = /^(?:related|read more|read also|also read|see also|more|watch|listen|recommended|further reading|more on this)\s*[:：—–-]\s*\S/i;

/** Commas in Latin and CJK scripts, counted as a sign of prose. */
export const COMMA = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Sentence-ending punctuation at the end of a short block. */
export const SENTENCE_END = /[.!?。！？]["”’»)]?$/;
