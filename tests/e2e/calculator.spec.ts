// The scoring calculator as engineers and managers use it: rate against the matrix descriptions with one
// choice per dimension, see a result from the first rated competency, read the level and the reason.
import {
  DIMENSION_COUNT,
  competency,
  dimensionGroup,
  firstPerson,
  flatRater,
  ladderLevel,
  levelLabel,
  levelOption,
  model,
  observeAntiSignal,
  openCalculator,
  openView,
  provisionalScore,
  rate,
  rateAll,
  resultRegion,
  score,
  section,
  seedPeople,
  switchRater,
} from './calculator-support';
import { expect, expectNoAxeViolations, test } from './support/test.ts';

const mastery = competency('technical-mastery');

test.describe('self-assessment calculator: rating and results', () => {
  // Some tests rate all 41 dimensions through the UI; give slow shared CI machines room.

  test('a complete self-assessment is 41 choices and no other clicks', async ({ page }) => {
    // Count every real click or tap on the page, whatever it lands on.
    await page.addInitScript(() => {
      (window as unknown as { clicks: number }).clicks = 0;
      document.addEventListener('click', (event) => {
        if (event.isTrusted) (window as unknown as { clicks: number }).clicks++;
      });
    });
    await openCalculator(page);
    let choices = 0;
    for (const c of model.competencies) {
      for (const index of c.dimensions.keys()) {
        // Technical Mastery at L4, everything else at L3; each option found by its level code.
        await levelOption(dimensionGroup(page, c.id, index), c.id === mastery.id ? 4 : 3).check();
        choices++;
      }
    }
    expect(choices).toBe(DIMENSION_COUNT);
    // 34.5 + 2 = 36.5 → 36.5 / 11.5 = 3.17 → rounded 3.2, L3.
    await expect(score(page)).toHaveText('3.17');
    await expect(ladderLevel(page)).toHaveText(levelLabel(3));
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(DIMENSION_COUNT);
  });

  test('a blank page shows its text and every dimension ready to rate, nothing reads as failed, each level’s description shows on focus, arrow keys move within a dimension, and the first rated competency gives a provisional result', async ({
    page,
  }) => {
    await openCalculator(page);
    await test.step('blank: the page text, every dimension ready to rate, nothing rated yet', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-assess your SE level');
      await expect(page.getByText('Scores stay in your browser — never saved or shared.')).toBeVisible();
      await expect(page.getByText('What is stored where:')).toBeVisible();
      await expect(page.getByRole('radiogroup')).toHaveCount(DIMENSION_COUNT);
      await expect(page.getByTestId('score-pending')).toHaveText('not rated yet');
      await expect(page.getByTestId('rated')).toHaveText(`0 of ${DIMENSION_COUNT} rated`);
      await expect(section(page, mastery.id).locator('.calc-comp__status')).toHaveText(
        `0 of ${mastery.dimensions.length} rated`,
      );
    });

    await test.step('before any input, readiness and gaps are neutral, not red', async () => {
      await openView(page, 'Results');
      const readiness = page.locator('section[aria-labelledby="calc-readiness-heading"]');
      await expect(readiness.getByTestId('readiness-summary')).toContainText('not rated yet');
      await expect(readiness.locator('.calc-check--unmet')).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Gap to target profiles' })).toContainText('Not rated yet.');
      await openView(page, 'Rate');
    });

    await test.step('each level’s description shows when focused; arrow keys move within a dimension', async () => {
      const group = dimensionGroup(page, mastery.id, 0);
      const text = group.locator('.calc-dim__text');
      await levelOption(group, 1).focus();
      await expect(text).toContainText(mastery.dimensions[0]!.cells[0]!);
      await page.keyboard.press('ArrowRight');
      await expect(levelOption(group, 2)).toBeChecked();
      await expect(levelOption(group, 2)).toBeFocused();
      await expect(text).toContainText(mastery.dimensions[0]!.cells[1]!);
      // Tab leaves the group for the next dimension; the choice stays.
      await page.keyboard.press('Tab');
      await expect(dimensionGroup(page, mastery.id, 1).getByRole('radio').first()).toBeFocused();
      await expect(levelOption(group, 2)).toBeChecked();
      // The accessible name of every option starts with its level code and carries the description.
      await expect(levelOption(group, 3)).toHaveAccessibleName(
        `${model.levels[2]!.code} ${model.levels[2]!.matrixName}: ${mastery.dimensions[0]!.cells[2]}`,
      );
    });

    await test.step('a provisional result from the first rated competency, stated as such', async () => {
      // The first dimension, picked with the keyboard above, changes from L2 to L4.
      await rate(page, mastery.id, [4, 4, 4, 4, 3, 3]);
      const result = resultRegion(page);
      // Technical Mastery alone: L4 (4th value 4), weight 2 → 8 / 2 = 4.00.
      await expect(provisionalScore(page)).toHaveText('4.00');
      await expect(result.getByTestId('level-provisional')).toHaveText(levelLabel(4));
      await expect(result.getByTestId('result-status')).toHaveText(
        `Provisional: 1 of ${model.competencies.length} competencies rated. The score is the weighted average of the rated ones; the ${model.competencies.length - 1} unrated ones are left out until rated.`,
      );
      await expect(result.locator(`li[data-competency="${mastery.id}"]`)).toHaveText(`${mastery.shortName}L4`);
      await expect(result.getByTestId('rated')).toHaveText(`6 of ${DIMENSION_COUNT} rated`);
      await expect(score(page)).toHaveCount(0);

      // The results view says the same and keeps the unrated competencies neutral.
      await openView(page, 'Results');
      await expect(page.locator('.calc-score')).toContainText('the unrated ones are left out, not counted as zero');
      const gaps = page.getByRole('region', { name: 'Gap to target profiles' });
      await expect(gaps.getByRole('row', { name: new RegExp(`^${competency('english').shortName}`) })).toContainText(
        'not rated yet',
      );
    });
  });

  test('a full profile gives the score with two decimals and the level; the result region shows every competency’s short name with its level code, the results view the gaps, and the print view the results, not the form', async ({
    page,
  }) => {
    await openCalculator(page);
    await rateAll(page, 3);
    const result = resultRegion(page);
    await expect(result.getByTestId('score')).toHaveText('3.00');
    await expect(result.getByTestId('level')).toHaveText(levelLabel(3));
    await expect(result.getByTestId('result-status')).toHaveText(
      `Final: all ${model.competencies.length} competencies rated.`,
    );
    for (const c of model.competencies) {
      await expect(result.locator(`li[data-competency="${c.id}"]`)).toHaveText(
        `${c.shortName}${model.levels[2]!.code}`,
      );
    }
    // The form's sections use the same short names.
    await expect(page.locator('.calc-comp h3')).toHaveText(model.competencies.map((c) => c.shortName));

    // Technical Mastery's targets are L4 at L3 (now) and L5 at L4 (the aim): one and two levels short.
    await openView(page, 'Results');
    const gaps = page.getByRole('region', { name: 'Gap to target profiles' });
    await expect(gaps.getByRole('columnheader', { name: 'L4 target (aim)' })).toBeVisible();
    const row = gaps.getByRole('row', { name: new RegExp(`^${mastery.shortName}`) });
    await expect(row).toContainText('L4 1 below');
    await expect(row).toContainText('L5 2 below');

    // Printed: the results, not the form.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.calc-tabs')).toBeHidden();
    await expect(page.locator('.calc-bar')).toBeHidden();
    await expect(score(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: /Gap to target profiles/ })).toBeVisible();
  });

  test('the score follows the rules: a dimension far below the K-th value demotes the competency, the level is read from the score rounded to one decimal at a band edge, and an observed anti-signal caps a competency', async ({
    page,
  }) => {
    await openCalculator(page);
    await test.step('a dimension far below the K-th value demotes the competency, and the steps say so', async () => {
      await rateAll(page, 3, { 'system-design': [4, 3, 1, 3, 2] });
      await expect(section(page, 'system-design')).toContainText(
        'sorted 4 3 3 2 1, 3rd value 3; lowest 1 is more than one below, demoted to 2',
      );
      // 34.5 − 1.5 = 33; 33 / 11.5 = 2.8696 → "2.87", rounded 2.9 → L3.
      await expect(score(page)).toHaveText('2.87');
      await expect(ladderLevel(page)).toHaveText(levelLabel(3));
    });

    await test.step('the level is read from the score rounded to one decimal at a band edge', async () => {
      const twos = [2, 2, 2, 2, 2];
      // System Design rated all 2 (it was demoted to 2 above, the same level), and English too:
      // (34.5 − 1.5 − 1) / 11.5 = 2.783 → rounded 2.8: the first score of L3's band.
      await rate(page, 'system-design', twos);
      await rate(page, 'english', twos);
      await expect(score(page)).toHaveText('2.78');
      await expect(ladderLevel(page)).toHaveText(levelLabel(3));
      // (34.5 − 1.5 − 1.5) / 11.5 = 2.739 → rounded 2.7: the last score of L2's band.
      await rate(page, 'english', [3, 3, 3, 3, 3]);
      await rate(page, 'problem-solving', twos);
      await expect(score(page)).toHaveText('2.74');
      await expect(ladderLevel(page)).toHaveText(levelLabel(2));
    });

    await test.step('an observed anti-signal caps the competency below its level', async () => {
      await rateAll(page, 4);
      await expect(score(page)).toHaveText('4.00');
      await observeAntiSignal(page, 'code-quality', 3);
      await expect(section(page, 'code-quality')).toContainText('anti-signal of L3 observed, capped at 2');
      // 46 − 2 × 1.5 = 43; 43 / 11.5 = 3.739 → "3.74", rounded 3.7: the lowest score of L4's band.
      await expect(score(page)).toHaveText('3.74');
      await expect(ladderLevel(page)).toHaveText(levelLabel(4));
    });
  });

  test('ratings and promotion evidence ticked by hand are kept after a reload, the evidence per rater', async ({
    page,
  }) => {
    await openCalculator(page);
    await rateAll(page, 2);
    await expect(score(page)).toHaveText('2.00');
    // A criterion no level check can judge: the step's first hand-checked "what to demonstrate" item.
    const step = model.promotions[0]!;
    const manual = step.demonstrate.find((criterion) => criterion.checks.length === 0)!;
    await openView(page, 'Results');
    const readiness = page.locator('section[aria-labelledby="calc-readiness-heading"]');
    await readiness.getByRole('combobox', { name: 'Promotion step' }).selectOption(step.id);
    const box = readiness.getByRole('checkbox', { name: manual.text });
    await box.check();
    await page.reload();
    await expect(page.locator('.calc[data-loaded="true"]')).toBeVisible();
    await expect(score(page)).toHaveText('2.00');
    await openView(page, 'Results');
    await readiness.getByRole('combobox', { name: 'Promotion step' }).selectOption(step.id);
    await expect(box).toBeChecked();
    // The manager has their own ticks.
    await switchRater(page, 'Manager').check();
    await readiness.getByRole('combobox', { name: 'Promotion step' }).selectOption(step.id);
    await expect(box).not.toBeChecked();
    // And the self-assessment's ratings were restored into the form, not only into the score.
    await switchRater(page, 'Self-assessment').check();
    await openView(page, 'Rate');
    await expect(levelOption(dimensionGroup(page, mastery.id, 0), 2)).toBeChecked();
  });

  test('manager and self ratings are kept apart and compared side by side', async ({ page }) => {
    // The self-assessment at L3 everywhere, saved earlier (rating by clicks is the tests' above).
    await seedPeople(page, firstPerson({ self: flatRater(3) }));
    await openCalculator(page);
    await expect(score(page)).toHaveText('3.00');
    await switchRater(page, 'Manager').check();
    await expect(page.getByTestId('score-pending')).toBeVisible();
    // The self-assessment's choice is marked on the manager's form.
    await expect(dimensionGroup(page, mastery.id, 0).locator('.calc-dim__other')).toHaveText('Self-assessment: L3');
    await rateAll(page, 3, { 'technical-mastery': [2, 2, 2, 2, 2, 2] });
    // 34.5 − 2 = 32.5; 32.5 / 11.5 = 2.826 → "2.83".
    await expect(score(page)).toHaveText('2.83');
    await openView(page, 'Results');
    await expect(page.getByTestId('compare-summary')).toHaveText(/^1 competency differs/);
    await expect(page.locator('.calc-compare tr.calc-differs')).toHaveText([`≠ ${mastery.shortName}L3L2`]);
    const dimensions = page.locator('.calc-compare tr.calc-compare__dims', { hasText: mastery.shortName });
    await expect(dimensions).toContainText(`${mastery.dimensions[0]!.name}: L3 vs L2`);
    await switchRater(page, 'Self-assessment').check();
    await expect(score(page)).toHaveText('3.00');
  });

  test('is accessible blank and filled, in light and dark, and makes no requests after it has loaded except its own lazily loaded code', async ({
    page,
    baseURL,
  }) => {
    await openCalculator(page);
    // Blank, in light and dark (colours follow the scheme through CSS alone: no reload needed).
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, { include: '.calc' });
    }
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('blob:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await rateAll(page, 3, { 'system-design': [4, 3, 1, 3, 2] });
    await observeAntiSignal(page, 'english', 2);
    await switchRater(page, 'Manager').check();
    await rate(page, 'english', [2, 2, 2, 2, 2]);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
    await expectNoAxeViolations(page, { include: '.calc' });
    await openView(page, 'Results');
    await expect(page.getByRole('region', { name: 'Gap to target profiles' })).toBeVisible();
    await expectNoAxeViolations(page, { include: '.calc' });
    // The loop above left the page dark: the filled state in light too.
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page, { include: '.calc' });
    // Only the site's own JavaScript chunks, fetched once when first needed.
    const origin = new URL(baseURL!).origin;
    expect(
      requests.every((url) => url.startsWith(`${origin}/`) && url.endsWith('.js')),
      requests.join('\n'),
    ).toBe(true);
    expect(new Set(requests).size, requests.join('\n')).toBe(requests.length);
  });
});
