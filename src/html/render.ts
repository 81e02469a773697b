import { BLOCK } from './blocks.js';
import type { AnyNode, Element } from './dom.js';

/** Horizontal whitespace runs (newlines are line breaks from `<br>` and kept). */
const SPACE_RUN = /[^\S\n]+/g;
/** Two line breaks with only spaces between: the paragraph break of `<br>`-built pages. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** Invisible characters pages use for layout: zero-width spaces, joiners, soft hyphens. */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const NOTHING: ReadonlySet<Element> = new Set();
/** Table cells on one row are joined by this. */
const CELL_SEPARATOR = ' ';

/**
 * The text of the chosen blocks: one paragraph per block element, paragraphs separated by a
 * blank line, `<br>` kept as a line break, whitespace collapsed (kept inside `<pre>`).
 */
export function renderText(blocks: readonly Element[], dropped: ReadonlySet<Element> = NOTHING): string {
  const out = new Renderer(dropped);
  for (const block of blocks) out.block(block);
  return out.finish();
}

class Renderer {
  private readonly paragraphs: string[] = [];
  private current = '';

  constructor(private readonly dropped: ReadonlySet<Element>) {}

  block(el: Element): void {
    this.element(el, false);
  }

  finish(): string {
    this.flush();
    return this.paragraphs.join('\n\n');
  }

  private node(node: AnyNode, pre: boolean): void {
    if (node.type === 'text') {
      this.current += pre ? node.data : node.data.replace(/\n/g, ' ');
    } else if (node.type === 'tag' && !this.dropped.has(node)) {
      this.element(node, pre);
    }
  }

  private element(el: Element, pre: boolean): void {
    const name = el.name;
    if (name === 'br') {
      this.current += '\n';
      return;
    }
    if (name === 'td' || name === 'th') this.current += CELL_SEPARATOR;
    const isBlock = BLOCK.has(name) && name !== 'td' && name !== 'th';
    if (isBlock) this.flush();
    const inPre = pre || name === 'pre';
    for (const child of el.children) this.node(child, inPre);
    if (isBlock) this.flush();
  }

  /** Ends the current block; a blank line inside it (`<br><br>`) also ends a paragraph. */
  private flush(): void {
    if (this.current === '') return;
    for (const part of this.current.replace(INVISIBLE, '').split(BLANK_LINE)) {
      const lines = part
        .split('\n')
        .map((line) => line.replace(SPACE_RUN, ' ').trim())
        .filter((line) => line !== '');
      if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
    }
    this.current = '';
  }
}
