// Which MDX files the content subset holds: all but the site's own pages under src/pages/, so that the
// embedding guide may import its components while content/ (wherever it is read from) may not.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentMdxSafety, isSitePage } from '@lib/ladder/mdx-safety-scope';

const repoRoot = join(import.meta.dirname, '../../../..');
const at = (path: string) => pathToFileURL(join(repoRoot, path));
const page = `import Note from '@components/embed/OriginNote.astro';\n\n<Note originKnown={props.known}>Hi</Note>\n`;
const compile = (fileURL?: URL) => mdxToJs(page, { mdastPlugins: [contentMdxSafety], fileURL }).code;

describe('isSitePage', () => {
  it("holds the site's pages only", () => {
    expect(isSitePage(at('src/pages/[track]/_embed-help.mdx'))).toBe(true);
    expect(isSitePage(at('content/pages/software-engineer/faq.mdx'))).toBe(false);
    expect(isSitePage(pathToFileURL('/tmp/ladder-content/pages/se/faq.mdx'))).toBe(false);
    expect(isSitePage(at('src/pages-copy/faq.mdx'))).toBe(false);
    expect(isSitePage(at('src/pages/../../content/pages/se/faq.mdx'))).toBe(false);
    expect(isSitePage(undefined)).toBe(false);
  });
});

describe('contentMdxSafety', () => {
  it('lets a site page import components and read its props', () => {
    expect(compile(at('src/pages/[track]/_embed-help.mdx'))).toContain('props.known');
  });

  it('refuses the same body in content/, elsewhere, and in a file without a path', () => {
    for (const fileURL of [at('content/pages/se/faq.mdx'), pathToFileURL('/tmp/ladder/pages/se/faq.mdx'), undefined]) {
      expect(() => compile(fileURL)).toThrow(/found an import/);
    }
  });
});
