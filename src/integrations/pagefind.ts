/**
 * Astro integration: the Pagefind search index of the site.
 *
 * - `astro build`: writes the index into <outDir>/pagefind/ after the pages are built.
 * - `astro dev` (`npm start`): serves an index from memory at <base>pagefind/, built on the first search
 *   and again after content/ changes, so search works while editing.
 *
 * Either way the index holds the ladder's items, grouped into one document per section with an anchor per
 * item (search-documents.ts, from the same validated content the pages render), the self-assessment
 * introduction, and the site pages (FAQ, promotion, IC tracks, embedding guide) from their HTML.
 */
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { minify } from 'vite';
import { fileURLToPath } from 'node:url';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { buildLadder, type Ladder } from '../lib/ladder/model';
import { siteConfig } from '../lib/site-config';
import { readContentDir } from '../lib/ladder/read-content-dir';
import { joinBase } from '../lib/routes';
import { PAGEFIND_BUNDLE, PAGEFIND_FOLDER } from '../lib/search-bundle';
import { VOCABULARY_FILE, indexWords } from '../lib/search/vocabulary';
import { SEARCH_LANGUAGE, buildSearchRecords } from './pagefind-records';
import {
  documentHtml,
  indexedText,
  searchDocuments,
  selfAssessmentDocuments,
  sitePageHtml,
  sitePages,
  type SitePage,
} from './search-documents';

/**
 * Files Pagefind always writes that this site never loads: its prebuilt UIs (the search page has its own),
 * the wasm for pages without a language (the index is forced to one language) and the web worker (the
 * search page runs Pagefind on the main thread: one file less to download before the first result).
 */
const UNUSED_BUNDLE_FILE =
  /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^wasm\.unknown\.pagefind$|^pagefind-worker\.js$/;

export interface IndexedFile {
  /** Path inside the bundle folder, "/"-separated. */
  path: string;
  content: Uint8Array;
}

/** The site pages' HTML, as `loadPage` finds it (a file in the build, or a response of the dev server). */
async function sitePageFiles(ladder: Ladder, base: string, loadPage: (page: SitePage) => Promise<string | undefined>) {
  const files: { url: string; content: string }[] = [];
  for (const page of sitePages(ladder)) {
    const html = await loadPage(page);
    const content = html && sitePageHtml(html, page);
    if (content) files.push({ url: joinBase(base, page.path), content });
  }
  return files;
}

/** Indexes the ladder and the site pages; returns the bundle's files, minus those the site never loads. */
export async function buildSearchBundle(
  ladder: Ladder,
  base: string,
  loadPage: (page: SitePage) => Promise<string | undefined>,
): Promise<{ files: IndexedFile[]; documents: number }> {
  const documents = [...searchDocuments(buildSearchRecords(ladder, base)), ...selfAssessmentDocuments(ladder, base)];
  const pages = await sitePageFiles(ladder, base, loadPage);
  // Code snippets (the embedding guide's) are for copying, not for finding: their words only add noise.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: ['pre'] });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    const add = async (url: string, content: string) => {
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind rejected ${url}: ${added.errors.join('; ')}`);
    };
    for (const document of documents) await add(document.url, documentHtml(document));
    for (const page of pages) await add(page.url, page.content);
    const result = await index.getFiles();
    if (result.errors.length > 0) throw new Error(`Pagefind could not build the index: ${result.errors.join('; ')}`);
    const files = result.files
      .map((file) => ({ path: file.path.split('\\').join('/'), content: file.content }))
      .filter((file) => !UNUSED_BUNDLE_FILE.test(file.path));
    // The words of everything indexed, for the search page's "did you mean" (fetched only when needed).
    const vocabulary = indexWords([
      ...documents.flatMap((document) => document.items.map((item) => item.text)),
      ...pages.map((page) => indexedText(page.content)),
    ]);
    files.push({ path: VOCABULARY_FILE, content: new TextEncoder().encode(JSON.stringify(vocabulary)) });
    return { files: await Promise.all(files.map(minifyScript)), documents: documents.length + pages.length };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** pagefind.js ships readable; minified it is a third smaller, and it is loaded before every first search. */
async function minifyScript(file: IndexedFile): Promise<IndexedFile> {
  if (file.path !== PAGEFIND_BUNDLE) return file;
  const result = await minify(file.path, new TextDecoder().decode(file.content), { module: true });
  if (result.errors.length > 0) return file;
  return { path: file.path, content: new TextEncoder().encode(result.code) };
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** In `astro dev`: answers <base>pagefind/* from an index built on the first request, rebuilt after edits. */
function serveSearchBundle(server: ViteDevServer, base: string, contentDir: string, root: string) {
  const prefix = joinBase(base, `${PAGEFIND_FOLDER}/`);
  let bundle: Promise<Map<string, Uint8Array>> | undefined;
  const origin = () => {
    const address = server.httpServer?.address();
    return typeof address === 'object' && address ? `http://localhost:${address.port}` : 'http://localhost:4321';
  };
  const build = async () => {
    const ladder = buildLadder(readContentDir(contentDir, root));
    const loadPage = async (page: SitePage) => {
      const response = await fetch(`${origin()}${joinBase(base, page.path)}`);
      return response.ok ? response.text() : undefined;
    };
    const { files } = await buildSearchBundle(ladder, base, loadPage);
    return new Map(files.map((file) => [file.path, file.content]));
  };
  server.watcher.on('all', (_event, path) => {
    if (resolve(path).startsWith(contentDir)) bundle = undefined;
  });
  server.middlewares.use((request, response, next) => {
    const path = request.url?.split('?')[0] ?? '';
    if (!path.startsWith(prefix)) return next();
    bundle ??= build().catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
    bundle
      .then((files) => {
        const content = files.get(decodeURIComponent(path.slice(prefix.length)));
        if (!content) return next();
        response.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        response.setHeader('Cache-Control', 'no-store');
        response.end(content);
      })
      .catch(next);
  });
}

export default function pagefindIntegration(options: { contentDir?: string } = {}): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  // The same folder the content collections read (LADDER_CONTENT_DIR, used by the benchmark and the tests).
  const contentFolder = () => options.contentDir ?? resolve(root, siteConfig.contentDir);
  return {
    name: 'ladder-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveSearchBundle(server, base, contentFolder(), root);
        logger.info(`search index served at ${joinBase(base, `${PAGEFIND_FOLDER}/`)} (built on the first search)`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const ladder = buildLadder(readContentDir(contentFolder(), root));
        const loadPage = (page: SitePage) =>
          readFile(join(outDir, page.path, 'index.html'), 'utf8').catch(() => undefined);
        const { files, documents } = await buildSearchBundle(ladder, base, loadPage);
        const outputPath = join(outDir, PAGEFIND_FOLDER);
        for (const file of files) {
          const target = join(outputPath, file.path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, file.content);
        }
        logger.info(`indexed ${documents} sections and pages into ${outputPath}`);
      },
    },
  };
}
