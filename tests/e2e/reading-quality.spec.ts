// Every kind of reading page: accessible (axe, one h1, ordered headings, a skip link), free of JavaScript,
// in light and dark, and printable. (Fitting a 320px phone is reading-phone.spec.ts.)
import { expect, findAxeViolations, formatAxeViolations, expectNoScripts, test } from './support/test.ts';
import { readingPages } from './reading-support/pages.ts';
import { firstTrack as track } from './reading-support/built-site.ts';

for (const { kind, path } of readingPages) {
  test(`the ${kind} page ships no JavaScript, has one h1 and headings in order, and passes axe with best practices in light and dark mode`, async ({
    page,
  }) => {
    // One load: the page carries no script, so its theme is CSS alone (prefers-color-scheme), which the
    // browser applies again when the colour scheme changes; dark mode is checked on the same page.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path || './');
    await expectNoScripts(page);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i + 1} skips a level`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(page.locator('#main')).toHaveCount(1);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect
        .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
        .toBe(colorScheme === 'dark');
      const violations = await findAxeViolations(page, { bestPractices: true });
      // Soft, so that a failure in light mode still reports dark mode too; each names its mode.
      expect
        .soft(
          violations.length,
          `${colorScheme} mode: axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n${formatAxeViolations(violations)}`,
        )
        .toBe(0);
    }
  });
}

test('a competency has no "Edit this page" link when no repository is configured, and prints without navigation, search or copy links, with its tables in full', async ({
  page,
}) => {
  const competency = track.competencies[0]!;
  await page.goto(`${track.slug}/competencies/${competency.slug}/`);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    '.site-header',
    '.toc',
    '.breadcrumbs',
    '.prev-next',
    '.copy-link',
    '.search-box',
    '.skip-link',
  ]) {
    for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Tables are not clipped: each scroll region is as wide as the table it holds.
  const clipped = await page
    .locator('.table-scroll')
    .evaluateAll((regions) => regions.filter((region) => region.scrollWidth > region.clientWidth + 1).length);
  expect(clipped).toBe(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header')).toBeVisible();
});

test('a level prints without navigation', async ({ page }) => {
  const level = track.levels[0]!;
  await page.goto(`${track.slug}/levels/${level.slug}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Ladder' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('copy links are plain same-page links with a name that says what they link to', async ({ page }) => {
  const competency = track.competencies[1]!;
  await page.goto(`${track.slug}/competencies/${competency.slug}/`);
  const block = competency.levels[0]!;
  const link = page.getByRole('link', { name: `Link to ${block.level} output 1`, exact: true });
  await expect(link).toHaveAttribute('href', `#${block.outputs[0]!.id}`);
  await expect(link).toBeVisible();
  // Every anchored item on the page has exactly one copy link pointing at it.
  const ids = await page
    .locator('.copy-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids.slice(0, 40)) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});
