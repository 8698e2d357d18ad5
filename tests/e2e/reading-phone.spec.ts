// Reading the ladder on a phone: a short header that leaves the screen to the ladder, the pages behind a
// menu that works without JavaScript, search one tap away, and nothing cut off or scrolling sideways.
import { expect, test } from './support/test.ts';
import { everyReadingPage, readingPages } from './reading-support/pages.ts';
import { findOverflow } from './reading-support/overflow.ts';
import { firstTrack as track } from './reading-support/built-site.ts';
import { anchors, routes } from '../../src/lib/routes';

const PHONE = { width: 375, height: 812 };

test.describe('on a 375px phone', () => {
  test.use({ viewport: PHONE, withoutJavaScript: true });

  // Its height on every kind of reading page at 375px is checked with the overflow at the end of this file.
  test('the header stays in view while reading', async ({ page }) => {
    // It sticks: after scrolling down a long page the menu and search are still on screen.
    await page.goto(routes.competency(track.slug, track.competencies[0]!.slug));
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect(page.getByText('Menu', { exact: true })).toBeInViewport();
    await expect(page.getByRole('link', { name: 'Search', exact: true })).toBeInViewport();
  });

  test('the menu opens without JavaScript and lists every page of the track, with the embedding guide', async ({
    page,
  }) => {
    await page.goto(routes.level(track.slug, track.levels[0]!.slug));
    const nav = page.getByRole('navigation', { name: 'Ladder' });
    await expect(nav).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Levels' })).toHaveAttribute('aria-current', 'page');
    for (const name of ['Overview', 'Competencies', 'Compare', 'Promotion', 'FAQ']) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await nav.getByRole('link', { name: 'Embed in your wiki' }).click();
    await expect(page).toHaveURL(new RegExp(`${routes.embedHelp(track.slug)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/embed/i);
  });

  test('the content starts on the first screen: "On this page" is folded until tapped', async ({ page }) => {
    await page.goto(routes.level(track.slug, track.levels[2]!.slug));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const firstSection = page.getByRole('heading', { level: 2 }).first();
    await expect(toc).toBeHidden();
    await expect(firstSection).toBeInViewport();
    await page.getByText('On this page', { exact: true }).click();
    await expect(toc).toBeVisible();
    await toc.getByRole('link', { name: track.competencies[0]!.name }).click();
    await expect(page).toHaveURL(new RegExp(`#${anchors.competencySection(track.competencies[0]!.slug)}$`));
  });

  test('search is one tap away: the header links to the search page', async ({ page }) => {
    await page.goto(routes.promotion(track.slug));
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/search\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the ladder');
  });
});

test('on a wide screen the pages are one row of links beside the search box, with no menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Ladder' });
  await expect(nav.getByRole('link', { name: 'Embed in your wiki' })).toBeVisible();
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search the ladder' })).toBeVisible();
  const tops = await nav
    .getByRole('link')
    .evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size);
  expect(tops, 'the links sit in one row').toBe(1);
});

test('on a wide screen "On this page" is a sidebar that lists the sections without a click', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(routes.level(track.slug, track.levels[2]!.slug));
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: track.competencies[0]!.name })).toBeVisible();
  const [tocLeft, contentRight] = await Promise.all([
    toc.evaluate((element) => element.getBoundingClientRect().left),
    page.locator('.content').evaluate((element) => element.getBoundingClientRect().right),
  ]);
  expect(tocLeft, 'beside the content, not above it').toBeGreaterThanOrEqual(contentRight);
});

test('at 320px and 375px no element on any reading page is wider than its box, and at 375px the header of every kind of reading page is 30 to 100px tall', async ({
  page,
}) => {
  test.slow(); // dozens of pages
  // One load per page, at 320px, then the same page at 375px: the layout follows the viewport (CSS only,
  // reading pages ship no script), so resizing lays the page out as a load at that width does.
  const problems: string[] = [];
  const headerKinds = new Set(readingPages.map(({ kind }) => kind));
  for (const { kind, path } of everyReadingPage) {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path || './');
    for (const width of [320, 375]) {
      if (width !== 320) {
        await page.setViewportSize({ width, height: 800 });
        expect(await page.evaluate(() => window.innerWidth), `${kind}: resized to ${width}px`).toBe(width);
      }
      for (const { element, by } of await findOverflow(page)) {
        problems.push(`${kind} at ${width}px: ${element} (${by}px too wide)`);
      }
    }
    if (headerKinds.has(kind)) {
      // The reading site's page kinds, as on a 375px phone (the viewport is 375px wide now).
      const height = await page
        .locator('header.site-header')
        .evaluate((element) => element.getBoundingClientRect().height);
      expect.soft(height, `${kind}: header height at 375px`).toBeLessThanOrEqual(100);
      expect.soft(height, `${kind}: header height at 375px`).toBeGreaterThan(30);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
