#!/usr/bin/env node
// What one search costs the reader's network: serves a built site, opens its search page with ?q=<query>
// in Chromium, and adds up every Pagefind file the page fetched (pagefind.js, its worker, the entry file,
// the language meta, the wasm, the index chunks and filter files, and the result fragments) and the files
// that let it answer questions (search/terms.json, a track's answer cards, the vocabulary for "did you mean").
//
//   npx node scripts/search-size.mjs [--dist dist] [--base /] [--query postmortem] [--json]
//
// Or from another script:  import { measureSearchTransfer } from './search-size.mjs';
//   const report = await measureSearchTransfer({ distDir: 'dist', base: '/', query: 'postmortem' });
//
// Bytes are file sizes as served (Pagefind's index, fragment and wasm files are already gzipped; gzipBytes
// says what pagefind.js and the JSON files would weigh with HTTP compression). `indexBytes` is the whole
// Pagefind bundle on disk (with its vocabulary for "did you mean") minus Pagefind's unused prebuilt UIs.
import { readdir, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { createStaticServer } from '../tests/support/static-server.mjs';

/** Prebuilt Pagefind UIs the site does not use (it has its own results list). */
const UNUSED_BUNDLE_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^wasm\.unknown\.pagefind$/;

/**
 * The files a search fetches: the Pagefind bundle and the question-understanding files (the ladder's words,
 * the answer cards; src/lib/search/files.ts), not the search page itself.
 */
const isSearchFile = (path, mount) =>
  path.startsWith(`${mount}pagefind/`) || (path.startsWith(`${mount}search/`) && path.endsWith('.json'));

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Bytes of the Pagefind bundle a search can use (everything but the unused prebuilt UIs). */
export async function searchIndexBytes(distDir) {
  const bundle = join(resolve(distDir), 'pagefind');
  let total = 0;
  for (const file of await filesUnder(bundle)) {
    if (UNUSED_BUNDLE_FILE.test(relative(bundle, file))) continue;
    total += (await stat(file)).size;
  }
  return total;
}

/**
 * Opens <base>search/?q=<query> on a local server for `distDir` and records every Pagefind file fetched
 * until the results are shown. Returns { query, resultCount, files[{ path, bytes, gzipBytes }], totalBytes,
 * totalGzipBytes, indexBytes }.
 */
export async function measureSearchTransfer({ distDir = 'dist', base = '/', query = 'postmortem', port = 0 } = {}) {
  const root = resolve(distDir);
  const server = createStaticServer({ root, base });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const mount = base.endsWith('/') ? base : `${base}/`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const fetched = new Set();
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (isSearchFile(path, mount)) fetched.add(path);
    });
    await page.goto(`${origin}${mount}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-search-status]');
      return Boolean(status?.textContent) && !document.querySelector('[data-search-page][aria-busy]');
    });
    const resultCount = await page.locator('.search-result').count();
    // Let in-flight fetches (fragments of the last results) finish before counting.
    await page.waitForLoadState('networkidle');
    const files = [...fetched].sort().map((path) => {
      const content = readFileSync(join(root, path.slice(mount.length)));
      return { path: path.slice(mount.length), bytes: content.length, gzipBytes: gzipSync(content).length };
    });
    return {
      query,
      resultCount,
      files,
      totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
      totalGzipBytes: files.reduce((sum, file) => sum + Math.min(file.bytes, file.gzipBytes), 0),
      indexBytes: await searchIndexBytes(root),
    };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      query: { type: 'string', default: 'postmortem' },
      json: { type: 'boolean', default: false },
    },
  });
  const report = await measureSearchTransfer({ distDir: values.dist, base: values.base, query: values.query });
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const file of report.files) console.log(`${kb(file.bytes).padStart(10)}  ${file.path}`);
    console.log(
      `Search for "${report.query}" (${report.resultCount} results): ${report.files.length} files, ` +
        `${kb(report.totalBytes)} as stored, ${kb(report.totalGzipBytes)} with gzip; whole index ${kb(report.indexBytes)}.`,
    );
  }
}
