// Notices that stay out of the way, undo that never loses work, storage that refuses, and the manager's
// flow: a person told what just happened without piles of messages, asked before anything is lost, and
// never losing a rating, whether the browser saves or not.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { People } from '../../src/lib/assessment/people-format';
import {
  PEOPLE_KEY,
  addPerson,
  calculatorReady,
  dimensionGroup,
  flatRater,
  levelOption,
  menuItem,
  message,
  model,
  openCalculator,
  openView,
  rate,
  resultRegion,
  savedNow,
  savedPeople,
  seedPeople,
  switchRater,
} from './calculator-support';
import { expect, test } from './support/test.ts';

const personSelect = (page: Page) => page.getByRole('combobox', { name: 'Person' });
const english = model.competencies.find((c) => c.id === 'english')!;

/** Storage is full: every write throws, from the first script of the page on; `freeSpace()` in the page undoes it. */
async function refuseEveryWrite(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.assign(window, { freeSpace: () => (Storage.prototype.setItem = setItem) });
  });
}

test.describe('calculator: calm notices, safe undo, refused storage, the manager’s flow', () => {
  test('undo after clearing all ratings keeps the ratings made since', async ({ page }) => {
    // Rated all at L3 (saved before: the ratings are the set-up here).
    await seedPeople(page, savedPeople([{ name: 'Me', raters: { self: flatRater(3) } }]));
    await openCalculator(page);
    await menuItem(page, 'More', 'Clear all ratings');
    const cleared = message(page, 'Cleared all ratings of “Me” (both raters).');
    await expect(cleared).toBeVisible();
    await levelOption(dimensionGroup(page, 'english', 0), 5).check();
    await cleared.getByRole('button', { name: 'Undo' }).click();
    await expect(message(page, 'Put back the cleared ratings of “Me”. 1 rating made since was kept.')).toBeVisible();
    await expect(levelOption(dimensionGroup(page, 'english', 0), 5)).toBeChecked();
    await expect(levelOption(dimensionGroup(page, 'english', 1), 3)).toBeChecked();
    await expect(levelOption(dimensionGroup(page, model.competencies[0]!.id, 0), 3)).toBeChecked();
  });

  test('when the browser refuses to save, every rating is kept in the page and exported together', async ({ page }) => {
    // Storage already holds a saved list (that is how it fills up), and refuses every write after that.
    await seedPeople(page, savedPeople([{ name: 'Me', raters: { self: flatRater(1) } }]));
    await refuseEveryWrite(page);
    await openCalculator(page);
    await rate(page, 'english', [2, 3, 4, 3, 2]);
    const notice = page.getByRole('status').filter({ hasText: 'does not let the page save' });
    await expect(notice).toContainText('Every rating you make here is kept in this page, all of them');
    // Each new rating keeps the ones before it, unsaved as they are.
    for (const [index, level] of [2, 3, 4, 3, 2].entries()) {
      await expect(levelOption(dimensionGroup(page, 'english', index), level)).toBeChecked();
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Export all ratings (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as People;
    const ratings = exported.people[0]!.raters.self.ratings;
    expect(english.dimensions.map((d) => ratings['english']![d.id])).toEqual([2, 3, 4, 3, 2]);
    // The saved ratings of the other competencies are in it too.
    const other = model.competencies.find((c) => c.id !== 'english')!;
    expect(other.dimensions.map((d) => ratings[other.id]![d.id])).toEqual(other.dimensions.map(() => 1));

    // Once the browser saves again, the next rating saves all of them, and the notice goes.
    await page.evaluate(() => (window as unknown as { freeSpace: () => void }).freeSpace());
    await levelOption(dimensionGroup(page, 'english', 0), 5).check();
    await expect(notice).toHaveCount(0);
    const saved = (await savedNow(page)).people[0]!.raters.self.ratings['english']!;
    expect(english.dimensions.map((d) => saved[d.id])).toEqual([5, 3, 4, 3, 2]);
  });

  test('on a phone, a person rating far down the page is told when the browser refuses to save', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await seedPeople(page, savedPeople([{ name: 'Me', raters: { self: flatRater(1) } }]));
    await refuseEveryWrite(page);
    await openCalculator(page);
    const last = model.competencies.at(-1)!;
    // Picked with the keyboard: a pointer click far down the phone page, as the section is first laid out
    // (content-visibility), went unregistered 3 times in 20 on a loaded machine; the cause is not yet known.
    const option = levelOption(dimensionGroup(page, last.id, 0), 3);
    await option.focus();
    await option.press('Space');
    await expect(option).toBeChecked();
    const notice = page.getByRole('status').filter({ hasText: 'does not let the page save' });
    await expect(notice).toBeAttached();
    await expect(notice).not.toBeInViewport();
    // The result bar, in view while rating, says so on one line and leads to the notice.
    const line = message(page, 'Not saved in this browser.');
    await expect(line).toBeInViewport();
    expect((await resultRegion(page).boundingBox())!.height).toBeLessThanOrEqual(812 / 4);
    await line.getByRole('button', { name: 'Details' }).click();
    await expect(notice).toBeFocused();
    await expect(notice).toBeInViewport();
    await expect(notice.getByRole('button', { name: 'Export all ratings (JSON)' })).toBeInViewport();
    // Saved again: the line goes with the notice.
    await page.evaluate(() => (window as unknown as { freeSpace: () => void }).freeSpace());
    await levelOption(dimensionGroup(page, last.id, 0), 4).check();
    await expect(notice).toHaveCount(0);
    await expect(line).toHaveCount(0);
  });

  test('a person added here is rated by their manager; each person keeps their rater, across a reload and in a new tab', async ({
    page,
    context,
  }) => {
    await openCalculator(page);
    await expect(switchRater(page, 'Self-assessment')).toBeChecked();
    await rate(page, 'english', [2, 2, 2, 2, 2]);
    await addPerson(page, 'Alex');
    await expect(switchRater(page, 'Manager')).toBeChecked();
    await expect(resultRegion(page)).toHaveAccessibleName('Result · Alex · Manager');
    await rate(page, 'english', [3, 3, 3, 3, 3]);
    await personSelect(page).selectOption({ label: 'Me' });
    await expect(switchRater(page, 'Self-assessment')).toBeChecked();
    await personSelect(page).selectOption({ label: 'Alex' });
    await expect(switchRater(page, 'Manager')).toBeChecked();
    // The team view (manager ratings first) shows what the manager rated.
    await openView(page, 'Team');
    await expect(page.getByTestId('team-whose')).toContainText('Showing the Manager ratings.');
    const row = page.locator('tr[data-person="Alex"]');
    await expect(row.locator(`td[data-label="${english.shortName}"]`)).toContainText('L3');

    await openView(page, 'Rate');
    await addPerson(page, 'Sam');
    await expect(switchRater(page, 'Manager')).toBeChecked();
    // Choices against the likely rater, so only a kept choice brings them back.
    await personSelect(page).selectOption({ label: 'Alex' });
    await switchRater(page, 'Self-assessment').check();
    await personSelect(page).selectOption({ label: 'Me' });
    await switchRater(page, 'Manager').check();
    await personSelect(page).selectOption({ label: 'Sam' });

    await page.reload();
    await calculatorReady(page);
    await expect(personSelect(page).locator('option:checked')).toHaveText('Sam');
    await expect(switchRater(page, 'Manager')).toBeChecked();
    await expect(resultRegion(page)).toHaveAccessibleName('Result · Sam · Manager');
    await personSelect(page).selectOption({ label: 'Alex' });
    await expect(switchRater(page, 'Self-assessment')).toBeChecked();
    await personSelect(page).selectOption({ label: 'Me' });
    await expect(switchRater(page, 'Manager')).toBeChecked();
    await switchRater(page, 'Self-assessment').check();

    // Another tab of the same browser finds the choices too.
    const other = await context.newPage();
    await openCalculator(other);
    await expect(personSelect(other).locator('option:checked')).toHaveText('Me');
    await expect(switchRater(other, 'Self-assessment')).toBeChecked();
    await personSelect(other).selectOption({ label: 'Alex' });
    await expect(switchRater(other, 'Self-assessment')).toBeChecked();
  });

  test('the Undo of a delete survives a reload and brings the person back with ratings and snapshots', async ({
    page,
  }) => {
    // Me, and Alex rated at L3 with a snapshot, saved before (rating and snapshots are the set-up here).
    const people = savedPeople([
      { name: 'Me', raters: { self: flatRater(2) } },
      { name: 'Alex', raters: { self: flatRater(3), manager: flatRater(3) } },
    ]);
    const saved = people.people[1]!;
    saved.snapshots = [{ date: new Date().toISOString(), raters: saved.raters }];
    await seedPeople(page, people);
    await openCalculator(page);
    await personSelect(page).selectOption({ label: 'Alex' });
    // The offer is kept the moment it is made: nothing the page would still have to load may stand between the
    // delete and a reload at once (the code that reads the offer back, loaded on demand, is held back here).
    const readBack = /\/undo-session\.[\w-]+\.js$/;
    await page.route(readBack, (route) => route.abort());
    page.once('dialog', (dialog) => void dialog.accept());
    await menuItem(page, 'Manage', 'Delete “Alex”');
    await expect(message(page, 'Deleted “Alex”.')).toBeVisible();
    await expect(personSelect(page).locator('option')).toHaveText(['Me']);
    await page.unroute(readBack);

    await page.reload();
    await calculatorReady(page);
    const offer = message(page, 'Deleted “Alex”.');
    await offer.getByRole('button', { name: 'Undo' }).click();
    await expect(personSelect(page).locator('option')).toHaveText(['Me', 'Alex']);
    await expect(personSelect(page).locator('option:checked')).toHaveText('Alex');
    await expect(resultRegion(page).locator('li[data-competency="english"]')).toContainText('L3');
    const alex = (await savedNow(page)).people.find((person) => person.name === 'Alex')!;
    expect(alex.snapshots).toHaveLength(1);
    // Used, it is gone, also after another reload.
    await expect(offer).toHaveCount(0);
    await page.reload();
    await calculatorReady(page);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  });

  test('a damaged Undo offer kept in the tab gives no error and no Undo', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (entry) => void (entry.type() === 'error' && problems.push(entry.text())));
    await openCalculator(page);
    await addPerson(page, 'Alex');
    await expect(message(page, 'Added “Alex”.').getByRole('button', { name: 'Undo' })).toBeVisible();
    // A damaged offer, and one naming a person whose ratings are out of range.
    for (const damaged of [
      '{"text":"Deleted “Alex”.","undo":{',
      JSON.stringify({ text: 'Deleted “X”.', undo: { type: 'restore', index: 0, person: { id: 'x', name: 'X' } } }),
    ]) {
      await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [`${PEOPLE_KEY}:undo`, damaged]);
      await page.reload();
      await calculatorReady(page);
      await expect(personSelect(page).locator('option:checked')).toHaveText('Alex');
      await expect(page.locator('.calc-message')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    }
    expect(problems).toEqual([]);
  });

  test('the team view says whose ratings it shows and offers the other rater’s where these are empty', async ({
    page,
  }) => {
    await seedPeople(
      page,
      savedPeople([
        { name: 'Ana', raters: { manager: flatRater(2) } },
        { name: 'Sam', raters: { self: flatRater(4) } },
      ]),
    );
    await openCalculator(page);
    await openView(page, 'Team');
    const whose = page.getByTestId('team-whose');
    await expect(whose).toContainText('Showing the Manager ratings.');
    await expect(whose).toContainText('No Manager ratings yet for “Sam”, who has Self-assessment ratings.');
    await whose.getByRole('button', { name: 'Show the Self-assessment ratings' }).click();
    await expect(page.getByRole('combobox', { name: 'Ratings of' }).locator('option:checked')).toHaveText(
      'Self-assessment',
    );
    const sam = page.locator('tr[data-person="Sam"]');
    await expect(sam.locator(`td[data-label="${english.shortName}"]`)).toContainText('L4');
    await expect(whose).toContainText('No Self-assessment ratings yet for “Ana”, who has Manager ratings.');
  });
});
