// A manager's review cycle: several people in one browser, short share links that open next to an existing
// person, snapshots that show what changed, and nothing lost — undo after destructive actions, two tabs that
// keep each other's edits, damaged data reported and kept.
import { readFile } from 'node:fs/promises';
import { V1_STORAGE_KEY } from '../../src/lib/assessment/legacy/v1-assessment';
import { encodeShareLink } from '../../src/lib/assessment/share-link';
import {
  CALCULATOR_PATH,
  PEOPLE_KEY,
  addPerson,
  calculatorReady,
  competency,
  firstPerson,
  dimensionGroup,
  flatRater,
  ladderLevel,
  levelOption,
  makeShareLink,
  menuItem,
  message,
  model,
  openCalculator,
  openView,
  rate,
  rateAll,
  resultRegion,
  savedNow,
  savedPeople,
  score,
  seedPeople,
  seedStorage,
  switchRater,
} from './calculator-support';
import { expect, expectNoAxeViolations, recordExternalRequests, test } from './support/test.ts';

const mastery = competency('technical-mastery');
const personSelect = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: 'Person' });

test.describe('calculator: people, links and nothing lost', () => {
  test('a share link of at most 120 characters opens in a fresh browser next to an existing person, as the other rater', async ({
    page,
    browser,
    baseURL,
  }) => {
    // The engineer rates themselves and shares the link.
    await openCalculator(page);
    await rateAll(page, 3, { 'system-design': [4, 3, 1, 3, 2] });
    await expect(score(page)).toHaveText('2.87');
    const link = await makeShareLink(page);
    expect(new URL(link).hash.slice(1).length).toBeLessThanOrEqual(120);

    // The manager's browser (a fresh one, none of the engineer's storage): Alex exists with the manager's
    // ratings, saved there earlier (adding and rating a person are the people and rating tests' subject).
    const context = await browser.newContext({ baseURL });
    const external = recordExternalRequests(context, new URL(baseURL!).origin);
    const manager = await context.newPage();
    const before = savedPeople([{ name: 'Alex', raters: { manager: flatRater(2) } }]);
    await seedPeople(manager, before);

    await manager.goto(link);
    await calculatorReady(manager);
    const choice = manager.getByRole('form', { name: 'You opened a shared assessment' });
    await expect(choice).toContainText('It holds a self-assessment.');
    // Nothing is saved before the choice.
    expect(await savedNow(manager)).toEqual(before);
    await expectNoAxeViolations(manager, { include: '.calc-incoming' });
    await choice.getByRole('radio', { name: 'Next to an existing person, as the other rater' }).check();
    await choice.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Alex' });
    await expect(choice).toContainText('Its self-assessment goes next to Alex’s; Alex’s manager assessment stays.');
    await choice.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(choice).toHaveCount(0);
    await expect.poll(() => new URL(manager.url()).hash).toBe('');

    // Alex now has both: the engineer's self-assessment and the manager's own ratings.
    await expect(personSelect(manager).locator('option:checked')).toHaveText('Alex');
    await expect(personSelect(manager).locator('option')).toHaveText(['Alex']);
    await switchRater(manager, 'Self-assessment').check();
    await expect(score(manager)).toHaveText('2.87');
    await switchRater(manager, 'Manager').check();
    await expect(score(manager)).toHaveText('2.00');
    await manager.reload();
    await calculatorReady(manager);
    await switchRater(manager, 'Self-assessment').check();
    await expect(score(manager)).toHaveText('2.87');
    external.expectNone();
    await context.close();
  });

  test('an earlier JSON link still opens, and a tampered link says so and changes nothing', async ({ page }) => {
    await seedPeople(page, firstPerson({ self: flatRater(2) }));
    await openCalculator(page);
    const link = new URL(await makeShareLink(page));
    // Change one character of the payload, as a mangled copy-paste would.
    const at = link.hash.indexOf('.', 5) + 3;
    link.hash = link.hash.slice(0, at) + (link.hash[at] === 'A' ? 'B' : 'A') + link.hash.slice(at + 1);
    await page.goto(link.href);
    await calculatorReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This shared link could not be opened.');
    await expect(alert).toContainText('damaged or incomplete');
    await expect(score(page)).toHaveText('2.00');
    await page.getByRole('button', { name: 'Continue with my assessment' }).click();
    await expect(alert).toHaveCount(0);

    // A link made by the earlier calculator (JSON in the fragment) opens as before.
    const { encodeV1Link } = await import('../fixtures/legacy-links');
    const old = encodeV1Link({
      version: 1,
      track: model.track.id,
      raters: { self: flatRater(4), manager: { ratings: {}, antiSignals: {} } },
    });
    await page.goto(`${new URL(page.url()).pathname}#${old}`);
    await calculatorReady(page);
    await expect(page.getByRole('form', { name: 'You opened a shared assessment' })).toBeVisible();
    await expect(score(page)).toHaveText('4.00');
  });

  test('people are added, renamed, switched and deleted; deleting asks first and is undone from its message', async ({
    page,
  }) => {
    await openCalculator(page);
    await addPerson(page, 'Alex');
    await rate(page, mastery.id, [3, 3, 3, 3, 3, 3]);
    await addPerson(page, 'Sam');
    await expect(page.getByTestId('score-pending')).toBeVisible();
    await expect(personSelect(page).locator('option')).toHaveText(['Alex', 'Sam']);

    await menuItem(page, 'Manage', 'Rename');
    await page.getByRole('textbox', { name: 'Rename “Sam”' }).fill('Samira');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(personSelect(page).locator('option')).toHaveText(['Alex', 'Samira']);

    await personSelect(page).selectOption({ label: 'Alex' });
    await expect(resultRegion(page).locator(`li[data-competency="${mastery.id}"]`)).toContainText('L3');
    await menuItem(page, 'Manage', 'Save snapshot');
    // Deleting asks first, naming the person and what is lost; declining keeps them.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await menuItem(page, 'Manage', 'Delete “Alex”');
    await expect
      .poll(() => asked)
      .toEqual([
        'Delete “Alex”? Their ratings (self-assessment and manager) and their snapshot are deleted from this browser.',
      ]);
    await expect(personSelect(page).locator('option')).toHaveText(['Alex', 'Samira']);
    page.once('dialog', (dialog) => void dialog.accept());
    await menuItem(page, 'Manage', 'Delete “Alex”');
    const note = message(page, 'Deleted “Alex”.');
    await expect(note).toBeVisible();
    await expect(personSelect(page).locator('option')).toHaveText(['Samira']);
    expect((await savedNow(page)).people.map((p) => p.name)).toEqual(['Samira']);
    await note.getByRole('button', { name: 'Undo' }).click();
    await expect(personSelect(page).locator('option')).toHaveText(['Alex', 'Samira']);
    await expect(personSelect(page).locator('option:checked')).toHaveText('Alex');
    await expect(resultRegion(page).locator(`li[data-competency="${mastery.id}"]`)).toContainText('L3');
  });

  test('undo after clearing all ratings brings every rating back', async ({ page }) => {
    // "Me" rated at L3 by themselves, and English at L2 by the manager.
    const englishAt2 = { ratings: { english: flatRater(2).ratings['english']! }, antiSignals: {} };
    await seedPeople(page, firstPerson({ self: flatRater(3), manager: englishAt2 }));
    await openCalculator(page);
    await expect(switchRater(page, 'Self-assessment')).toBeChecked();
    await expect(score(page)).toHaveText('3.00');

    await menuItem(page, 'More', 'Clear all ratings');
    const note = message(page, 'Cleared all ratings of “Me” (both raters).');
    await expect(note).toBeVisible();
    await expect(page.getByTestId('score-pending')).toBeVisible();
    await note.getByRole('button', { name: 'Undo' }).click();
    await expect(score(page)).toHaveText('3.00');
    await switchRater(page, 'Manager').check();
    await expect(levelOption(dimensionGroup(page, 'english', 0), 2)).toBeChecked();
    // And it is saved again, not only shown (the rater chosen last for "Me" is kept too, decision 0022).
    await page.reload();
    await calculatorReady(page);
    await expect(switchRater(page, 'Manager')).toBeChecked();
    await expect(levelOption(dimensionGroup(page, 'english', 0), 2)).toBeChecked();
    await switchRater(page, 'Self-assessment').check();
    await expect(score(page)).toHaveText('3.00');
  });

  test('two tabs editing different dimensions keep both edits', async ({ context }) => {
    const first = await context.newPage();
    await openCalculator(first);
    await levelOption(dimensionGroup(first, mastery.id, 0), 2).check();
    const second = await context.newPage();
    await openCalculator(second);
    await expect(levelOption(dimensionGroup(second, mastery.id, 0), 2)).toBeChecked();

    await levelOption(dimensionGroup(first, mastery.id, 1), 3).check();
    // The second tab is edited once it shows the first tab's save, as a person would: localStorage reaches
    // another tab's renderer a moment later, and under load an edit made before that read storage without it.
    await expect(levelOption(dimensionGroup(second, mastery.id, 1), 3)).toBeChecked();
    await levelOption(dimensionGroup(second, mastery.id, 2), 4).check();
    // Each tab shows the other's edit, and what is saved holds both.
    for (const tab of [first, second]) {
      await expect(levelOption(dimensionGroup(tab, mastery.id, 0), 2)).toBeChecked();
      await expect(levelOption(dimensionGroup(tab, mastery.id, 1), 3)).toBeChecked();
      await expect(levelOption(dimensionGroup(tab, mastery.id, 2), 4)).toBeChecked();
    }
    await first.reload();
    await calculatorReady(first);
    await expect(levelOption(dimensionGroup(first, mastery.id, 1), 3)).toBeChecked();
    await expect(levelOption(dimensionGroup(first, mastery.id, 2), 4)).toBeChecked();
  });

  test('a snapshot keeps a dated version; the results show the change since it', async ({ page }) => {
    await seedPeople(page, firstPerson({ self: flatRater(3) }));
    await openCalculator(page);
    await expect(score(page)).toHaveText('3.00');
    await menuItem(page, 'Manage', 'Save snapshot');
    await expect(message(page, 'Saved a snapshot of “Me”')).toBeVisible();
    await rate(page, 'english', [4, 4, 4, 4, 4]);
    const result = resultRegion(page);
    await expect(result).toContainText('Change since the snapshot of');
    await expect(result.locator('li[data-competency="english"]')).toContainText('L4+1');
    await expect(result.locator(`li[data-competency="${mastery.id}"]`)).toHaveText(`${mastery.shortName}L3`);

    await openView(page, 'Results');
    const history = page.getByRole('region', { name: 'History: Self-assessment' });
    // Dated in the reader's locale, as every date in the calculator is.
    const today = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format());
    await expect(history.getByRole('columnheader')).toHaveText(['Competency', today, 'Now']);
    await expect(history.getByRole('row', { name: /^English/ })).toContainText('L3L4');
  });

  test('damaged saved data is reported, never overwritten silently, and starting over asks first', async ({ page }) => {
    const damaged = '{"version":2,"track":"software-engineer","people":[';
    await seedStorage(page, PEOPLE_KEY, damaged);
    await openCalculator(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your saved assessments could not be read.');
    await expect(alert).toContainText('not valid JSON');
    // Rating before deciding must not replace the damaged data.
    await rate(page, 'english', [3, 3, 3, 3, 3]);
    expect(await page.evaluate((key) => localStorage.getItem(key), PEOPLE_KEY)).toBe(damaged);

    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(alert).toBeVisible();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(alert).toHaveCount(0);
    await rate(page, 'english', [3, 3, 3, 3, 3]);
    const saved = await savedNow(page);
    expect(Object.values(saved.people[0]!.raters.self.ratings['english']!)).toEqual([3, 3, 3, 3, 3]);
  });

  test('an assessment saved by the earlier calculator becomes the first person', async ({ page }) => {
    const earlier = {
      version: 1,
      track: model.track.id,
      raters: { self: flatRater(2), manager: { ratings: {}, antiSignals: {} } },
    };
    await page.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      },
      [V1_STORAGE_KEY, JSON.stringify(earlier)],
    );
    await openCalculator(page);
    await expect(score(page)).toHaveText('2.00');
    await expect(personSelect(page).locator('option:checked')).toHaveText('My assessment');
    // Unknown competencies in it are named, not swallowed.
    const foreign = {
      ...earlier,
      raters: { ...earlier.raters, self: { ratings: { juggling: { balls: 3 } }, antiSignals: {} } },
    };
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [V1_STORAGE_KEY, JSON.stringify(foreign)],
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText("unknown competency 'juggling'");
  });

  test('an export imports back as a new person after asking, and the import can be undone', async ({ page }) => {
    // Kim, rated L3 with System Design at L2 (34.5 − 1.5 = 33; 33 / 11.5 → 2.87).
    await seedPeople(page, savedPeople([{ name: 'Kim', raters: { self: flatRater(3, { 'system-design': 2 }) } }]));
    await openCalculator(page);
    await expect(score(page)).toHaveText('2.87');
    const [json] = await Promise.all([page.waitForEvent('download'), menuItem(page, 'More', 'Export JSON')]);
    expect(json.suggestedFilename()).toMatch(/^software-engineer-kim-\d{4}-\d{2}-\d{2}\.json$/);
    const [markdown] = await Promise.all([page.waitForEvent('download'), menuItem(page, 'More', 'Download Markdown')]);
    const text = await readFile(await markdown.path(), 'utf8');
    expect(text).toContain('# Software Engineer assessment: Kim');
    expect(text).toContain('score 2.87 → L3 Senior SE');

    await page.locator('details.calc-menu', { hasText: 'More' }).locator('summary').click();
    await page.getByLabel('Import JSON').setInputFiles(await json.path());
    const choice = page.getByRole('form', { name: /^You chose to import/ });
    await expect(choice).toBeVisible();
    await choice.getByRole('radio', { name: 'A new person' }).check();
    await choice.getByRole('textbox', { name: 'Name or alias' }).fill('Kim again');
    await choice.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(personSelect(page).locator('option')).toHaveText(['Kim', 'Kim again']);
    await expect(score(page)).toHaveText('2.87');
    await expect(ladderLevel(page)).toBeVisible();
    const note = message(page, 'Added “Kim again”');
    await note.getByRole('button', { name: 'Undo' }).click();
    await expect(personSelect(page).locator('option')).toHaveText(['Kim']);
  });

  test('a manager with saved people can replace one from a link, and undo it', async ({ page }) => {
    await seedPeople(page, savedPeople([{ name: 'Alex', raters: { self: flatRater(2), manager: flatRater(2) } }]));
    // An engineer's self-assessment at L4 everywhere, as the share button encodes it (the first test makes
    // one with the button and opens it in another browser).
    const link = encodeShareLink(model, { self: flatRater(4), manager: { ratings: {}, antiSignals: {} } });

    await page.goto(`${CALCULATOR_PATH}#${link}`);
    await calculatorReady(page);
    const choice = page.getByRole('form', { name: 'You opened a shared assessment' });
    await choice.getByRole('radio', { name: 'Replacing an existing person’s ratings' }).check();
    await choice.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(score(page)).toHaveText('4.00');
    await switchRater(page, 'Manager').check();
    await expect(page.getByTestId('score-pending')).toBeVisible();
    await message(page, 'Replaced the ratings of “Alex”').getByRole('button', { name: 'Undo' }).click();
    await expect(score(page)).toHaveText('2.00');
  });
});
