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
 * blank line, `<br>` kept as a line break, whitespace collapsed (line breaks kept inside `<pre>`), a
 * paragraph repeated right after itself kept once.
 */
export function renderText(blocks: readonly Element[], dropped: ReadonlySet<Element> = NOTHING): string {
  const out = new Renderer(dropped);
  for (const block of blocks) out.block(block);
  return out.finish();
}

/** A step of the walk: a node to enter, or the end of a block element to close. */
type Step = { node: AnyNode; pre: boolean } | { closes: true };

class Renderer {
  private readonly paragraphs: string[] = [];
  private current = '';

  constructor(private readonly dropped: ReadonlySet<Element>) {}

  /** Walks with an explicit stack: pages nest thousands of elements deep. */
  block(root: Element): void {
    const stack: Step[] = [{ node: root, pre: false }];
    while (stack.length > 0) {
      const step = stack.pop() as Step;
      if ('closes' in step) {
        this.flush();
        continue;
      }
      const { node, pre } = step;
      if (node.type === 'text') {
        this.current += pre ? node.data : node.data.replace(/\n/g, ' ');
        continue;
      }
      if (node.type !== 'tag' || (node !== root && this.dropped.has(node))) continue;
      if (node.name === 'br') {
        this.current += '\n';
        continue;
      }
      if (node.name === 'td' || node.name === 'th') this.current += CELL_SEPARATOR;
      const isBlock = BLOCK.has(node.name) && node.name !== 'td' && node.name !== 'th';
      if (isBlock) {
        this.flush();
        stack.push({ closes: true });
      }
      const inPre = pre || node.name === 'pre';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, pre: inPre });
    }
  }

  finish(): string {
    this.flush();
    return this.paragraphs.join('\n\n');
  }

  /** Ends the current block; a blank line inside it (`<br><br>`) also ends a paragraph. */
  private flush(): void {
    if (this.current === '') return;
    for (const part of this.current.replace(INVISIBLE, '').split(BLANK_LINE)) {
      const lines = part
        .split('\n')
        .map((line) => line.replace(SPACE_RUN, ' ').trim())
        .filter((line) => line !== '');
      const paragraph = lines.join('\n');
      // Responsive templates repeat a caption or lede for another screen size: keep one.
      if (paragraph !== '' && paragraph !== this.paragraphs[this.paragraphs.length - 1]) this.paragraphs.push(paragraph);
    }
    this.current = '';
  }
}
