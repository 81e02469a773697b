import { describe, expect, it } from 'vitest';
import { parseHtml, walk, type Element } from '../../src/html/dom.js';
import { pruneChrome } from '../../src/html/prune.js';

/** Ids of the elements pruning drops from a page body. */
function droppedIds(body: string, dropUnlikely = true): string[] {
  const doc = parseHtml(`<body>${body}</body>`);
  let root: Element | undefined;
  walk(doc, (el) => {
    if (el.name === 'body') root = el;
  });
  if (root === undefined) return [];
  return [...pruneChrome(root, { dropUnlikely })].map((el) => el.attribs['id'] ?? el.name).sort();
}

describe('pruneChrome', () => {
  it.each([
    ['navigation, forms controls and hidden elements', '<nav id="n"></nav><button id="b"></button><div id="h" hidden></div><div id="s" style="display: none"></div><p id="k">x</p>', ['b', 'h', 'n', 's']],
    ['ARIA chrome roles', '<div id="m" role="navigation"></div><div id="d" role="dialog"></div><div id="c" role="main"></div>', ['d', 'm']],
    ['screen-reader-only labels', '<span id="v" class="visually-hidden">Skip</span><span id="k">x</span>', ['v']],
    ['blocks named like chrome', '<div id="sidebar"></div><div id="comments-section"></div><div id="story-body"></div>', ['comments-section', 'sidebar']],
    ['a chrome name with a content word survives, a related list does not', '<div id="main-header"></div><div id="related-articles"></div>', ['related-articles']],
    ['schema.org articleBody survives a chrome name', '<div id="share-wrap" itemprop="articleBody"></div>', []],
    ['chrome names inside a table are kept', '<table><tr><td><div id="sidebar-cell">x</div><button id="b"></button></td></tr></table>', ['b']],
  ])('drops %s', (_label, body, ids) => {
    expect(droppedIds(body)).toEqual(ids);
  });

  it('keeps blocks named like chrome on the relaxed retry', () => {
    expect(droppedIds('<div id="sidebar"></div><nav id="n"></nav>', false)).toEqual(['n']);
  });
});
