// How much page and screen the calculator takes: every dimension rateable without opening anything within
// the height budgets, the result bar in view while rating on a phone, nothing scrolling sideways from 320
// to 1,040 px, and accessible on a phone in light and dark.
import type { Page } from '@playwright/test';
import {
  DIMENSION_COUNT,
  calculatorReady,
  flatRater,
  makeShareLink,
  model,
  openCalculator,
  openView,
  provisionalScore,
  rate,
  rateAll,
  resultRegion,
  savedPeople,
  seedPeople,
} from './calculator-support';
import { expect, expectNoAxeViolations, test } from './support/test.ts';

/** Every dimension's radio group is rendered and visible (nothing folded), and how tall the page is. */
async function pageWithEveryDimension(page: Page, when: string): Promise<number> {
  const shown = await page.evaluate(
    () =>
      [...document.querySelectorAll('[role="radiogroup"]')].filter((group) =>
        [...group.querySelectorAll('input[type="radio"]')].every((radio) => radio.checkVisibility()),
      ).length,
  );
  expect(shown, `dimensions shown at ${when}`).toBe(DIMENSION_COUNT);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** Horizontal overflow of the calculator and of the page, in px (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const calc = document.querySelector('.calc')!;
    const root = document.documentElement;
    return Math.max(calc.scrollWidth - calc.clientWidth, root.scrollWidth - root.clientWidth);
  });

test.describe('calculator: layout and effort', () => {
  test('at 1280 and 375 px every dimension shows and the page stays within 6000 and 12000 px, blank and rated; on a phone, rated with the levels open, it is accessible in light and dark', async ({
    page,
  }) => {
    // Each height is measured on a page loaded at its width: the competencies off screen keep the height they
    // last had (content-visibility), so a page resized from another width would measure that width's heights.
    const heightAt = async (width: number, budget: number, state: 'blank' | 'rated') => {
      const height = await pageWithEveryDimension(page, `${width} px, ${state}`);
      expect(height, `page height at ${width} px, ${state}`).toBeLessThanOrEqual(budget);
      test.info().annotations.push({ type: 'page height', description: `${width} px: ${height} ${state}` });
    };
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCalculator(page);
    await heightAt(1280, 6000, 'blank');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await calculatorReady(page);
    await heightAt(375, 12000, 'blank');
    // Rated, every row also shows its level's description.
    await rateAll(page, 3);
    await heightAt(375, 12000, 'rated');
    // On the phone, rated, with the levels opened from the result bar: accessible in light and dark.
    await resultRegion(page).getByRole('button', { name: 'Levels' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, { include: '.calc' });
    }
    // The same ratings, read back from storage on a page loaded at 1280 px.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await calculatorReady(page);
    await expect(page.getByTestId('rated')).toHaveText(`${DIMENSION_COUNT} of ${DIMENSION_COUNT} rated`);
    await heightAt(1280, 6000, 'rated');
  });

  test('at 375 px the result bar stays in view while rating down the page, with share and levels', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openCalculator(page);
    const bar = resultRegion(page);
    await rate(page, 'technical-mastery', [3, 3, 3, 3, 3, 3]);
    await expect(provisionalScore(page)).toHaveText('3.00');
    // Far down the form: the last competency's last dimension.
    const last = model.competencies.at(-1)!;
    await rate(
      page,
      last.id,
      last.dimensions.map(() => 2),
    );
    await expect(bar).toBeInViewport();
    await expect(bar.getByRole('button', { name: 'Copy share link' })).toBeInViewport();
    await expect(bar.getByTestId('rated')).toHaveText(
      `${model.competencies[0]!.dimensions.length + last.dimensions.length} of ${DIMENSION_COUNT} rated`,
    );
    // The bar does not hide what is being rated: the option just picked (it has focus) sits wholly above it.
    // (The level's description that opens under the row may run beneath the bar; it is one scroll away.)
    const picked = page
      .getByRole('radiogroup', { name: `${last.shortName}: ${last.dimensions.at(-1)!.name}` })
      .locator('label', { has: page.locator('input:focus') });
    await expect(picked).toHaveText(model.levels[1]!.code);
    // Polled: competencies above are laid out from an estimate until first seen (content-visibility), so the page
    // can still settle for a frame or two after the click.
    await expect
      .poll(async () => {
        const pickedBox = (await picked.boundingBox())!;
        const barBox = (await bar.boundingBox())!;
        return pickedBox.y + pickedBox.height - barBox.y;
      })
      .toBeLessThanOrEqual(0);
    // The per-competency levels are one tap away, and the share link lands in a field.
    await bar.getByRole('button', { name: 'Levels' }).click();
    await expect(bar.locator(`li[data-competency="${last.id}"]`)).toContainText('L2');
    await makeShareLink(page);
    await expect(bar.getByRole('textbox', { name: 'Share link' })).toBeInViewport();
  });

  test('nothing scrolls sideways from 320 to 1,040 px in any view, and the chart keeps its labels inside', async ({
    page,
  }) => {
    await seedPeople(
      page,
      savedPeople([
        { name: 'Ana Lucía Fernández-Ortega', raters: { manager: flatRater(2), self: flatRater(3) } },
        { name: 'Ben', raters: { manager: flatRater(3, { english: 4 }) } },
        { name: 'Cy', raters: { manager: flatRater(4) }, target: 5 },
      ]),
    );
    // One page, resized and taken through its three views at each width: the layout follows the width
    // through CSS (and the chart its box), not through the load.
    await page.setViewportSize({ width: 320, height: 900 });
    await openCalculator(page);
    for (const width of [320, 375, 768, 1040]) {
      await page.setViewportSize({ width, height: 900 });
      await openView(page, 'Rate');
      expect(await sidewaysOverflow(page), `Rate view at ${width} px`).toBeLessThanOrEqual(0);
      await openView(page, 'Results');
      await expect(page.getByRole('region', { name: 'Gap to target profiles' })).toBeVisible();
      expect(await sidewaysOverflow(page), `Results view at ${width} px`).toBeLessThanOrEqual(0);
      // Each competency label of the radar lies inside the drawing's own box.
      const outside = await page.locator('.calc-radar__svg').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('.calc-radar__label')]
          .map((label) => ({ text: label.textContent, rect: label.getBoundingClientRect() }))
          .filter(({ rect }) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
          .map(({ text }) => text);
      });
      expect(outside, `radar labels cut at ${width} px`).toEqual([]);
      await openView(page, 'Team');
      await expect(page.locator('tr[data-person="Cy"]')).toBeVisible();
      expect(await sidewaysOverflow(page), `Team view at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
});
