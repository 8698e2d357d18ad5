// The "What changed" page of a track with a history: the fixture track released three times (a rename, a
// merge, a weight and a rule change, a retired dimension and competency, a new dimension, reworded text)
// and changed once since (tests/fixtures/versioned-ladder/, built alone as dist-versions/). A reader sees
// each version newest first, every change with its words marked, follows a change to where it lives now,
// and finds the "Changed in" mark on a page the current version changed.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoScripts, runAgainstBuild, test } from './support/test.ts';
import { findOverflow } from './reading-support/overflow.ts';
import { routes } from '../../src/lib/routes';

runAgainstBuild('versions');

const TRACK = 'data-analyst';
const changesPage = routes.changes(TRACK);
const version = (page: Page, name: string) => page.getByRole('region', { name });
const item = (section: Locator, text: string | RegExp) => section.getByRole('listitem').filter({ hasText: text });

test('lists Unreleased, then every release newest first, each with its note; 2025.2 shows the declared rename and merge, the weight, the rule and the reworded cell; 2026.1 the retired dimension and competency with their reasons, and the new dimension', async ({
  page,
}) => {
  await page.goto(changesPage);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Unreleased',
    'Version 2026.1',
    'Version 2025.2',
    'Version 2025.1',
  ]);
  await expect(page.getByText('The current version is 2026.1.')).toBeVisible();
  const unreleased = version(page, 'Unreleased');
  await expect(unreleased.getByText('Changes in the content since version 2026.1, not yet released.')).toBeVisible();
  await expect(item(unreleased, 'Trap, reworded').locator('ins')).toHaveText(/under the method/);
  // The note is Markdown: "*Query writing*" is emphasis.
  await expect(version(page, 'Version 2025.2').locator('em')).toHaveText('Query writing');
  await expect(
    version(page, 'Version 2025.1').getByText('there is no earlier version to compare it with'),
  ).toBeVisible();
  await expectNoScripts(page);

  // 2025.2 shows the declared rename and merge, the weight, the rule and the reworded cell.
  const release2025 = version(page, 'Version 2025.2');
  await expect(release2025.getByText('Total weight: 4 → 4.5')).toBeVisible();
  await expect(item(release2025, 'Weight:')).toHaveText('Weight: ×2 → ×2.5');
  await expect(item(release2025, 'replaces Querying')).toHaveText(
    'Query writing replaces Querying (renamed); ratings carry over.',
  );
  await expect(item(release2025, 'replaces Clarity')).toHaveText(
    'Communication replaces Clarity and Influence (merged into one); ratings carry over.',
  );
  await expect(item(release2025, 'Scoring rule').first()).toHaveText(
    'Scoring rule: 1-of-2 majority (1 of 2) → 1-of-1 (1 of 1)',
  );
  const cell = item(release2025, 'Query writing, reworded');
  await expect(cell.locator('ins')).toHaveText(/and CTEs/);
  await expect(cell.locator('del')).toHaveCount(0);

  // 2026.1 shows the retired dimension and competency with their reasons, and the new dimension.
  const release = version(page, 'Version 2026.1');
  await expect(item(release, 'Retired dimension')).toHaveText(
    'Retired dimension: Performance. Query tuning moved to the Data Platform ladder. Its ratings are kept, not scored.',
  );
  await expect(item(release, 'New dimension')).toHaveText('New dimension: Testing');
  await expect(release.getByRole('heading', { name: 'Data Ethics retired', level: 3 })).toBeVisible();
  await expect(
    release.getByText("The competency is retired: Data ethics is now part of every competency's expectations."),
  ).toBeVisible();
  await expect(item(release, 'Scoring rule')).toHaveText('Scoring rule: 2-of-3 majority (2 of 3) → 3-of-3 (3 of 3)');
  const behaviour = item(release, 'Behaviour, reworded');
  await expect(behaviour.locator('ins')).toHaveText(/and units/);
});

test('a change links to where it lives now, and that page carries the "Changed in" mark back', async ({ page }) => {
  await page.goto(changesPage);
  await version(page, 'Version 2025.2')
    .getByRole('link', { name: 'Measurement matrix: Query writing, reworded' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${routes.competency(TRACK, 'sql')}#query-writing-a2$`));
  await expect(page.locator('#query-writing-a2')).toContainText('Window functions and CTEs.');
  // SQL changed in the current version (2026.1): its page says so and links to that part of the page.
  await page.getByRole('link', { name: 'Changed in 2026.1' }).click();
  await expect(page).toHaveURL(new RegExp(`${changesPage}#v2026-1--sql$`));
  await expect(page.locator('#v2026-1--sql').getByRole('heading', { level: 3 })).toHaveText('SQL & Modelling');
});

test('passes axe in light and dark, and fits a 320px phone', async ({ page }) => {
  // One load: the page has no script, its theme and layout are CSS alone, which the browser applies again
  // when the colour scheme or the viewport changes.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(changesPage);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await test.step(`axe in ${colorScheme} mode`, () => expectNoAxeViolations(page, { bestPractices: true }));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => window.innerWidth)).toBe(320);
  expect(await findOverflow(page)).toEqual([]);
});
