// Smoke test: the built home page is served, readable, accessible and
// self-contained, both at the root and under the /ladder/ base path.
import { test, expect, expectNoAxeViolations } from './support/test.ts';

test('home page shows its main heading, passes axe and stays on its own origin', async ({ page, baseURL }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  // The page really is the one served under this project's base path.
  expect(page.url()).toBe(baseURL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  // The external-request guard from support/test.ts checks this test on teardown.
});

test('the calculator stylesheet loads on the calculator pages only, not on reading pages', async ({ page }) => {
  const stylesheets = async (path: string) => {
    await page.goto(path);
    return page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  };
  const calculatorSheet = (hrefs: string[]) => hrefs.filter((href) => /\/calculator\.[\w-]+\.css$/.test(href));
  expect(calculatorSheet(await stylesheets('software-engineer/self-assessment/'))).toHaveLength(1);
  for (const readingPage of [
    './',
    'software-engineer/competencies/technical-mastery/',
    'software-engineer/levels/l3/',
  ]) {
    const hrefs = await stylesheets(readingPage);
    expect(hrefs.length, readingPage).toBeGreaterThan(0);
    expect(calculatorSheet(hrefs), readingPage).toEqual([]);
  }
});
