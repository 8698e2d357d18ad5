// The "What changed" page of a track: a reader finds it from the navigation and the footer, reads each
// released version newest first with its note, finds it by search, and reads it on a 320px phone and on
// paper. The seed ladder has one release, so its page says it is the first; the diff itself (changed words,
// renamed and retired dimensions) is proven on the three-release fixture by the unit tests
// (tests/unit/lib/ladder/versions/). Axe in both themes and the 375px checks run on it with every reading
// page (reading-quality.spec.ts, reading-phone.spec.ts).
import { expect, expectNoScripts, test } from './support/test.ts';
import { findOverflow } from './reading-support/overflow.ts';
import { firstTrack as track } from './reading-support/built-site.ts';
import { readReleases } from '../../src/lib/ladder/versions/read-releases';
import { releasesOf } from '../../src/lib/ladder/versions/release-file';
import { REPO_ROOT } from '../support/site-builds.mjs';
import { routes } from '../../src/lib/routes';

const releases = releasesOf(readReleases(`${REPO_ROOT}/content`, REPO_ROOT).releases, track.slug).reverse();
const latest = releases[0]!;
const noteStart = latest.note.split(/[:.]/)[0]!;

test('a reader goes from the navigation to What changed and reads each version newest first, on a 320px phone and on paper too; the footer of every track page names the version and links back to it @base-path', async ({
  page,
}) => {
  await page.goto(routes.track(track.slug));
  await page
    .getByRole('navigation', { name: 'Ladder' })
    .getByRole('link', { name: 'What changed', exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`${routes.changes(track.slug)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  await expect(page.getByText(`The current version is ${track.version}.`)).toBeVisible();
  // Only released versions: an edit to content/ since the last release adds "Unreleased" above them.
  const versions = page.getByRole('heading', { level: 2, name: /^Version / });
  await expect(versions).toHaveText(releases.map((release) => `Version ${release.version}`));
  const section = page.getByRole('region', { name: `Version ${latest.version}` });
  await expect(section.getByText(noteStart)).toBeVisible();
  await expect(section.locator('time')).toHaveAttribute('datetime', latest.released);
  // The seed's first release has nothing to compare with (versions.spec.ts shows a track with a history).
  const first = page.getByRole('region', { name: `Version ${releases[releases.length - 1]!.version}` });
  await expect(first.getByText('The first release: there is no earlier version to compare it with.')).toBeVisible();
  await expectNoScripts(page);

  // It fits a 320px phone without sideways scrolling (the layout is CSS alone: resizing lays it out as a
  // load at that width does), and prints without navigation.
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => window.innerWidth)).toBe(320);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await findOverflow(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { name: `Version ${latest.version}` })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(wide);

  // The footer of every track page names the version and links to What changed.
  await page.goto(routes.level(track.slug, track.levels[0]!.slug));
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(`Version ${track.version}`);
  await footer.getByRole('link', { name: 'What changed' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
});

test('search finds the release note and links to the What changed page @base-path', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('first published version')}`);
  const result = page.locator('[data-search-results] > li').filter({ hasText: 'What changed' }).first();
  await expect(result).toBeVisible();
  await result.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
});
