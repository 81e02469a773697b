/**
 * Comments, scripts, styles and inline SVG: on news pages about half the bytes, none of them
 * story text. Cutting them out before parsing halves the parser's work. One alternation
 * scanned left to right keeps the tokenizer's order: a `<script>` inside a comment goes with
 * the comment, a `<!--` inside a script with the script. JSON-LD scripts are kept: metadata
 * and the article body come from them.
 */
const INERT =
  /<!--[\s\S]*?-->|<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>/gi;
const JSON_LD_TYPE = /type\s*=\s*["']?application\/ld\+json/i;

export function stripInert(html: string): string {
  return html.replace(INERT, (match: string, scriptAttrs: string | undefined) =>
    scriptAttrs !== undefined && JSON_LD_TYPE.test(scriptAttrs) ? match : '',
  );
}
