import { describe, expect, it } from 'vitest';
import { stripInert } from '../../src/html/strip.js';

describe('stripInert', () => {
  it.each([
    ['scripts and styles', '<p>a</p><script>var x = "</p>";</script><style>p{}</style><p>b</p>', '<p>a</p><p>b</p>'],
    ['a JSON-LD script is kept', '<script type="application/ld+json">{"a":1}</script>', '<script type="application/ld+json">{"a":1}</script>'],
    ['a script inside a comment goes with the comment', '<!-- <script> --><p>kept</p><!-- </script> -->', '<p>kept</p>'],
    ['a comment opener inside a script goes with the script', '<script>s = "<!--";</script><p>kept</p>', '<p>kept</p>'],
    ['navigation, asides and footers', '<nav><a href="/">Home</a></nav><p>x</p><aside>More</aside><footer>© 2024</footer>', '<p>x</p>'],
    ['a nav wrapping the story is left alone', '<nav><main><p>story</p></main></nav>', '<nav><main><p>story</p></main></nav>'],
    ['an aside holding the byline is left alone', '<aside><span itemprop="author">Jo Li</span></aside>', '<aside><span itemprop="author">Jo Li</span></aside>'],
    ['custom elements named like them are left alone', '<nav-menu>menu</nav-menu><p>x</p></nav>', '<nav-menu>menu</nav-menu><p>x</p></nav>'],
    ['inline SVG', '<p>a<svg viewBox="0 0 1 1"><title>icon</title></svg>b</p>', '<p>ab</p>'],
    ['an unclosed comment is left to the parser', '<p>a</p><!-- never closed <p>b</p>', '<p>a</p><!-- never closed <p>b</p>'],
  ])('%s', (_label, html, expected) => {
    expect(stripInert(html)).toBe(expected);
  });
});
