// Preparing for a promotion: "what changes from L3 to L4?" The compare page answers at the top, then shows
// each competency as a diff — the target change, what is new at the higher level, the anti-signals to leave
// behind, the matrix from one level to the other — readable on a phone. Expected text comes from content/.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { firstTrack as track } from './reading-support/built-site.ts';
import { routes } from '../../src/lib/routes';

test.use({ withoutJavaScript: true });

const level = (code: string) => track.levels.find((l) => l.code === code)!;
const comparePath = (a: string, b: string) => routes.compare(track.slug, level(a).slug, level(b).slug);
const blockAt = (competency: (typeof track.competencies)[number], code: string) =>
  competency.levels.find((block) => block.level === code)!;

/** The vertical position of an element, to tell stacked from side by side. */
const top = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().top);

test('on a phone, L3 → L4 opens with what changes, then each competency stacked and labelled; on a wide screen the two levels sit side by side', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(comparePath('L3', 'L4'));

  const summary = page.getByRole('region', { name: 'What changes from L3 to L4' });
  await expect(summary).toBeInViewport({ ratio: 0.01 });
  await expect(summary).toContainText(`${level('L3').band.min.toFixed(1)} – ${level('L3').band.max.toFixed(1)}`);
  await expect(summary).toContainText(`${level('L4').band.min.toFixed(1)} – ${level('L4').band.max.toFixed(1)}`);
  for (const sub of level('L4').subTracks) await expect(summary).toContainText(sub.name);
  const step = track.promotions.find((p) => p.from === 'L3' && p.to === 'L4')!;
  await expect(summary.getByRole('link', { name: 'What to demonstrate for L3 → L4' })).toHaveAttribute(
    'href',
    new RegExp(`${routes.promotion(track.slug)}#${step.slug}$`),
  );
  const newBehaviours = track.competencies.reduce((sum, c) => sum + blockAt(c, 'L4').behaviours.length, 0);
  await expect(summary).toContainText(`${newBehaviours} behaviours`);

  const competency = track.competencies[0]!;
  const section = page.getByRole('region', { name: competency.name, exact: true });
  // Both levels' summaries, labelled, one under the other.
  const sides = section.locator('.diff__side');
  await expect(sides.nth(0)).toContainText('L3');
  await expect(sides.nth(0)).toContainText(blockAt(competency, 'L3').summary);
  await expect(sides.nth(1)).toContainText('L4');
  await expect(sides.nth(1)).toContainText(blockAt(competency, 'L4').summary);
  expect(await top(sides.nth(1))).toBeGreaterThan((await top(sides.nth(0))) + 20);

  // New at L4: every behaviour and output of L4, none of L3's (those are folded away for reference).
  const l4 = blockAt(competency, 'L4');
  const l3 = blockAt(competency, 'L3');
  const newList = section
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /New at L4: .*behavio/i }) })
    .getByRole('listitem');
  await expect(newList).toHaveCount(l4.behaviours.length);
  await expect(newList.first()).toContainText(l4.behaviours[0]!.text);
  const reference = section.locator('details.diff__before');
  await expect(reference.getByText(l3.behaviours[0]!.text)).toBeHidden();
  await reference.getByText('What L3 already lists').click();
  await expect(reference.getByText(l3.behaviours[0]!.text)).toBeVisible();

  // The anti-signals: L3's to leave behind, L4's to avoid.
  await expect(section.getByText(`Leave behind (L3)`)).toBeVisible();
  await expect(section.getByText(l3.antiSignal.text)).toBeVisible();
  await expect(section.getByText(l4.antiSignal.text)).toBeVisible();

  // Every matrix dimension, from the L3 cell to the L4 cell, each labelled with its level.
  for (const dimension of competency.dimensions) {
    const row = section.locator('.diff__row').filter({ has: page.getByText(dimension.name, { exact: true }) });
    await expect(row.locator('dd')).toHaveText([
      new RegExp(`^L3\\s*${escape(dimension.cells.L3!.text)}`),
      new RegExp(`^L4\\s*${escape(dimension.cells.L4!.text)}`),
    ]);
  }

  // The same page on a wide screen (the layout is CSS alone, so resizing lays it out as a load would).
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await page.evaluate(() => window.innerWidth)).toBe(1280);
  expect(Math.abs((await top(sides.nth(1))) - (await top(sides.nth(0))))).toBeLessThan(2);
});

test('targets that do not change between L4 and L5 are marked unchanged and stepped back', async ({ page }) => {
  const steady = track.competencies.filter((c) => c.targets.L4 === c.targets.L5);
  const rising = track.competencies.filter((c) => c.targets.L5! > c.targets.L4!);
  expect(steady.length).toBeGreaterThan(0);
  expect(rising.length).toBeGreaterThan(0);
  await page.goto(comparePath('L4', 'L5'));
  const summary = page.getByRole('region', { name: 'What changes from L4 to L5' });
  await expect(summary).toContainText(`stay the same in ${steady.length}`);
  const colourOf = (name: string) =>
    summary
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name, exact: true }) })
      .locator('.compare-summary__target')
      .evaluate((element) => getComputedStyle(element).color);
  expect(await colourOf(steady[0]!.shortName)).not.toBe(await colourOf(rising[0]!.shortName));
  const section = page.getByRole('region', { name: steady[0]!.name, exact: true });
  await expect(section.locator('.diff__target')).toContainText('unchanged');
});

test('a comparison of levels that are not adjacent has no single promotion step to link', async ({ page }) => {
  await page.goto(comparePath('L1', 'L3'));
  const summary = page.getByRole('region', { name: 'What changes from L1 to L3' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: /What to demonstrate/ })).toHaveCount(0);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
