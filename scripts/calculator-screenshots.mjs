#!/usr/bin/env node
// Screenshots of the self-assessment calculator for a visual check: desktop and 375 px, light and dark,
// blank and with a sample assessment. Needs a build in dist/ (npm run build).
//
//   npx node scripts/calculator-screenshots.mjs [outDir]   (default: /tmp/calculator-shots)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { createStaticServer } from '../tests/support/static-server.mjs';

const outDir = process.argv[2] ?? '/tmp/calculator-shots';
mkdirSync(outDir, { recursive: true });

// Served in this process on a port the system picks, ready once it listens (as reading-screenshots.mjs does).
const server = createStaticServer({ root: 'dist', base: '/' });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions);

/** Rates every dimension through the UI: the given level, one lower on every third dimension. */
async function fillSample(page, role, level) {
  await page.getByRole('radio', { name: role === 'self' ? 'Self-assessment' : 'Manager', exact: true }).check();
  const groups = page.locator('.calc-dim');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const value = i % 3 === 2 ? level - 1 : level;
    await groups.nth(i).locator(`input[value="${value}"]`).check();
  }
}

try {
  for (const scheme of ['light', 'dark']) {
    for (const [name, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['mobile', { width: 375, height: 800 }],
    ]) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${origin}/software-engineer/self-assessment/`);
      await page.locator('.calc[data-loaded="true"]').waitFor();
      await page.screenshot({ path: `${outDir}/${name}-${scheme}-blank.png` });
      await fillSample(page, 'manager', 3);
      await fillSample(page, 'self', 4);
      // Competencies off screen are not painted (content-visibility: auto): paint them for the full page.
      await page.addStyleTag({ content: '.calc-comp { content-visibility: visible !important; }' });
      await page.screenshot({ path: `${outDir}/${name}-${scheme}-filled.png`, fullPage: true });
      // The full page is too tall to inspect at once: also save it in screen-sized tiles.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, tile = 1; y < height; y += viewport.height, tile++) {
        const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) };
        await page.screenshot({ path: `${outDir}/${name}-${scheme}-filled-${tile}.png`, fullPage: true, clip });
      }
      if (name === 'desktop' && scheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${outDir}/print.png`, fullPage: true });
        await page.pdf?.({ path: `${outDir}/print.pdf`, format: 'A4' }).catch(() => undefined);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${outDir}`);
