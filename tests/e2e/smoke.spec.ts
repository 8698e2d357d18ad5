// Smoke tests: one per kind of page the site serves. Each page loads, shows what it is for, and everything
// it loads (styles, scripts, search index) comes from this site and loads. They are tagged @base-path, so
// they also prove every page kind works from the /ladder/ build; `npm run test:quick` runs this file alone.
// The features themselves are tested in the other specs.
import type { Page } from '@playwright/test';
import { test, expect, recordExternalRequests } from './support/test.ts';
import { readingPages } from './reading-support/pages.ts';
import { firstTrack as track } from './reading-support/built-site.ts';
import {
  CALCULATOR_PATH,
  calculatorReady,
  competency,
  makeShareLink,
  openCalculator,
  rate,
  section,
} from './calculator-support';
import { EMBED_PATH, calculatorLoaded } from './embed-support';
import { routes } from '../../src/lib/routes.ts';

/**
 * Records every response from the site that is an error (and every request that failed outright), except
 * the page's own 404 while `pageNotFoundExpected()` says a missing page is what the test opens.
 */
function recordBrokenLoads(page: Page, pageNotFoundExpected: () => boolean = () => false): string[] {
  const broken: string[] = [];
  page.on('response', (response) => {
    const expected404 = pageNotFoundExpected() && response.status() === 404 && response.request().isNavigationRequest();
    if (response.status() >= 400 && !expected404) broken.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => broken.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  return broken;
}

/** The stylesheets the page applied: each from under the base path, and each with rules in it. */
async function expectOwnStylesApplied(page: Page, basePath: string, pageName = 'the page'): Promise<void> {
  const sheets = await page.evaluate(() =>
    [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })),
  );
  expect.soft(sheets.length, `${pageName} has no stylesheet`).toBeGreaterThan(0);
  for (const sheet of sheets) {
    if (sheet.href)
      expect.soft(new URL(sheet.href).pathname.startsWith(basePath), `${pageName}: ${sheet.href}`).toBe(true);
    expect.soft(sheet.rules, `${pageName}: ${sheet.href ?? 'inline stylesheet'} is empty`).toBeGreaterThan(0);
  }
}

const basePathOf = (baseURL: string | undefined) => new URL(baseURL!).pathname;

const pageKinds = [...readingPages, { kind: 'embed help', path: routes.embedHelp(track.slug) }];

/** The hrefs of the page's <link rel="stylesheet">, and those of them that are the calculator's stylesheet. */
async function stylesheetLinks(page: Page): Promise<{ hrefs: string[]; calculator: string[] }> {
  const hrefs = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { hrefs, calculator: hrefs.filter((href) => /\/calculator\.[\w-]+\.css$/.test(href)) };
}

// One test walks every page kind (a test of its own per kind cost a browser reset each, more than the page);
// every assertion names the page kind, and is soft, so one run reports every page kind that fails.
test(
  'every kind of page loads with its own styles, and none of them with the calculator stylesheet',
  { tag: '@base-path' },
  async ({ page, baseURL }) => {
    let notFound = false;
    const broken = recordBrokenLoads(page, () => notFound);
    for (const { kind, path } of pageKinds) {
      // A step per page kind: an error that is not an assertion (a page that cannot be read) names it too.
      await test.step(`the ${kind} page`, async () => {
        notFound = kind === 'not found';
        const brokenBefore = broken.length;
        const response = await page.goto(path || './');
        expect.soft(response?.status(), `the ${kind} page: status`).toBe(notFound ? 404 : 200);
        // The page really is the one served under this project's base path (no redirect elsewhere).
        expect.soft(page.url(), `the ${kind} page: URL`).toBe(new URL(path || './', baseURL).href);
        await expect.soft(page.getByRole('heading', { level: 1 }), `the ${kind} page: h1`).toBeVisible();
        await expectOwnStylesApplied(page, basePathOf(baseURL), `the ${kind} page`);
        const { hrefs, calculator } = await stylesheetLinks(page);
        expect.soft(hrefs.length, `the ${kind} page: stylesheet links`).toBeGreaterThan(0);
        expect.soft(calculator, `the ${kind} page: calculator stylesheet`).toEqual([]);
        expect.soft(broken.slice(brokenBefore), `the ${kind} page: broken loads`).toEqual([]);
      });
    }
    expect(broken).toEqual([]);
  },
);

test(
  'the search page finds a phrase and its first result opens on this site',
  { tag: '@base-path' },
  async ({ page, baseURL }) => {
    const broken = recordBrokenLoads(page);
    await page.goto(`${routes.search()}?q=postmortem`);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “postmortem”/);
    const first = page.locator('[data-search-results] > li').first().getByRole('link');
    await expect(first).toHaveAttribute('href', new RegExp(`^${basePathOf(baseURL)}${track.slug}/`));
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url().startsWith(baseURL!)).toBe(true);
    expect(broken).toEqual([]);
  },
);

test(
  'the calculator page comes alive, rates a competency and shares it by link',
  { tag: '@base-path' },
  async ({ page, browser, baseURL }) => {
    const broken = recordBrokenLoads(page);
    const mastery = competency('technical-mastery');
    await openCalculator(page);
    await expectOwnStylesApplied(page, basePathOf(baseURL));
    // The calculator's stylesheet loads here (and, as the page-kind test shows, on no reading page).
    expect((await stylesheetLinks(page)).calculator).toHaveLength(1);
    await rate(
      page,
      mastery.id,
      mastery.dimensions.map(() => 3),
    );
    await expect(section(page, mastery.id).locator('.calc-comp__status')).toHaveText('L3');
    expect(broken).toEqual([]);

    // The share link points at this page under the base path and shows the same rating in a fresh browser.
    const link = await makeShareLink(page);
    expect(link.startsWith(new URL(CALCULATOR_PATH, baseURL).href), link).toBe(true);
    const fresh = await browser.newContext({ baseURL });
    const external = recordExternalRequests(fresh, new URL(baseURL!).origin);
    const other = await fresh.newPage();
    await other.goto(link);
    await calculatorReady(other);
    await expect(section(other, mastery.id).locator('.calc-comp__status')).toHaveText('L3');
    external.expectNone();
    await fresh.close();
  },
);

test(
  'the embed page comes alive, and the host script it needs is served',
  { tag: '@base-path' },
  async ({ page, request }) => {
    const broken = recordBrokenLoads(page);
    await page.goto(EMBED_PATH);
    await calculatorLoaded(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Scoring calculator/);
    const hostScript = await request.get('embed-host.js');
    expect(hostScript.status()).toBe(200);
    expect(hostScript.headers()['content-type']).toMatch(/javascript/);
    expect(broken).toEqual([]);
  },
);

test('the ladder data is served as JSON with its schema', { tag: '@base-path' }, async ({ request }) => {
  for (const file of ['ladder.json', 'ladder.schema.json']) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type'], file).toMatch(/^application\/json/);
    expect(Object.keys(await response.json()).length, file).toBeGreaterThan(0);
  }
});
