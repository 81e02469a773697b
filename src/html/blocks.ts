/** Element-name sets shared by scoring, cleaning and rendering. */

/** Elements that start a new block of text. */
export const BLOCK: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'html',
]);

/** Elements whose own text is scored as a paragraph. */
export const PARAGRAPH: ReadonlySet<string> = new Set([
  'p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6', 'section',
]);

/** Containers that may hold paragraphs directly (their loose text is scored too). */
export const CONTAINER: ReadonlySet<string> = new Set([
  'div', 'article', 'section', 'main', 'td', 'blockquote', 'center', 'body',
]);

export const HEADING: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
