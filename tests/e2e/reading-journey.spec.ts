// Reading the ladder as an engineer or a manager does: from the overview to a competency, to one
// behaviour's link, to a comparison of two levels, to the promotion criteria — all without JavaScript.
import { expect, test } from './support/test.ts';
import { firstTrack as track } from './reading-support/built-site.ts';
import { formatWeight, levelCardTitle, matrixHeader } from '../../src/lib/reading/format';

test.use({ withoutJavaScript: true });

const level = (code: string) => track.levels.find((l) => l.code === code)!;
const technicalMastery = track.competencies[0]!;

test('the overview shows the track, its headline facts, the level cards and the at-a-glance matrix; from there to a competency, a behaviour link that targets the behaviour, and previous and next through the competencies in order', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(track.title);
  const facts = page.locator('.headline-facts');
  await expect(facts).toContainText(`${track.levels.length}levels`);
  await expect(facts).toContainText(`${track.competencies.length}competencies`);
  await expect(facts).toContainText(`Total weight ${track.totalWeight}`);
  await expect(facts).toContainText(`Hire bar ${track.hireBar}`);
  await expect(
    page.getByRole('heading', { name: `The ${track.levels.length} ${track.abbreviation} levels` }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: levelCardTitle(level('L4')) })).toBeVisible();

  const glance = page.getByRole('region', { name: 'Target level of each competency, by level' });
  const row = glance.getByRole('row', { name: new RegExp(`^${technicalMastery.shortName}`) });
  const expected = [
    formatWeight(technicalMastery.weight),
    ...track.levels.map((l) => String(technicalMastery.targets[l.code])),
  ];
  await expect(row.getByRole('cell')).toHaveText(expected);
  await expect(page.getByRole('list', { name: 'Rating scale' })).toContainText(
    `3 Proficient · ${track.labels.hireBar}`,
  );

  // From the overview to a competency, and a behaviour link that targets the behaviour.
  await page
    .getByRole('region', { name: 'Target level of each competency, by level' })
    .getByRole('link', { name: technicalMastery.shortName })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(technicalMastery.name);
  await expect(page.getByText(`${track.labels.weight} ${formatWeight(technicalMastery.weight)}`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Levels of this competency' })).toContainText(
    `L3 · ${track.labels.hireBar}`,
  );

  const l2 = technicalMastery.levels.find((block) => block.level === 'L2')!;
  const behaviour = l2.behaviours[2]!;
  await page.getByRole('link', { name: 'Link to L2 behaviour 3', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${behaviour.id}$`));
  const targeted = page.locator(':target');
  await expect(targeted).toHaveAttribute('id', behaviour.id);
  await expect(targeted).toContainText(behaviour.text);
  await expect(targeted).toBeInViewport();

  // The quote is in typographic quotes, the matrix has its headers and the anti-signal row.
  await expect(page.getByText(`\u201c${l2.quote}\u201d`)).toBeVisible();
  const matrix = page.getByRole('region', { name: `${track.labels.measurementMatrix}: ${technicalMastery.name}` });
  await expect(matrix.getByRole('columnheader', { name: matrixHeader(level('L2')) })).toBeVisible();
  await expect(matrix.getByRole('cell', { name: l2.antiSignal.text })).toHaveAttribute('id', l2.antiSignal.id);
  await expect(page.getByText(technicalMastery.rule.label)).toBeVisible();

  // Previous and next lead through the competencies in order (this is the first one).
  const [first, second] = track.competencies;
  expect(first).toBe(technicalMastery);
  await page
    .getByRole('navigation', { name: 'Competencies' })
    .getByRole('link', { name: new RegExp(second!.name) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.name);
  await page
    .getByRole('navigation', { name: 'Competencies' })
    .getByRole('link', { name: new RegExp(first!.name) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.name);
});

test('comparing L2 with L3 says what changes, then shows each competency as a diff', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Ladder' }).getByRole('link', { name: 'Compare' }).click();
  await page
    .getByRole('link', { name: /^L2 → L3/ })
    .first()
    .click();
  await expect(page).toHaveURL(/compare\/l2-l3\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(level('L2').title);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(level('L3').title);

  const summary = page.getByRole('region', { name: 'What changes from L2 to L3' });
  const raised = track.competencies.filter((c) => c.targets.L3! > c.targets.L2!);
  await expect(summary).toContainText(`rise in ${raised.length} of ${track.competencies.length} competencies`);
  const targets = summary.getByRole('list', { name: 'Target changes' }).getByRole('listitem');
  await expect(targets).toHaveCount(track.competencies.length);
  for (const competency of track.competencies) {
    const section = page.getByRole('region', { name: competency.name, exact: true });
    await expect(section.getByText('Target', { exact: true })).toBeVisible();
    const target = section.locator('.diff__target .targets__value');
    await expect(target).toHaveText([String(competency.targets.L2), String(competency.targets.L3)]);
  }
  // The behaviours listed are those of the higher level, anchored with the competency's prefix.
  const block = technicalMastery.levels.find((b) => b.level === 'L3')!;
  const mastery = page.getByRole('region', { name: technicalMastery.name, exact: true });
  await expect(mastery.getByRole('heading', { name: `New at L3: ${track.labels.observableBehaviours}` })).toBeVisible();
  await expect(page.locator(`[id="${technicalMastery.slug}--${block.behaviours[0]!.id}"]`)).toContainText(
    block.behaviours[0]!.text,
  );
});

test('a level page lists what each competency expects, its targets and its promotion steps', async ({ page }) => {
  const l4 = level('L4');
  await page.goto(`${track.slug}/levels/${l4.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(l4.title);
  const profile = page.getByRole('region', { name: `Target profile of ${l4.code}` });
  await expect(profile.getByRole('row')).toHaveCount(track.competencies.length + 1);
  for (const competency of track.competencies) {
    await expect(page.getByRole('heading', { level: 3, name: competency.name })).toBeVisible();
  }
  const into = track.promotions.find((step) => step.to === l4.code)!;
  const outOf = track.promotions.find((step) => step.from === l4.code)!;
  await expect(page.getByText(into.summary)).toBeVisible();
  await expect(page.getByText(outOf.summary)).toBeVisible();
});

test('the promotion page marks sub-track criteria and numbers the verification path', async ({ page }) => {
  await page.goto(`${track.slug}/promotion/`);
  const step = track.promotions.find((p) => p.demonstrate.some((c) => c.subTrack))!;
  const criterion = step.demonstrate.find((c) => c.subTrack)!;
  const item = page.locator(`[id="${step.slug}--${criterion.id}"]`);
  const subTrack = track.levels.flatMap((l) => l.subTracks).find((s) => s.id === criterion.subTrack)!;
  await expect(item).toContainText(criterion.text);
  await expect(item.locator('.pill')).toHaveText(subTrack.name);
  const path = page.locator(`[id="${step.slug}"] ol li`);
  await expect(path).toHaveCount(step.verification.length);
  await expect(path.first()).toContainText(`1${step.verification[0]!.text}`);
});

test('the IC tracks page shows each track with its level, and the numbered moves between tracks', async ({ page }) => {
  await page.goto(`${track.slug}/ic-tracks/`);
  for (const ic of track.icTracks) {
    await expect(page.getByRole('heading', { level: 2, name: `${ic.level} · ${ic.title}` })).toBeVisible();
  }
  const moves = page
    .getByRole('heading', { name: track.labels.trackMoves })
    .locator('xpath=following-sibling::ol[1]/li');
  await expect(moves).toHaveText(track.trackMoves.map((move, i) => `${i + 1}. ${move}`));
});

test('a missing page says so and links back to the overview, levels and competencies @base-path', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Levels', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `The ${track.levels.length} ${track.abbreviation} levels`,
  );
});
