#!/usr/bin/env node
// Screenshots of the reading pages for a visual check, as a reader sees them: 375 px (a phone) and 1280 px
// (a laptop), light and dark, the top of each page (what is in view on arrival) and the whole page.
// Needs a build in dist/ (npm run build).
//
//   npx node scripts/reading-screenshots.mjs [outDir] [--full] [--tiles] [--only compare,level]
//
// Files are named <page>-<width>-<scheme>.png (the first screen); --full adds ...-full.png (the whole page)
// and --tiles the whole page in screen-sized pieces, ...-1.png, -2.png (easier to inspect than one tall image).
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { createStaticServer } from '../tests/support/static-server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    full: { type: 'boolean', default: false },
    tiles: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const outDir = positionals[0] ?? '/tmp/reading-shots';
mkdirSync(outDir, { recursive: true });

/** One page of every reading kind (the seed ladder's paths). */
const PAGES = {
  home: '',
  levels: 'software-engineer/levels/',
  level: 'software-engineer/levels/l3/',
  competencies: 'software-engineer/competencies/',
  competency: 'software-engineer/competencies/technical-mastery/',
  'compare-picker': 'software-engineer/compare/',
  compare: 'software-engineer/compare/l3-l4/',
  promotion: 'software-engineer/promotion/',
  'ic-tracks': 'software-engineer/ic-tracks/',
  faq: 'software-engineer/faq/',
  search: 'search/?q=wiki',
  'not-found': 'no-such-page/',
};
const only = values.only?.split(',');
const pages = Object.entries(PAGES).filter(([name]) => !only || only.includes(name));

const server = createStaticServer({ root: 'dist', base: '/' });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        await page.goto(origin + path);
        if (name === 'search') await page.locator('[data-search-status]:not(:empty)').waitFor();
        const file = `${outDir}/${name}-${width}-${colorScheme}`;
        await page.screenshot({ path: `${file}.png` });
        if (values.full) await page.screenshot({ path: `${file}-full.png`, fullPage: true });
        if (values.tiles) {
          const { height } = page.viewportSize();
          const total = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, tile = 1; y < total; y += height, tile++) {
            const clip = { x: 0, y, width, height: Math.min(height, total - y) };
            await page.screenshot({ path: `${file}-${tile}.png`, fullPage: true, clip });
          }
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${outDir}`);
