// The scoring calculator as engineers and managers use it: rate against the matrix descriptions, read the
// level and the reason, keep ratings across visits, share them by link, and never lose saved data.
import { readFile } from 'node:fs/promises';
import { STORAGE_KEY } from '../../src/lib/assessment-state';
import {
  card,
  competency,
  ladderLevel,
  levelLabel,
  model,
  observeAntiSignal,
  openCalculator,
  rate,
  rateAll,
  score,
  switchRater,
} from './calculator-support';
import { expect, expectNoAxeViolations, recordExternalRequests, test } from './support/test.ts';

const mastery = competency('technical-mastery');

test.describe('self-assessment calculator', () => {
  test('shows the page text, then says nothing is rated yet', async ({ page }) => {
    await openCalculator(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-assess your SE level');
    await expect(page.getByText('Scores stay in your browser — never saved or shared.')).toBeVisible();
    await expect(page.getByText('What is stored where:')).toBeVisible();
    await expect(page.getByTestId('score-pending')).toContainText(`0 of ${model.competencies.length} competencies`);
    await expect(card(page, mastery.id).locator('summary')).toContainText(`0 of ${mastery.dimensions.length} rated`);
  });

  test('rating a full profile gives the score with two decimals and the ladder level', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 3);
    await expect(score(page)).toHaveText('3.00');
    await expect(ladderLevel(page)).toHaveText(levelLabel(3));
    // Technical Mastery's targets are L4 at L3 (current) and L5 at L4 (next): one and two levels short.
    const gaps = page.getByRole('region', { name: 'Gap to target profiles' });
    await expect(gaps.getByRole('columnheader', { name: 'L4 target (next)' })).toBeVisible();
    const row = gaps.getByRole('row', { name: new RegExp(`^${mastery.shortName}`) });
    await expect(row).toContainText('1 below');
    await expect(row).toContainText('2 below');
  });

  test('a dimension far below the K-th value demotes the competency, and the steps say so', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 3, { 'system-design': [4, 3, 1, 3, 2] });
    await expect(card(page, 'system-design')).toContainText(
      'sorted 4 3 3 2 1, 3rd value 3; lowest 1 is more than one below, demoted to 2',
    );
    // 34.5 − 1.5 = 33; 33 / 11.5 = 2.8696 → "2.87", rounded 2.9 → L3.
    await expect(score(page)).toHaveText('2.87');
    await expect(ladderLevel(page)).toHaveText(levelLabel(3));
  });

  test('an observed anti-signal caps the competency below its level', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 4);
    await expect(score(page)).toHaveText('4.00');
    await observeAntiSignal(page, 'code-quality', 3);
    await expect(card(page, 'code-quality')).toContainText('anti-signal of L3 observed, capped at 2');
    // 46 − 2 × 1.5 = 43; 43 / 11.5 = 3.739 → "3.74", rounded 3.7: the lowest score of L4's band.
    await expect(score(page)).toHaveText('3.74');
    await expect(ladderLevel(page)).toHaveText(levelLabel(4));
  });

  test('the level is read from the score rounded to one decimal at a band edge', async ({ page }) => {
    await openCalculator(page);
    const twos = [2, 2, 2, 2, 2];
    // (34.5 − 1.5 − 1) / 11.5 = 2.783 → rounded 2.8: the first score of L3's band.
    await rateAll(page, 3, { 'system-design': twos, english: twos });
    await expect(score(page)).toHaveText('2.78');
    await expect(ladderLevel(page)).toHaveText(levelLabel(3));
    // (34.5 − 1.5 − 1.5) / 11.5 = 2.739 → rounded 2.7: the last score of L2's band.
    await rate(page, 'english', [3, 3, 3, 3, 3]);
    await rate(page, 'problem-solving', twos);
    await expect(score(page)).toHaveText('2.74');
    await expect(ladderLevel(page)).toHaveText(levelLabel(2));
  });

  test('ratings are kept after a reload', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 2);
    await expect(score(page)).toHaveText('2.00');
    await page.reload();
    await expect(page.locator('.calc[data-loaded="true"]')).toBeVisible();
    await expect(score(page)).toHaveText('2.00');
    await card(page, mastery.id).locator('summary').click();
    const firstGroup = card(page, mastery.id).getByRole('group', {
      name: `${mastery.shortName}: ${mastery.dimensions[0]!.name}`,
    });
    await expect(firstGroup.getByRole('radio', { name: /^L2\b/ })).toBeChecked();
  });

  test('promotion evidence ticked by hand is kept after a reload', async ({ page }) => {
    await openCalculator(page);
    // A criterion no level check can judge: the step's first hand-checked "what to demonstrate" item.
    const step = model.promotions[0]!;
    const manual = step.demonstrate.find((criterion) => criterion.checks.length === 0)!;
    const readiness = page.locator('section[aria-labelledby="calc-readiness-heading"]');
    await readiness.getByRole('combobox', { name: 'Promotion step' }).selectOption(step.id);
    const box = readiness.getByRole('checkbox', { name: manual.text });
    await box.check();
    await page.reload();
    await expect(page.locator('.calc[data-loaded="true"]')).toBeVisible();
    await readiness.getByRole('combobox', { name: 'Promotion step' }).selectOption(step.id);
    await expect(box).toBeChecked();
    // The manager has their own ticks.
    await switchRater(page, 'Manager').check();
    await readiness.getByRole('combobox', { name: 'Promotion step' }).selectOption(step.id);
    await expect(box).not.toBeChecked();
  });

  test('manager and self ratings are kept apart and compared side by side', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 3);
    await switchRater(page, 'Manager').check();
    await expect(page.getByTestId('score-pending')).toBeVisible();
    await rateAll(page, 3, { 'technical-mastery': [2, 2, 2, 2, 2, 2] });
    // 34.5 − 2 = 32.5; 32.5 / 11.5 = 2.826 → "2.83".
    await expect(score(page)).toHaveText('2.83');
    await expect(page.getByTestId('compare-summary')).toHaveText(/^1 competency differs/);
    const row = page.locator('.calc-compare tr.calc-differs', { hasText: mastery.shortName });
    await expect(row).toContainText(`${mastery.dimensions[0]!.name}: L3 vs L2`);
    await switchRater(page, 'Self-assessment').check();
    await expect(score(page)).toHaveText('3.00');
  });

  test('a shared link opens the same result in a fresh browser and asks before replacing saved ratings', async ({
    page,
    browser,
    baseURL,
  }) => {
    await openCalculator(page);
    await rateAll(page, 3, { 'system-design': [4, 3, 1, 3, 2] });
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(new URL(link).hash).toMatch(/^#assessment=/);

    // A colleague's browser with an assessment of its own already saved.
    const context = await browser.newContext({ baseURL });
    const external = recordExternalRequests(context, new URL(baseURL!).origin);
    const other = await context.newPage();
    await openCalculator(other);
    await rateAll(other, 2);
    await expect(score(other)).toHaveText('2.00');
    const savedBefore = await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

    await other.goto(link);
    await expect(other.locator('.calc[data-loaded="true"]')).toBeVisible();
    await expect(other.getByText('You opened a shared assessment.')).toBeVisible();
    await expect(score(other)).toHaveText('2.87');
    // Still not saved over: the colleague's own ratings are intact until they choose.
    expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(savedBefore);
    await other.getByRole('button', { name: 'Discard it and show mine' }).click();
    await expect(score(other)).toHaveText('2.00');
    expect(new URL(other.url()).hash).toBe('');

    // A browser with nothing saved shows the shared ratings and can keep them.
    const fresh = await browser.newContext({ baseURL });
    const freshExternal = recordExternalRequests(fresh, new URL(baseURL!).origin);
    const freshPage = await fresh.newPage();
    await freshPage.goto(link);
    await expect(freshPage.locator('.calc[data-loaded="true"]')).toBeVisible();
    await expect(score(freshPage)).toHaveText('2.87');
    await freshPage.getByRole('button', { name: 'Save it in this browser' }).click();
    await freshPage.reload();
    await expect(score(freshPage)).toHaveText('2.87');
    freshExternal.expectNone();
    await fresh.close();

    external.expectNone();
    await context.close();
  });

  test('a tampered link shows a clear message and keeps the saved ratings', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 2);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = new URL(await page.getByRole('textbox', { name: 'Share link' }).inputValue());
    // Change one character of the payload, as a mangled copy-paste would.
    const hash = link.hash;
    const at = hash.indexOf('=') + 5;
    link.hash = hash.slice(0, at) + (hash[at] === 'A' ? 'B' : 'A') + hash.slice(at + 1);
    await page.goto(link.href);
    await expect(page.locator('.calc[data-loaded="true"]')).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This shared link could not be opened.');
    await expect(alert).toContainText('damaged or incomplete');
    await expect(score(page)).toHaveText('2.00');
    await page.getByRole('button', { name: 'Continue with my assessment' }).click();
    await expect(alert).toHaveCount(0);
  });

  test('corrupted saved data is reported, never overwritten silently, and can be cleared', async ({ page }) => {
    const damaged = '{"version":1,"track":"software-engineer","raters":{"self":';
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, damaged],
    );
    await openCalculator(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your saved assessment could not be read.');
    await expect(alert).toContainText('not valid JSON');
    // Rating before deciding must not replace the damaged data.
    await rate(page, 'english', [3, 3, 3, 3, 3]);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(damaged);

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(alert).toHaveCount(0);
    await rate(page, 'english', [3, 3, 3, 3, 3]);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!);
    expect(Object.values(saved.raters.self.ratings.english)).toEqual([3, 3, 3, 3, 3]);
  });

  test('saved data for unknown competencies is rejected with a message naming it', async ({ page }) => {
    const foreign = {
      version: 1,
      track: 'software-engineer',
      raters: {
        self: { ratings: { juggling: { balls: 3 } }, antiSignals: {} },
        manager: { ratings: {}, antiSignals: {} },
      },
    };
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [STORAGE_KEY, JSON.stringify(foreign)],
    );
    await openCalculator(page);
    await expect(page.getByRole('alert')).toContainText("unknown competency 'juggling'");
  });

  test('exported JSON imports back, and the Markdown summary carries the result', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 3, { 'system-design': [4, 3, 1, 3, 2] });
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^software-engineer-assessment-\d{4}-\d{2}-\d{2}\.json$/);
    const jsonPath = await json.path();

    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const text = await readFile(await markdown.path(), 'utf8');
    expect(text).toContain('score 2.87 → L3 Senior SE');
    expect(text).toContain('demoted to 2');

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByTestId('score-pending')).toBeVisible();

    await page.getByLabel('Import JSON').setInputFiles(jsonPath);
    await expect(score(page)).toHaveText('2.87');
    await expect(page.getByText(/^Imported “/)).toBeVisible();
  });

  test('the page makes no requests after it has loaded, whatever the person does', async ({ page }) => {
    await openCalculator(page);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('blob:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await rateAll(page, 3);
    await observeAntiSignal(page, 'english', 2);
    await switchRater(page, 'Manager').check();
    await rate(page, 'english', [2, 2, 2, 2, 2]);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(requests).toEqual([]);
  });

  test('is accessible blank, filled, with notices, and keyboard operable', async ({ page }) => {
    await openCalculator(page);
    await expectNoAxeViolations(page);
    // Keyboard: open a card and choose a level with the arrow keys.
    const summary = card(page, mastery.id).locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const group = card(page, mastery.id).getByRole('group', {
      name: `${mastery.shortName}: ${mastery.dimensions[0]!.name}`,
    });
    await group.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: /^L2\b/ })).toBeChecked();

    await rateAll(page, 3, { 'system-design': [4, 3, 1, 3, 2] });
    await switchRater(page, 'Manager').check();
    await rate(page, 'english', [2, 2, 2, 2, 2]);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expectNoAxeViolations(page);
    // Once per theme: the same state in dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('fits a 375 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openCalculator(page);
    await rateAll(page, 3);
    const overflow = await page.evaluate(() => {
      const calc = document.querySelector('.calc')!;
      return calc.scrollWidth - calc.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('print view hides the form and keeps the results', async ({ page }) => {
    await openCalculator(page);
    await rateAll(page, 3);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.calc-form')).toBeHidden();
    await expect(page.locator('.calc-bar')).toBeHidden();
    await expect(score(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: /Gap to target profiles/ })).toBeVisible();
  });
});
