/**
 * Comments, scripts, styles, inline SVG, navigation, asides and footers: on news pages well
 * over half the bytes, none of them story text (the extractor drops `nav`, `aside` and
 * `footer` anyway). Cutting them out before parsing halves the parser's work.
 *
 * One alternation scanned left to right keeps the tokenizer's order: a `<script>` inside a
 * comment goes with the comment, a `<!--` inside a script with the script. Tag names must end
 * where the name does, so custom elements such as `<nav-menu>` are not mistaken for them.
 *
 * Kept: JSON-LD scripts (metadata and the article body come from them), and any nav, aside
 * or footer that wraps an `<article>` or `<main>` (markup that broken or unusual is left to
 * the parser) or holds a byline or a date (some templates put them there).
 */
const INERT =
  /<!--[\s\S]*?-->|<script(?=[\s>/])([^>]*)>[\s\S]*?<\/script\s*>|<style(?=[\s>/])[^>]*>[\s\S]*?<\/style\s*>|<svg(?=[\s>/])[\s\S]*?<\/svg\s*>|<(nav|aside|footer)(?=[\s>/])[\s\S]*?<\/\2\s*>/gi;
const JSON_LD_TYPE = /type\s*=\s*["']?application\/ld\+json/i;
/** A nav, aside or footer holding the story, or metadata (bylines, dates) the cascade reads, stays. */
const HOLDS_STORY_OR_META = /<(?:article|main)\b|\bitemprop=|\bdatetime=|author|byline/i;

export function stripInert(html: string): string {
  return html.replace(INERT, (match: string, scriptAttrs: string | undefined, chrome: string | undefined) => {
    if (scriptAttrs !== undefined) return JSON_LD_TYPE.test(scriptAttrs) ? match : '';
    if (chrome !== undefined) return HOLDS_STORY_OR_META.test(match) ? match : '';
    return '';
  });
}
