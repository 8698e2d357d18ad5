// Assessments carry over across ladder versions, on the fixture track released three times
// (tests/fixtures/versioned-ladder/, built alone as dist-versions/, current version 2026.1). What the
// 2025.1 site wrote (a saved person with a snapshot, a share link, a JSON export: the same code, with
// 2025.1's ids and version) is opened on the 2026.1 build: ratings carried over, one notice saying what
// changed, History with the score then and now, the team mark; a link of an unknown version changes nothing.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { People } from '../../src/lib/assessment/people-format';
import { blankRaters, type Raters } from '../../src/lib/assessment/raters';
import { encodeShareLink, LINK_PREFIX } from '../../src/lib/assessment/share-link';
import { buildCalculatorModel, type CalculatorModel } from '../../src/lib/calculator/model';
import { readReleases } from '../../src/lib/ladder/versions/read-releases';
import { releaseSummary } from '../../src/lib/ladder/versions/calculator-versions';
import { ladderIn, repoRoot } from '../fixtures/ladders';
import { VERSIONS_FIXTURE } from '../support/site-builds.mjs';
import { ratingsOf2025 } from '../fixtures/versioned-ladder-ratings';
import { calculatorReady, seedStorage } from './calculator-support';
import { expect, runAgainstBuild, test } from './support/test.ts';

runAgainstBuild('versions');

const TRACK = 'data-analyst';
const PAGE = `${TRACK}/self-assessment/`;
const KEY = `career-ladder:${TRACK}:people:v2`;
const versionedDir = join(repoRoot, VERSIONS_FIXTURE);
const model = buildCalculatorModel(ladderIn(versionedDir, repoRoot).tracks.find((one) => one.slug === TRACK)!);

/** What the 2025.1 site rated: every dimension of 2025.1 (querying, clarity and influence, the retired ones). */
function ratedIn2025(): Raters {
  const raters = blankRaters();
  raters.self.ratings = ratingsOf2025();
  return raters;
}

/** The people list the 2025.1 site saved: Alex, with a snapshot (its score as computed then). */
const savedIn2025: People = {
  version: 2,
  ladder: '2025.1',
  track: TRACK,
  people: [
    {
      id: 'alex',
      name: 'Alex',
      created: '2025-03-01T10:00:00.000Z',
      ladder: '2025.1',
      raters: ratedIn2025(),
      snapshots: [
        {
          date: '2025-03-01T10:00:00.000Z',
          ladder: '2025.1',
          scores: { self: '1.55', manager: '—' },
          raters: ratedIn2025(),
        },
      ],
    },
  ],
};

/** A share link made on the 2025.1 site: 2025.1's layout. */
function linkMadeIn2025(): string {
  const release = readReleases(versionedDir, repoRoot).releases.find(
    (one) => one.track === TRACK && one.version === '2025.1',
  )!;
  const summary = releaseSummary(release);
  const old = {
    ...model,
    competencies: summary.competencies.map((c) => ({ id: c.id, dimensions: c.dimensions.map((id) => ({ id })) })),
    promotions: summary.promotions.map((step) => ({
      id: step.id,
      demonstrate: step.criteria.map((id) => ({ id })),
      portfolio: [],
    })),
  } as unknown as CalculatorModel;
  return encodeShareLink(old, ratedIn2025());
}

/** Saves `savedIn2025` as the 2025.1 site left it, before the test's first page load (not again on reloads). */
const seedSavedIn2025 = (page: Page) => seedStorage(page, KEY, JSON.stringify(savedIn2025));

async function open(page: Page, fragment = '') {
  await page.goto(`${PAGE}${fragment}`);
  await calculatorReady(page);
}

const notice = (page: Page) => page.getByRole('region', { name: 'Ladder changed' });
const sql = model.competencies.find((one) => one.id === 'sql')!;
const group = (page: Page, index: number) =>
  page.getByRole('radiogroup', { name: `${sql.shortName}: ${sql.dimensions[index]!.name}`, exact: true });

test('a person rated under 2025.1 opens under 2026.1: ratings carried, one notice, history, the team mark', async ({
  page,
}) => {
  await seedSavedIn2025(page);
  await open(page);

  const changed = notice(page);
  await expect(changed).toContainText('The ladder changed since Alex was rated under version 2025.1 (now 2026.1).');
  await expect(changed).toContainText('replaces “Querying”');
  await expect(changed).toContainText('replaces “Clarity” and “Influence”; the rating of “Clarity” was taken');
  await expect(changed).toContainText('“Performance” is retired: its rating is kept, not scored');
  await expect(changed).toContainText(
    `New: ${sql.dimensions[2]!.name}; the result stays provisional until it is rated.`,
  );
  await expect(changed.getByRole('link', { name: 'What changed' })).toHaveAttribute('href', `/${TRACK}/changes/`);
  // Query writing took querying's rating (level 2).
  await expect(group(page, 0).getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(group(page, 0).getByRole('radio').nth(1)).toBeChecked();
  await expect(group(page, 2).getByRole('radio', { checked: true })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Results' }).click();
  const history = page.getByRole('region', { name: 'History: Self-assessment' });
  await expect(history.getByRole('columnheader').nth(1)).toContainText('version 2025.1');
  await expect(history.getByRole('row', { name: /^Score then/ })).toContainText('1.55');
  await expect(history.getByRole('row', { name: /^Score under 2026.1/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Team' }).click();
  await expect(page.locator('tr[data-person="Alex"]')).toContainText('rated under 2025.1');

  await page.getByRole('tab', { name: 'Rate' }).click();
  await notice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(page)).toHaveCount(0);
  await open(page);
  await expect(page.locator('.calc-bar')).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!) as People;
  expect(saved.people[0]!.ladder).toBe('2026.1');
  // Nothing dropped: the retired ratings stay with the person, the snapshot as it was taken.
  expect(saved.people[0]!.carried?.retired.map((one) => one.dimension).sort()).toEqual(['performance', 'privacy']);
  expect(saved.people[0]!.snapshots[0]!.raters.self.ratings.ethics).toEqual({ privacy: 2 });
});

test('a share link and a JSON export made under 2025.1 open, carried, each saying which version it came from', async ({
  page,
}) => {
  await open(page, `#${linkMadeIn2025()}`);
  await expect(page.getByRole('form', { name: /^You opened a shared assessment/ })).toBeVisible();
  await expect(notice(page)).toContainText('rated under version 2025.1');
  await expect(group(page, 0).getByRole('radio').nth(1)).toBeChecked();

  // A JSON export made under 2025.1 imports, saying which version it came from (the shared one, not saved, is gone).
  await open(page);
  await expect(notice(page)).toHaveCount(0);
  const file = { version: 2, track: TRACK, ladder: '2025.1', person: savedIn2025.people[0] };
  await page.locator('details.calc-menu', { hasText: 'More' }).locator('summary').click();
  await page.getByLabel('Import JSON').setInputFiles({
    name: 'alex.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByRole('form', { name: /^You chose to import/ })).toContainText(
    '“alex.json” (made under ladder version 2025.1)',
  );
  await expect(notice(page)).toContainText('rated under version 2025.1');
});

test('a share link of a version this site does not know is refused, and nothing changes', async ({ page }) => {
  await seedSavedIn2025(page);
  const other = { ...model, competencies: model.competencies.slice(1) };
  const link = encodeShareLink(other, blankRaters());
  expect(link.startsWith(LINK_PREFIX)).toBe(true);
  await open(page, `#${link}`);
  await expect(page.getByRole('alert')).toContainText('a version of this ladder this site does not know');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(JSON.stringify(savedIn2025));
});
