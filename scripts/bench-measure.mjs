/**
 * Measures one built site (an Astro out dir) for the benchmark: page count, HTML and CSS bytes, the
 * JavaScript each kind of page loads (gzipped), the calculator island and the Pagefind index.
 *
 * Everything is read from the built files, so it measures what a browser would fetch, and it copes with
 * features that do not exist yet: a missing page kind or index is reported as null ("n/a").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Page kinds, told apart by their path (see src/lib/routes.ts: search/, <track>/self-assessment/, <track>/embed/,
 * <track>/embed-help/). The embedding guide is a tool page: its snippet builder is a small script, so it is not
 * counted with the reading pages, which ship none.
 */
export function pageKind(htmlPath) {
  const path = htmlPath.split(sep).join('/');
  if (path === 'search/index.html') return 'search';
  if (/(^|\/)self-assessment\/index\.html$/.test(path)) return 'selfAssessment';
  if (/(^|\/)embed\/index\.html$/.test(path)) return 'embed';
  if (/(^|\/)embed-help\/index\.html$/.test(path)) return 'embedGuide';
  return 'reading';
}
export const PAGE_KINDS = ['reading', 'search', 'selfAssessment', 'embed', 'embedGuide'];

/** Every file under `dir` (recursive), as paths relative to `dir`. */
export function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const sumBytes = (dir, files) => files.reduce((total, file) => total + statSync(join(dir, file)).size, 0);
const gzipBytes = (content) => gzipSync(content).length;

/** The value of each attribute named `name` on tags named `tag`. */
function attributeValues(html, tag, name, filter = () => true) {
  const values = [];
  for (const [element] of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    if (!filter(element)) continue;
    const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(element);
    const value = match && (match[1] ?? match[2] ?? match[3]);
    if (value) values.push(value.replaceAll('&amp;', '&'));
  }
  return values;
}

/** Inline JavaScript: <script> elements without src whose type is JavaScript (not JSON data). */
function inlineScripts(html) {
  const scripts = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    if (body.trim()) scripts.push(body);
  }
  return scripts;
}

/**
 * Module specifiers a script imports with a literal string: `static` for imports and re-exports (fetched
 * with the page), `dynamic` for import("...") (fetched only when the code runs it, e.g. a view opened later).
 */
function importedSpecifiers(code) {
  const found = { static: [], dynamic: [] };
  // Bundlers quote specifiers with ", ' or ` (Rolldown writes import(`./chunk.js`)).
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g))
    found.static.push(match[1]);
  for (const match of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)) found.dynamic.push(match[1]);
  return found;
}

/**
 * Maps a URL as written in a page or script to a file in the out dir, or null for anything that is not a
 * local JavaScript file (external URLs, bare specifiers).
 */
function resolveUrl(url, fromFile, outDir, base) {
  if (/^[a-z]+:|^\/\//i.test(url)) return null;
  const clean = url.split(/[?#]/)[0];
  let path;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base)) return null;
    path = clean.slice(base.length);
  } else if (clean.startsWith('./') || clean.startsWith('../')) {
    path = posix.join(posix.dirname(relative(outDir, fromFile).split(sep).join('/')), clean);
  } else {
    return null;
  }
  const file = join(outDir, path);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Creates a measurer for one out dir; it caches file reads and gzip sizes across pages. */
function jsMeasurer(outDir, base) {
  const gzipCache = new Map();
  const importCache = new Map();
  const gzipOf = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipBytes(readFileSync(file)));
    return gzipCache.get(file);
  };
  const importsOf = (file) => {
    if (!importCache.has(file)) {
      const code = readFileSync(file, 'utf8');
      const { static: fixed, dynamic } = importedSpecifiers(code);
      const resolveAll = (urls) => urls.map((url) => resolveUrl(url, file, outDir, base)).filter(Boolean);
      importCache.set(file, { static: resolveAll(fixed), dynamic: resolveAll(dynamic) });
    }
    return importCache.get(file);
  };
  /** The entry files plus everything they import, transitively; dynamic imports only when asked. */
  const closure = (entries, { dynamic = false } = {}) => {
    const seen = new Set();
    const stack = [...entries];
    while (stack.length) {
      const file = stack.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      const imports = importsOf(file);
      stack.push(...imports.static, ...(dynamic ? imports.dynamic : []));
    }
    return seen;
  };
  /** Files only a dynamic import reaches: loaded on demand, not with the page. */
  const onDemand = (entries, loaded) => new Set([...closure(entries, { dynamic: true })].filter((f) => !loaded.has(f)));
  const sizeOf = (files) => [...files].reduce((total, file) => total + gzipOf(file), 0);

  return function measurePage(htmlFile) {
    const html = readFileSync(htmlFile, 'utf8');
    const resolve = (urls, from = htmlFile) => urls.map((url) => resolveUrl(url, from, outDir, base)).filter(Boolean);
    const inline = inlineScripts(html);
    const islandEntries = resolve([
      ...attributeValues(html, 'astro-island', 'component-url'),
      ...attributeValues(html, 'astro-island', 'renderer-url'),
      ...attributeValues(html, 'astro-island', 'before-hydration-url'),
    ]);
    const entries = [
      ...islandEntries,
      ...resolve(attributeValues(html, 'script', 'src')),
      ...resolve(attributeValues(html, 'link', 'href', (tag) => /rel\s*=\s*["']?modulepreload/i.test(tag))),
      ...resolve(inline.flatMap((code) => importedSpecifiers(code).static)),
    ];
    const dynamicEntries = resolve(inline.flatMap((code) => importedSpecifiers(code).dynamic));
    const files = closure(entries);
    const lazy = onDemand([...entries, ...dynamicEntries], files);
    const islandFiles = closure(islandEntries);
    return {
      jsFiles: files.size,
      jsGzip: sizeOf(files) + inline.reduce((total, code) => total + gzipBytes(code), 0),
      lazyGzip: sizeOf(lazy),
      islandGzip: islandFiles.size ? sizeOf(islandFiles) : 0,
      islandLazyGzip: islandFiles.size ? sizeOf(onDemand(islandEntries, islandFiles)) : 0,
    };
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

/**
 * Measures the site in `outDir`, built with base path `base`. Sizes are in bytes; any figure for a part
 * of the site that does not exist is null.
 */
export function measureSite(outDir, { base = '/' } = {}) {
  const files = listFiles(outDir);
  const inPagefind = (file) => file.split(sep)[0] === 'pagefind';
  const htmlFiles = files.filter((file) => file.endsWith('.html') && !inPagefind(file));
  const cssFiles = files.filter((file) => file.endsWith('.css') && !inPagefind(file));
  const measurePage = jsMeasurer(outDir, base.endsWith('/') ? base : `${base}/`);

  const byKind = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, []]));
  for (const file of htmlFiles) byKind[pageKind(file)].push(measurePage(join(outDir, file)));
  const javascript = Object.fromEntries(
    PAGE_KINDS.map((kind) => {
      const pages = byKind[kind];
      if (pages.length === 0) return [kind, null];
      const sizes = pages.map((page) => page.jsGzip);
      const lazy = Math.max(...pages.map((page) => page.lazyGzip));
      return [kind, { pages: pages.length, gzipMedian: median(sizes), gzipMax: Math.max(...sizes), lazyGzipMax: lazy }];
    }),
  );
  const islands = byKind.selfAssessment.map((page) => page.islandGzip).filter((size) => size > 0);
  const islandsLazy = byKind.selfAssessment.map((page) => page.islandLazyGzip);

  const pagefindDir = join(outDir, 'pagefind');
  const pagefindFiles = listFiles(pagefindDir);
  const ladderJson = join(outDir, 'ladder.json');

  return {
    pages: htmlFiles.length,
    htmlBytes: sumBytes(outDir, htmlFiles),
    cssBytes: sumBytes(outDir, cssFiles),
    cssFiles: cssFiles.length,
    javascript,
    calculatorIslandGzip: islands.length ? Math.max(...islands) : null,
    calculatorLazyGzip: islands.length ? Math.max(...islandsLazy) : null,
    searchIndex: pagefindFiles.length
      ? { bytes: sumBytes(pagefindDir, pagefindFiles), files: pagefindFiles.length }
      : null,
    ladderJsonBytes: existsSync(ladderJson) ? statSync(ladderJson).size : null,
  };
}
