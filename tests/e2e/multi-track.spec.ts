// A second discipline is added by content alone: this spec runs against the "multi-track" build (dist-multi/),
// content/ plus the fixture track tests/fixtures/mini-ladder/ (a two-level, two-competency
// Data Analyst track) and a repository URL for "Edit this page". Expected values come from the fixture
// and content files, read with the same loader as the unit tests.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, runAgainstBuild, test } from './support/test.ts';
import { MULTI_TRACK_FIXTURE, MULTI_TRACK_REPO_URL, REPO_ROOT } from '../support/site-builds.mjs';
import { builtSiteNamed } from './reading-support/built-site.ts';
import { checkLinks } from './reading-support/link-check.ts';
import { buildLadder, type LadderSources } from '../../src/lib/ladder/model.ts';
import { readContentDir } from '../../src/lib/ladder/read-content-dir.ts';
import { formatWeight, levelCardTitle } from '../../src/lib/reading/format.ts';
import { levelPairs } from '../../src/lib/reading/pairs.ts';
import { anchors, routes } from '../../src/lib/routes.ts';

runAgainstBuild('multi-track');

// File paths as a team's repository has them: content/... for content/, and relative to the fixture's
// root for the fixture (its files sit under content/ once a team adds the track).
const contentSources = readContentDir(join(REPO_ROOT, 'content'), REPO_ROOT);
const fixtureRoot = join(REPO_ROOT, MULTI_TRACK_FIXTURE);
const fixtureSources = readContentDir(fixtureRoot, fixtureRoot);
const merged = Object.fromEntries(
  Object.keys(contentSources).map((key) => {
    const name = key as keyof LadderSources;
    return [name, [...contentSources[name], ...fixtureSources[name]]];
  }),
) as unknown as LadderSources;
const ladder = buildLadder(merged);
const fixtureTrackSlug = fixtureSources.tracks[0]!.id;
const analyst = ladder.tracks.find((track) => track.slug === fixtureTrackSlug)!;
const engineer = ladder.tracks.find((track) => track.slug === 'software-engineer')!;

const editUrlOf = (repoPath: string) => `${MULTI_TRACK_REPO_URL}/edit/main/${repoPath}`;
const trackNav = (page: Page) => page.getByRole('navigation', { name: 'Ladder' });
const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.getByRole('status');

test('the fixture really is a second track with two levels and two competencies', () => {
  expect(ladder.tracks.map((track) => track.slug).sort()).toEqual([fixtureTrackSlug, 'software-engineer'].sort());
  expect(analyst.levels).toHaveLength(2);
  expect(analyst.competencies).toHaveLength(2);
});

test('the two-track home page passes axe, lists both tracks and links to each', async ({ page }) => {
  await page.goto('./');
  const tracks = page.getByRole('region', { name: 'Tracks' });
  await expect(tracks).toBeVisible();
  await expectNoAxeViolations(page);
  for (const track of ladder.tracks) {
    await expect(tracks.getByRole('link', { name: track.title, exact: true })).toHaveAttribute(
      'href',
      `/${routes.track(track.slug)}`,
    );
    await expect(tracks).toContainText(track.summary);
  }
  await tracks.getByRole('link', { name: analyst.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(analyst.title);
  await page.goto('./');
  await page.getByRole('region', { name: 'Tracks' }).getByRole('link', { name: engineer.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(engineer.title);
});

test('the Data Analyst overview shows its levels and competencies, and draws its own ladder picture, one linked step per level', async ({
  page,
}) => {
  await page.goto(routes.track(analyst.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(analyst.title);
  const facts = page.locator('.headline-facts');
  await expect(facts).toContainText(`${analyst.levels.length}levels`);
  await expect(facts).toContainText(`${analyst.competencies.length}competencies`);
  await expect(facts).toContainText(`Total weight ${analyst.totalWeight}`);
  await expect(facts).toContainText(`Hire bar ${analyst.hireBar}`);
  for (const level of analyst.levels) {
    await expect(page.getByRole('link', { name: levelCardTitle(level), exact: true })).toHaveAttribute(
      'href',
      `/${routes.level(analyst.slug, level.slug)}`,
    );
  }
  const glance = page.getByRole('region', { name: 'Target level of each competency, by level' });
  await expect(glance.getByRole('row')).toHaveCount(analyst.competencies.length + 1);
  for (const competency of analyst.competencies) {
    const row = glance.getByRole('row', { name: new RegExp(`^${competency.shortName}`) });
    await expect(row.getByRole('cell')).toHaveText([
      formatWeight(competency.weight),
      ...analyst.levels.map((level) => String(competency.targets[level.code])),
    ]);
  }
  // Nothing of the other track leaks in.
  for (const competency of engineer.competencies) await expect(glance).not.toContainText(competency.shortName);

  // It draws its own ladder picture, one linked step per level.
  const svg = page.locator('figure.ladder-picture svg:visible');
  await expect(svg.getByRole('link')).toHaveCount(analyst.levels.length);
  for (const level of analyst.levels) {
    await expect(svg.getByRole('link', { name: new RegExp(`^${level.code} `) })).toHaveAttribute(
      'href',
      `/${routes.level(analyst.slug, level.slug)}`,
    );
  }
  await expect(page.locator('figure.ladder-picture figcaption')).toContainText(
    `The ${analyst.levels.length} levels on the overall-score axis`,
  );
});

test('a Data Analyst competency page shows its behaviours at their anchors, and its matrix', async ({ page }) => {
  const sql = analyst.competencies[0]!;
  await page.goto(routes.competency(analyst.slug, sql.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sql.name);
  for (const block of sql.levels) {
    for (const [index, behaviour] of block.behaviours.entries()) {
      const link = page.getByRole('link', { name: `Link to ${block.level} behaviour ${index + 1}`, exact: true });
      await expect(link).toHaveAttribute('href', `#${anchors.item(behaviour.id)}`);
      await expect(page.locator(`[id="${behaviour.id}"]`)).toContainText(behaviour.text);
    }
  }
  // The fixture gives one behaviour an explicit id, which becomes its anchor.
  expect(sql.levels.flatMap((block) => block.behaviours).some((behaviour) => behaviour.id === 'uses-ctes')).toBe(true);
  await page.goto(`${routes.competency(analyst.slug, sql.slug)}#uses-ctes`);
  await expect(page.locator(':target')).toHaveAttribute('id', 'uses-ctes');

  const matrix = page.getByRole('region', { name: `${analyst.labels.measurementMatrix}: ${sql.name}` });
  for (const dimension of sql.dimensions) {
    for (const level of analyst.levels) {
      const cell = dimension.cells[level.code]!;
      await expect(matrix.locator(`[id="${cell.id}"]`)).toContainText(cell.text);
    }
  }
  await expect(page.getByText(sql.rule.label)).toBeVisible();
});

test('a track without a self-assessment page gets no link to one', async ({ page, request }) => {
  expect(analyst.pages.some((p) => p.kind === 'self-assessment')).toBe(false);
  expect(engineer.pages.some((p) => p.kind === 'self-assessment')).toBe(true);

  await page.goto(routes.track(analyst.slug));
  await expect(trackNav(page).getByRole('link', { name: 'FAQ' })).toHaveAttribute(
    'href',
    `/${routes.faq(analyst.slug)}`,
  );
  await expect(trackNav(page).getByRole('link', { name: 'Self-assessment' })).toHaveCount(0);
  await expect(page.locator(`a[href$="${routes.selfAssessment(analyst.slug)}"]`)).toHaveCount(0);
  expect((await request.get(routes.selfAssessment(analyst.slug))).status()).toBe(404);

  await page.goto(routes.track(engineer.slug));
  await expect(trackNav(page).getByRole('link', { name: 'Self-assessment' })).toHaveAttribute(
    'href',
    `/${routes.selfAssessment(engineer.slug)}`,
  );
});

test('every internal link and anchor of the two-track build resolves', () => {
  const { dir, base } = builtSiteNamed('multi-track');
  const report = checkLinks(dir, base);
  expect(report.pages).toBeGreaterThan(20);
  expect(report.links).toBeGreaterThan(1000);
  expect(report.broken, `broken links in the multi-track build:\n${report.broken.join('\n')}`).toEqual([]);
  // The crawl reached the second track's pages.
  const analystPages = 1 + 2 + analyst.levels.length + analyst.competencies.length;
  expect(report.pages).toBeGreaterThan(analystPages);
});

test('search finds a phrase only the fixture has, at its anchor', async ({ page }) => {
  const sql = analyst.competencies.find((competency) =>
    competency.dimensions.some((d) => Object.values(d.cells).some((c) => /window functions/i.test(c.text))),
  )!;
  const dimension = sql.dimensions.find((d) => Object.values(d.cells).some((c) => /window functions/i.test(c.text)))!;
  const [levelCode, cell] = Object.entries(dimension.cells).find(([, c]) => /window functions/i.test(c.text))!;
  const elsewhere = engineer.competencies
    .flatMap((c) => c.dimensions.flatMap((d) => Object.values(d.cells)))
    .filter((c) => /window functions/i.test(c.text));
  expect(elsewhere).toEqual([]);

  await page.goto(`search/?q=${encodeURIComponent('Window functions')}`);
  await expect(status(page)).toHaveText(/^1 result\b/);
  const first = results(page).first();
  await expect(first).toHaveAttribute('data-competency', sql.name);
  await expect(first).toHaveAttribute('data-level', levelCode);
  await expect(first).toHaveAttribute('data-kind', analyst.labels.measurementMatrix);
  await expect(first.getByRole('link')).toHaveAttribute(
    'href',
    `/${routes.competency(analyst.slug, sql.slug)}#${anchors.item(cell.id)}`,
  );
  await first.getByRole('link').click();
  await expect(page.locator(':target')).toContainText(cell.text);
});

test('a competency filter narrows a search across both tracks to one Data Analyst competency', async ({ page }) => {
  const query = 'evidence';
  const storytelling = analyst.competencies.find((competency) => competency.slug === 'storytelling')!;
  const matching = storytelling.levels.flatMap((block) =>
    [...block.behaviours, ...block.outputs, ...block.traps, block.wouldSee, block.antiSignal]
      .filter((item) => /evidence/i.test(item.text))
      .map((item) => ({ level: block.level, item })),
  );
  expect(matching).toHaveLength(1);

  await page.goto(`search/?q=${query}`);
  await expect(status(page)).toHaveText(/results?/);
  const all = await results(page).count();
  expect(all).toBeGreaterThan(matching.length); // the Software Engineer track says "evidence" too

  await page.getByText('Filter by competency, level or kind').click();
  const tracks = page.getByRole('group', { name: 'Track' });
  for (const track of ladder.tracks) await expect(tracks.getByRole('checkbox', { name: track.name })).toBeVisible();
  const competencies = page.getByRole('group', { name: 'Competency' });
  for (const competency of [...engineer.competencies, ...analyst.competencies]) {
    await expect(competencies.getByRole('checkbox', { name: competency.name, exact: true })).toBeVisible();
  }
  await competencies.getByRole('checkbox', { name: storytelling.name, exact: true }).check();
  await expect(status(page)).toContainText('with the chosen filters');
  await expect(results(page)).toHaveCount(matching.length);
  const [{ level, item }] = matching as [(typeof matching)[number]];
  await expect(results(page).first()).toHaveAttribute('data-competency', storytelling.name);
  await expect(results(page).first()).toHaveAttribute('data-level', level);
  await expect(results(page).first().getByRole('link')).toHaveAttribute(
    'href',
    `/${routes.competency(analyst.slug, storytelling.slug)}#${anchors.item(item.id)}`,
  );
});

test('the Software Engineer pages are all still there', async ({ request }) => {
  const t = engineer.slug;
  const paths = [
    routes.track(t),
    routes.levels(t),
    routes.competencies(t),
    routes.compareIndex(t),
    routes.promotion(t),
    routes.icTracks(t),
    routes.faq(t),
    routes.selfAssessment(t),
    routes.embed(t),
    routes.embedHelp(t),
    ...engineer.levels.map((level) => routes.level(t, level.slug)),
    ...engineer.competencies.map((competency) => routes.competency(t, competency.slug)),
    ...levelPairs(engineer.levels).map(({ from, to }) => routes.compare(t, from.slug, to.slug)),
  ];
  expect(paths.length).toBeGreaterThan(30);
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);

  // Each level and competency page is the right one.
  for (const competency of engineer.competencies) {
    const html = await (await request.get(routes.competency(t, competency.slug))).text();
    expect(html).toMatch(
      new RegExp(`<h1[^>]*>${competency.name.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
    );
  }
});

test('Markdown written in a competency level shows as emphasis, and search finds its words', async ({ page }) => {
  const sql = analyst.competencies.find((competency) => competency.slug === 'sql')!;
  const a2 = sql.levels.find((block) => block.level === 'A2')!;
  // As written in tests/fixtures/mini-ladder/competencies/data-analyst/sql/a2.mdx.
  expect(a2.body).toContain('metrics *others reuse*');
  expect(a2.body).toContain('adopts, **documented**');

  await page.goto(routes.competency(analyst.slug, sql.slug));
  const section = page.locator(`#${anchors.competencyLevel('A2')}`);
  await expect(section.locator('.expectation__summary')).toHaveText(a2.summary);
  await expect(section.locator('.expectation__summary em')).toHaveText('others reuse');
  const example = page.locator(`#${anchors.item(a2.wouldSee.id)}`);
  await expect(example).toContainText(a2.wouldSee.text);
  await expect(example.locator('strong')).toHaveText('documented');

  // The search record holds the words without the Markdown marks.
  await page.goto('search/?q=metric+layer+adopts');
  await expect(results(page).filter({ hasText: 'A metric layer the team adopts, documented.' })).toHaveCount(1);
});

test('"Edit this page" points at the competency file under content/ in the repository', async ({ page }) => {
  const sql = analyst.competencies[0]!;
  const repoPath = `content/${sql.filePath}`;
  expect(repoPath).toMatch(/^content\/competencies\/[^/]+\/[^/]+\/index\.mdx$/);

  await page.goto(routes.competency(analyst.slug, sql.slug));
  const edit = page.getByRole('link', { name: 'Edit this page' });
  await expect(edit).toHaveAttribute('href', editUrlOf(repoPath));
  await expect(page.locator('.edit-link')).toContainText(repoPath);

  // The Software Engineer track's files keep their own paths (content/ in this repository).
  const engineering = engineer.competencies[0]!;
  expect(engineering.filePath).toMatch(/^content\//);
  await page.goto(routes.competency(engineer.slug, engineering.slug));
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    editUrlOf(engineering.filePath),
  );
});
