/**
 * The benchmark's site measurer, on a small hand-made out dir: it finds the JavaScript each kind of page
 * loads (script tags, module preloads, inline imports, island URLs and what those import), gzips it, and
 * reports n/a for parts of the site that do not exist.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureSite, pageKind } from '@scripts/bench-measure.mjs';

let outDir: string | undefined;
afterEach(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = undefined;
});

function site(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  outDir = dir;
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text).length;
// Distinct, non-trivial file bodies so that each size is recognisable.
const body = (name: string, lines: number) =>
  Array.from({ length: lines }, (_, i) => `console.log("${name} ${i}");`).join('\n');

describe('pageKind', () => {
  it('tells search, self-assessment, embed and embedding-guide pages from reading pages by their path', () => {
    expect(pageKind('search/index.html')).toBe('search');
    expect(pageKind('software-engineer/self-assessment/index.html')).toBe('selfAssessment');
    expect(pageKind('software-engineer/embed/index.html')).toBe('embed');
    expect(pageKind('software-engineer/embed-help/index.html')).toBe('embedGuide');
    expect(pageKind('software-engineer/levels/l3/index.html')).toBe('reading');
    expect(pageKind('index.html')).toBe('reading');
  });
});

describe('measureSite', () => {
  it('reports pages, HTML and CSS bytes, and n/a for what the site does not have', () => {
    const dir = site({
      'index.html': '<html><body>home</body></html>',
      'a/index.html': '<html><link rel="stylesheet" href="/_astro/site.css"><body>a</body></html>',
      '_astro/site.css': 'body{color:red}',
      'ladder.json': '{"tracks":[]}',
    });
    const result = measureSite(dir);
    expect(result.pages).toBe(2);
    expect(result.htmlBytes).toBe(
      '<html><body>home</body></html>'.length +
        '<html><link rel="stylesheet" href="/_astro/site.css"><body>a</body></html>'.length,
    );
    expect(result.cssBytes).toBe('body{color:red}'.length);
    expect(result.javascript.reading).toEqual({ pages: 2, gzipMedian: 0, gzipMax: 0, lazyGzipMax: 0 });
    expect(result.javascript.search).toBeNull();
    expect(result.javascript.selfAssessment).toBeNull();
    expect(result.calculatorIslandGzip).toBeNull();
    expect(result.calculatorLazyGzip).toBeNull();
    expect(result.searchIndex).toBeNull();
    expect(result.ladderJsonBytes).toBe('{"tracks":[]}'.length);
  });

  it('follows script tags, inline imports and static imports, counting each file once; dynamic imports are on demand', () => {
    const shared = body('shared', 40);
    const search = `import{a as b}from"./shared.js";import("./lazy.js");${body('search', 30)}`;
    const lazy = body('lazy', 20);
    const inline = `import "/_astro/theme.js"; ${body('inline', 5)}`;
    const theme = `import"./shared.js";${body('theme', 10)}`;
    const dir = site({
      'index.html': `<html><script type="module">${inline}</script><script type="application/ld+json">{"a":1}</script></html>`,
      'search/index.html': '<html><script type="module" src="/_astro/search.js"></script></html>',
      '_astro/search.js': search,
      '_astro/shared.js': shared,
      '_astro/lazy.js': lazy,
      '_astro/theme.js': theme,
      '_astro/unused.js': body('unused', 50),
      'pagefind/pagefind.js': body('pagefind', 10),
      'pagefind/index/en_1.pf_index': 'x'.repeat(500),
    });
    const result = measureSite(dir);
    expect(result.javascript.search).toEqual({
      pages: 1,
      gzipMedian: gz(search) + gz(shared),
      gzipMax: gz(search) + gz(shared),
      lazyGzipMax: gz(lazy),
    });
    const home = gz(inline) + gz(theme) + gz(shared);
    expect(result.javascript.reading).toEqual({ pages: 1, gzipMedian: home, gzipMax: home, lazyGzipMax: 0 });
    expect(result.searchIndex).toEqual({ bytes: body('pagefind', 10).length + 500, files: 2 });
  });

  it('measures the calculator island from the astro-island URLs of the self-assessment page', () => {
    const island = `import{r}from"./react.js";import("./Team.js");${body('calculator', 60)}`;
    const team = `import{r}from"./react.js";${body('team', 30)}`;
    const react = body('react', 200);
    const client = body('client', 15);
    const dir = site({
      'software-engineer/self-assessment/index.html':
        '<html><astro-island uid="1" component-url="/_astro/Calculator.js" renderer-url="/_astro/client.js" client="load"></astro-island>' +
        '<script src="/_astro/page.js"></script></html>',
      '_astro/Calculator.js': island,
      '_astro/react.js': react,
      '_astro/client.js': client,
      '_astro/page.js': body('page', 5),
      '_astro/Team.js': team,
    });
    const result = measureSite(dir);
    expect(result.calculatorIslandGzip).toBe(gz(island) + gz(react) + gz(client));
    expect(result.calculatorLazyGzip).toBe(gz(team));
    expect(result.javascript.selfAssessment?.gzipMax).toBe(gz(island) + gz(react) + gz(client) + gz(body('page', 5)));
    expect(result.javascript.reading).toBeNull();
  });
});
