import { describe, expect, it } from 'vitest';
import { childElements, parseHtml } from '../../src/html/dom.js';
import { renderText } from '../../src/html/render.js';

const render = (html: string): string => renderText(childElements(parseHtml(html)));

describe('renderText', () => {
  it.each([
    ['paragraphs become blank-line separated', '<div><p>One.</p><p>Two.</p></div>', 'One.\n\nTwo.'],
    ['inline whitespace collapses', '<p>  a \n  b\t\tc  </p>', 'a b c'],
    ['one <br> is a line break', '<p>line one<br>line two</p>', 'line one\nline two'],
    ['two <br> end a paragraph', '<div>first<br><br>  second</div>', 'first\n\nsecond'],
    ['list items are paragraphs', '<ul><li>alpha</li><li>beta</li></ul>', 'alpha\n\nbeta'],
    ['table cells on a row share a line', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\n\nc'],
    ['inline elements do not break', '<p>a <b>bold</b> and <a href="#">link</a>.</p>', 'a bold and link.'],
    ['invisible characters go', '<p>soft\u00adhy\u200bphen</p>', 'softhyphen'],
    ['<pre> keeps its line breaks', '<pre>x = 1\ny = 2</pre>', 'x = 1\ny = 2'],
    ['a paragraph repeated at once is kept once', '<div><p>Caption.</p><p>Caption.</p><p>Body.</p></div>', 'Caption.\n\nBody.'],
    ['empty blocks leave nothing', '<div><p> </p><div></div></div>', ''],
  ])('%s', (_label, html, text) => {
    expect(render(html)).toBe(text);
  });

  it('leaves out dropped subtrees', () => {
    const [root] = childElements(parseHtml('<div><p>keep</p><p>drop</p></div>'));
    const drop = root?.children.filter((c) => c.type === 'tag')[1];
    expect(root && drop && drop.type === 'tag' ? renderText([root], new Set([drop])) : '?').toBe('keep');
  });
});
