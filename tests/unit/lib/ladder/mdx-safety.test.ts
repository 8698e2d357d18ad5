/** The MDX safe subset on its own: what it lets through, and that each mistake is one part. */
import { describe, expect, it } from 'vitest';
import { foundAt, unsafeParts, unsafeScheme } from '@lib/ladder/mdx-safety';

const found = (body: string) => unsafeParts(body).map((part) => foundAt(part));

describe('unsafeParts', () => {
  it('lets Markdown, fragments, allowed elements and safe links through', () => {
    const body = [
      '## A heading',
      '',
      '- a *list* with `code` and **strong** text',
      '',
      '| a | table |',
      '| - | ----- |',
      '| 1 | 2     |',
      '',
      '<details><summary>More</summary>Hidden <mark>text</mark>.</details>',
      '',
      '<>A fragment</> with [a link](https://example.com/) and [an anchor](#top) and <br />',
    ].join('\n');
    expect(found(body)).toEqual([]);
  });

  it('reports a refused element once, not also what is inside it', () => {
    expect(found('<iframe><script>{process.env.HOME}</script></iframe>')).toEqual([
      "the element <iframe> at line 1, which could run or load code, or restyle the page, in the reader's browser",
    ]);
  });

  it('reports every refused part of a body, each with its line', () => {
    expect(found('{a}\n\nText {b}.\n\n<Chart />')).toEqual([
      'the expression {a} at line 1, which would run as code when the site is built',
      'the expression {b} at line 3, which would run as code when the site is built',
      'the component <Chart> at line 5, which the site does not provide to bodies',
    ]);
  });

  it('refuses a spread of attributes and an upper-case HTML element', () => {
    expect(found('<span {...props}>x</span> <SCRIPT>x</SCRIPT>')).toEqual([
      'the spread {...props} on <span> at line 1, which would run as code when the site is built',
      'the component <SCRIPT> at line 1, which the site does not provide to bodies',
    ]);
  });
});

describe('unsafeScheme', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JAVASCRIPT:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\u0000script:alert(1)', 'javascript'],
    ['vbscript:x', 'vbscript'],
    ['data:text/html,<script>', 'data'],
  ])('%j is refused as %s:', (url, scheme) => {
    expect(unsafeScheme(url)).toBe(scheme);
  });

  it.each([['https://example.com/'], ['http://x'], ['mailto:a@b.c'], ['tel:+1'], ['../levels/'], ['#top'], ['/x']])(
    '%j is fine',
    (url) => {
      expect(unsafeScheme(url)).toBeUndefined();
    },
  );
});
