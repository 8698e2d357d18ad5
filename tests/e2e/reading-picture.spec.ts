// The ladder at a glance: a picture of the levels as a staircase on the score axis, with the hire bar and
// the fork into the management and IC tracks, each step a link to its level page, and the same in words.
// Expected names and numbers come from content/.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { firstTrack as track } from './reading-support/built-site.ts';
import { formatBand } from '../../src/lib/reading/format';
import { routes } from '../../src/lib/routes';

test.use({ withoutJavaScript: true });

const picture = (page: Page) => page.locator('figure.ladder-picture');
const hireBar = track.levels.find((level) => level.isHireBar)!;
/** A step link's name in the wide drawing starts with what it shows: the code, the title and the band. */
const stepName = (level: (typeof track.levels)[number]) =>
  new RegExp(
    `^${level.code} ${level.title} ${formatBand(level.band)}${level.isHireBar ? `, ${track.labels.hireBar}$` : ''}`,
  );

test('the overview draws the ladder: a linked step per level, the hire bar, the fork, and a caption in words; it keeps its colours readable in dark mode and prints', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const figure = picture(page);
  await expect(figure).toBeVisible();
  const svg = figure.locator('svg:visible');
  await expect(svg).toHaveCount(1);
  for (const level of track.levels) {
    await expect(svg.getByRole('link', { name: stepName(level) })).toHaveAttribute(
      'href',
      new RegExp(`${routes.level(track.slug, level.slug)}$`),
    );
  }
  // The hire bar is drawn at its score, and the forked levels show one lane per sub-track.
  await expect(svg.getByText(`${track.labels.hireBar} ${hireBar.band.min.toFixed(1)}`)).toBeVisible();
  const forked = track.levels.filter((level) => level.subTracks.length > 1);
  expect(forked.length).toBeGreaterThan(0);
  for (const level of forked) {
    const step = svg.getByRole('link', { name: stepName(level) });
    for (const sub of level.subTracks) await expect(step).toContainText(sub.name.split(' ')[0]!);
    const lanes = svg.locator(`.ladder-picture__lane[data-rank="${level.rank}"]`);
    await expect(lanes).toHaveText(level.subTracks.map((sub) => (sub.kind === 'ic' ? 'IC' : 'Mgmt')));
  }

  // The text equivalent: the caption names the range, the hire bar and every sub-track.
  const caption = figure.locator('figcaption');
  await expect(figure).toHaveAccessibleName(await caption.innerText());
  await expect(caption).toContainText(`The ${track.labels.hireBar} is ${hireBar.code}`);
  for (const sub of forked.flatMap((level) => level.subTracks)) await expect(caption).toContainText(sub.name);

  // The picture keeps its colours readable in dark mode (CSS alone: the same page, switched) and prints.
  await page.emulateMedia({ colorScheme: 'dark' });
  const colours = await picture(page)
    .locator('svg:visible')
    .evaluate((svg) => {
      const step = svg.querySelector('.ladder-picture__step > rect')!;
      const label = svg.querySelector('.ladder-picture__label')!;
      return {
        step: getComputedStyle(step).fill,
        label: getComputedStyle(label).fill,
        background: getComputedStyle(svg.closest('figure')!).backgroundColor,
      };
    });
  expect(colours.step).not.toBe(colours.background);
  // Light text on the dark surface (the label fill is the dark theme's text colour, not black).
  expect(colours.label).not.toBe('rgb(0, 0, 0)');
  expect(colours.label).not.toBe(colours.background);

  await page.emulateMedia({ colorScheme: 'light', media: 'print' });
  await expect(picture(page).locator('svg:visible')).toHaveCount(1);
  await expect(picture(page).locator('figcaption')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // A step is a way into its level.
  const top = track.levels.at(-1)!;
  await svg.getByRole('link', { name: stepName(top) }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.level(track.slug, top.slug)}$`));
});

test('on a 320px phone the compact drawing fits, still links every level, and the levels page has it too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(routes.levels(track.slug));
  const svg = picture(page).locator('svg:visible');
  await expect(svg).toHaveCount(1);
  await expect(svg).toHaveClass(/--compact/);
  const box = (await svg.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  await expect(svg.getByRole('link')).toHaveCount(track.levels.length);
  // The labels are big enough to read: at least 10 CSS pixels on screen.
  const smallest = await svg
    .locator('text')
    .evaluateAll((texts) => Math.min(...texts.map((text) => (text as SVGTextElement).getBoundingClientRect().height)));
  expect(smallest).toBeGreaterThanOrEqual(10);
});
