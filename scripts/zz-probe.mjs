import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '/work/wt-search-answers/tests/e2e/support/browser.ts';
import { createStaticServer } from '/work/wt-search-answers/tests/e2e/support/static-server.mjs';
const root = process.argv[2] ?? 'dist';
const server = createStaticServer({ root, base: '/' });
await new Promise((d) => server.listen(0, '127.0.0.1', d));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console:', m.text()));
for (const q of process.argv.slice(3)) {
  const fetched = [];
  page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent && !document.querySelector('[data-search-page][aria-busy]'));
  console.log('Q:', q);
  console.log('  status:', await page.locator('[data-search-status]').textContent());
  console.log('  suggestion:', await page.locator('[data-search-suggestion]').textContent());
  console.log('  answer:', (await page.locator('[data-search-answer]').innerText()).replace(/\n+/g, ' | ').slice(0, 300), await page.locator('.search-answer-link').getAttribute('href').catch(() => null));
  const rows = await page.locator('.search-result').evaluateAll((els) => els.slice(0, 5).map((e) => `${e.dataset.words ?? ''} ${e.querySelector('.search-result-context').textContent} :: ${e.querySelector('a').textContent.slice(0, 70)}`));
  for (const r of rows) console.log('   -', r);
  page.removeAllListeners('requestfinished');
  if (process.env.SHOT) await page.screenshot({ path: `/tmp/sa-shot-${q.replace(/\W+/g, '-')}.png`, fullPage: false });
}
await browser.close();
server.close();
