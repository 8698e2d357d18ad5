// Rated on one release, opened on the next, at the same origin (so the browser's saved data carries): the
// fixture track's 2026.1 build (dist-versions/, the "versions" build) is served first, read from disk
// through page.route() at this spec's origin; then the route is removed and this spec's own build,
// the fixture revised and released as 2026.2 (versions-next.astro.config.mjs: Modelling renamed Data
// modelling, Testing retired, Documentation added), answers. A person rated, snapshotted, shared and exported
// on 2026.1 opens on 2026.2 with ratings carried, one notice, history with both scores and the team mark.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { contentTypeFor } from '../support/static-server.mjs';
import { REPO_ROOT, siteBuildNamed } from '../support/site-builds.mjs';
import { calculatorReady } from './calculator-support';
import { expect, runAgainstBuild, test } from './support/test.ts';

runAgainstBuild('versions-next');

const PAGE = 'data-analyst/self-assessment/';
/** The build of the release before (the "versions" build, dist-versions/), read from disk. */
const OLD_BUILD = join(REPO_ROOT, siteBuildNamed('versions').outDir);

/** Serves the 2026.1 build at this origin until unrouted. */
async function serveOldBuild(page: Page, origin: string) {
  await page.route(`${origin}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    let file = join(OLD_BUILD, path);
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body, headers: { 'Content-Type': contentTypeFor(file) } });
  });
}

async function open(page: Page, fragment = '') {
  await page.goto(`${PAGE}${fragment}`);
  await calculatorReady(page);
}

const group = (page: Page, name: string) => page.getByRole('radiogroup', { name: `SQL: ${name}`, exact: true });
const notice = (page: Page) => page.getByRole('region', { name: 'Ladder changed' });
const more = (page: Page) => page.locator('details.calc-menu', { hasText: 'More' }).locator('summary');

test('rated on 2026.1, opened on 2026.2: ratings, notice, history, team mark, an old link and an old export', async ({
  page,
  baseURL,
}) => {
  expect(existsSync(OLD_BUILD), 'build the "versions" site first (dist-versions/)').toBe(true);
  const origin = new URL(baseURL!).origin;
  await serveOldBuild(page, origin);
  await open(page);
  await expect(page.locator('footer')).toContainText('2026.1');
  await group(page, 'Query writing').getByRole('radio').nth(1).check();
  await group(page, 'Modelling').getByRole('radio').nth(1).check();
  await group(page, 'Testing').getByRole('radio').nth(0).check();
  await page
    .getByRole('radiogroup', { name: /^Story.*: Communication$/ })
    .getByRole('radio')
    .nth(1)
    .check();
  await page.locator('details.calc-menu', { hasText: 'Manage' }).locator('summary').click();
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await more(page).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ ladder: '2026.1' });

  await page.unrouteAll();
  await open(page);
  await expect(page.locator('footer')).toContainText('2026.2');
  const changed = notice(page);
  await expect(changed).toContainText('rated under version 2026.1 (now 2026.2)');
  await expect(changed).toContainText('Data modelling replaces “Modelling”');
  await expect(changed).toContainText('“Testing” is retired: its rating is kept, not scored');
  await expect(changed).toContainText('New: Documentation; the result stays provisional until it is rated.');
  await expect(group(page, 'Data modelling').getByRole('radio').nth(1)).toBeChecked();
  await expect(group(page, 'Query writing').getByRole('radio').nth(1)).toBeChecked();
  await expect(group(page, 'Documentation').getByRole('radio', { checked: true })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Results' }).click();
  const history = page.getByRole('region', { name: 'History: Self-assessment' });
  await expect(history.getByRole('columnheader').nth(1)).toContainText('version 2026.1');
  await expect(history.getByRole('row', { name: /^Score then/ })).toBeVisible();
  await expect(history.getByRole('row', { name: /^Score under 2026.2/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Team' }).click();
  await expect(page.locator('tr[data-person]').first()).toContainText('rated under 2026.1');
  await page.getByRole('tab', { name: 'Rate' }).click();

  await more(page).click();
  await page.getByLabel('Import JSON').setInputFiles({
    name: 'me.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.getByRole('form', { name: /^You chose to import/ })).toContainText(
    '“me.json” (made under ladder version 2026.1)',
  );

  await open(page, link.slice(link.indexOf('#')));
  await expect(page.getByRole('form', { name: /^You opened a shared assessment/ })).toBeVisible();
  await expect(notice(page)).toContainText('Shared assessment was rated under version 2026.1');
  await expect(group(page, 'Data modelling').getByRole('radio').nth(1)).toBeChecked();
});
