// The calculator as calm and quick to use as the reading pages: no error on any day or in any time zone,
// menus and the phone's result bar inside the screen (its messages that only inform go by themselves, one Undo
// stays; the store's other notices: calculator-store.spec.ts), the first rating three keypresses from the top of the
// page and a whole assessment by keyboard in under a hundred, a competency rated in one step, and a radar
// chart legible on a phone. (How fast it responds is measured by `npm run bench`, not asserted here.)
import type { Page } from '@playwright/test';
import { MESSAGE_LIFETIME_MS } from '../../src/lib/calculator/state/notices';
import {
  addPerson,
  CALCULATOR_PATH,
  DIMENSION_COUNT,
  dimensionGroup,
  levelOption,
  menuItem,
  message,
  model,
  openCalculator,
  openView,
  rateAll,
  resultRegion,
  section,
} from './calculator-support';
import { expect, test } from './support/test.ts';

const DAY = 24 * 60 * 60 * 1000;

test.describe('calculator: calm and quick', () => {
  test("nine days after the build, in Asia/Tokyo and in America/Los_Angeles: no hydration error, and dates in the reader's format", async ({
    browser,
    baseURL,
  }) => {
    // A reader in Britain: a locale that is not the browser's default, so a date hard-coded in one format shows.
    const context = await browser.newContext({ baseURL, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (entry) => {
      if (entry.type() === 'error') errors.push(entry.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Late in the evening UTC: already the next day in Tokyo, still the day before in Los Angeles.
    const later = new Date(Date.now() + 9 * DAY);
    later.setUTCHours(22, 30, 0, 0);
    await page.clock.install({ time: later });
    // Each zone by the DevTools command behind Playwright's timezoneId option, in the one context: a context
    // per zone started a renderer process for each.
    const devtools = await context.newCDPSession(page);
    for (const timezoneId of ['Asia/Tokyo', 'America/Los_Angeles']) {
      await devtools.send('Emulation.setTimezoneOverride', { timezoneId });
      await openCalculator(page);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);

      const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: timezoneId }).format(later);
      await expect(page.locator('.calc-people time'), timezoneId).toHaveText(shown);
      await addPerson(page, 'Đặng');
      await expect(page.locator('.calc-people time'), `${timezoneId}, after adding a person`).toHaveText(shown);
      expect(errors, timezoneId).toEqual([]);
      // The next zone starts, as a new reader would, with nothing saved.
      await page.evaluate(() => localStorage.clear());
    }
    await context.close();
  });

  test('the built page holds nothing that depends on the day, the time zone or storage', async ({ request }) => {
    const html = await (await request.get(CALCULATOR_PATH)).text();
    // What the island renders (not its props, nor the page around it, whose footer names the ladder's version).
    const island = html.slice(html.indexOf('>', html.indexOf('<astro-island')) + 1, html.indexOf('</astro-island>'));
    // Dates are filled in by the browser: empty <time> elements in the HTML, and no date written out.
    expect(island).toContain('<time></time>');
    const month = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
    const writtenDate = new RegExp(
      `\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}|${month}\\.? \\d{1,2}, \\d{4}|\\d{1,2} ${month}\\.? \\d{4}`,
    );
    expect(island).not.toMatch(writtenDate);
  });

  test('at 320 and 375 px the menus open inside the screen', async ({ page }) => {
    // The menus' layout depends on the width only: one page, resized.
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 640 });
      if (width === 320) await openCalculator(page);
      for (const name of ['More', 'Manage']) {
        const menu = page.locator('details.calc-menu', { has: page.locator('summary', { hasText: name }) });
        await menu.locator('summary').scrollIntoViewIfNeeded();
        await menu.locator('summary').click();
        const items = menu.getByRole('button');
        await expect(items.first(), `${width} px: ${name}`).toBeVisible();
        for (const item of await items.all()) {
          const box = (await item.boundingBox())!;
          const what = `${width} px: ${name} › ${await item.textContent()}`;
          expect(box.x, what).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, what).toBeLessThanOrEqual(width);
          expect(box.y, what).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, what).toBeLessThanOrEqual(640);
        }
        expect(await sidewaysScroll(page), `${width} px: ${name}`).toBe(0);
        await menu.locator('summary').click();
        await expect(items.first(), `${width} px: ${name}`).toBeHidden();
      }
    }
  });

  test('on a phone the result bar never takes more than a quarter of the screen, with messages in it; messages that only inform go away by themselves, one Undo, for the last change, stays; the radar labels are at least 11 px tall', async ({
    page,
  }) => {
    await page.clock.install();
    await page.setViewportSize({ width: 375, height: 812 });
    await openCalculator(page);
    const bar = resultRegion(page);
    const quarter = 812 / 4;
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(quarter);
    for (const name of ['Ana', 'Ben', 'Cy', 'Dee']) await addPerson(page, name);
    await expect(page.locator('.calc-message')).not.toHaveCount(0);
    // One Undo, for the last person added, not one per person.
    await expect(bar.getByRole('button', { name: 'Undo' })).toHaveCount(1);
    await expect(message(page, 'Added “Dee”.')).toBeVisible();
    await expect(message(page, 'Added “Cy”.')).toHaveCount(0);
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(quarter);
    await rateAll(page, 3);
    await expect(bar.getByTestId('rated')).toHaveText(`${DIMENSION_COUNT} of ${DIMENSION_COUNT} rated`);
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(quarter);
    // The newest message is the one in view.
    await expect(bar.locator('.calc-message').last()).toBeVisible();

    await menuItem(page, 'Manage', 'Save snapshot');
    const saved = message(page, 'Saved a snapshot of “Dee”');
    await expect(saved).toBeVisible();
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(quarter);
    await page.clock.runFor(MESSAGE_LIFETIME_MS + 1_000);
    await expect(saved).toHaveCount(0);

    // At 375 px the radar labels are at least 11 px tall.
    await openView(page, 'Results');
    const labels = page.locator('.calc-radar__label');
    await expect(labels).toHaveCount(model.competencies.length);
    const heights = await labels.evaluateAll((texts) =>
      texts.map((text) => {
        const svg = (text as SVGTextElement).ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      }),
    );
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(11);

    // The Undo survives the other message and the time passed, and still works.
    await openView(page, 'Rate');
    await message(page, 'Added “Dee”.').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('combobox', { name: 'Person' }).locator('option')).toHaveText(['Ana', 'Ben', 'Cy']);
  });

  test('at 1280 px the first rating is three keypresses from the top of the page, and a whole assessment by keyboard under 100, one tab stop per dimension; then "All at one level" rates a competency in one step, and one dimension is adjusted', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCalculator(page);
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    // The first rating is three keypresses from the top of the page.
    await press('Tab');
    await press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to the first rating');
    await press('Enter');
    const first = model.competencies[0]!;
    await expect(levelOption(dimensionGroup(page, first.id, 0), 1)).toBeFocused();
    // Tab from a dimension goes straight to the next one of its competency: one stop per row.
    for (let index = 1; index < first.dimensions.length; index++) {
      await press('Tab');
      await expect(dimensionGroup(page, first.id, index).locator(':focus')).toHaveCount(1);
    }
    await press('Shift+Tab');
    for (let index = first.dimensions.length - 2; index > 0; index--) await press('Shift+Tab');
    await expect(dimensionGroup(page, first.id, 0).locator(':focus')).toHaveCount(1);
    // A digit picks that level and moves on: L3 everywhere, L4 on every fourth dimension.
    const expected: number[] = [];
    for (let index = 0; index < DIMENSION_COUNT; index++) {
      const level = index % 4 === 3 ? 4 : 3;
      expected.push(level);
      await press(String(level));
    }
    expect(presses).toBeLessThanOrEqual(100);
    await expect(resultRegion(page).getByTestId('rated')).toHaveText(`${DIMENSION_COUNT} of ${DIMENSION_COUNT} rated`);
    const checked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('.calc-dim input:checked')].map((input) => Number(input.value)),
    );
    expect(checked).toEqual(expected);
    test.info().annotations.push({ type: 'keypresses', description: `${presses} for ${DIMENSION_COUNT} dimensions` });

    // "All at one level" then rates a competency in one step (over the L3 and L4 it was given by keyboard).
    const target = model.competencies[1]!;
    const area = section(page, target.id);
    await area.getByText('All at one level').click();
    await area
      .getByRole('group', { name: `Rate every ${target.shortName} dimension at` })
      .getByRole('button', {
        name: 'L3',
      })
      .click();
    for (let index = 0; index < target.dimensions.length; index++)
      await expect(levelOption(dimensionGroup(page, target.id, index), 3)).toBeChecked();
    await expect(resultRegion(page).locator(`li[data-competency="${target.id}"]`)).toContainText('L3');
    // Still one rating per dimension, adjusted one by one; the competency's rule stays in view.
    await levelOption(dimensionGroup(page, target.id, 0), 4).check();
    await expect(levelOption(dimensionGroup(page, target.id, 0), 4)).toBeChecked();
    await expect(area.locator('.calc-comp__rule summary')).toContainText(target.rule.label);
    await expect(area.locator('.calc-explain')).toContainText(`${target.shortName}:`);
  });
});

/** How far the page scrolls sideways, in px. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
