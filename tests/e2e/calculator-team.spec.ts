// A manager's team at a glance: everyone saved in this browser in one table of levels, each person's
// target marked, the spread per competency, sortable, printable and exported as CSV.
import { readFile } from 'node:fs/promises';
import type { ModelCompetency } from '../../src/lib/calculator/model';
import { assess } from '../../src/lib/calculator/results';
import {
  calculatorReady,
  competency,
  flatRater,
  model,
  openCalculator,
  openView,
  savedPeople,
  score,
  seedPeople,
} from './calculator-support';
import { expect, expectNoAxeViolations, test } from './support/test.ts';

const mastery = competency('technical-mastery');
const english = competency('english');
const code = (rank: number) => model.levels[rank - 1]!.code;

/** A team cell as it reads: the level, then the target profile's level for `aimRank`, marked. */
function cell(c: ModelCompetency, level: number, aimRank: number): string {
  const aim = c.targets[aimRank - 1]!;
  return aim > level ? `${code(level)} →target ${code(aim)}` : `${code(level)} ✓meets target ${code(aim)}`;
}
const benScore = assess(model, flatRater(3, { english: 4 })).overall.scoreText!;

// Three reports, rated by their manager: Ana all L2, Ben all L3 with English L4, Cy all L4 aiming at L5.
const team = savedPeople([
  { name: 'Ana', raters: { manager: flatRater(2), self: flatRater(3) } },
  { name: 'Ben', raters: { manager: flatRater(3, { english: 4 }) } },
  { name: 'Cy', raters: { manager: flatRater(4) }, target: 5 },
]);

test.describe('calculator: team view', () => {
  test('three people in one table with targets and spread; sorted by score; exported as CSV; a target chosen there is kept, and the table prints without its controls', async ({
    page,
  }) => {
    await seedPeople(page, team);
    await openCalculator(page);
    await openView(page, 'Team');
    const table = page.getByRole('table', { name: 'Competency levels per person, with targets and spread' });
    await expect(page.getByRole('heading', { name: 'Team: 3 people' })).toBeVisible();
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(3);

    // Levels per competency; the target of each person is marked where they fall short of it.
    const ana = table.locator('tr[data-person="Ana"]');
    await expect(ana.locator(`td[data-label="${mastery.shortName}"]`)).toHaveText(cell(mastery, 2, 3));
    const cy = table.locator('tr[data-person="Cy"]');
    await expect(cy.getByRole('combobox', { name: 'Target level of Cy' }).locator('option:checked')).toHaveText('L5');
    await expect(cy.locator(`td[data-label="${english.shortName}"]`)).toHaveText(cell(english, 4, 5));
    const ben = table.locator('tr[data-person="Ben"]');
    // Ben stands at L3 and aims at the next level, L4, whose profile English meets.
    await expect(ben.locator(`td[data-label="${english.shortName}"]`)).toHaveText(cell(english, 4, 4));
    await expect(ben.locator(`td[data-label="${mastery.shortName}"]`)).toHaveText(cell(mastery, 3, 4));
    await expect(ben.locator('td[data-label="Score"]')).toHaveText(benScore);
    await expect(ben.locator('td[data-label="Level"]')).toHaveText('L3 · Senior SE');

    // The spread of each competency over the three.
    const spread = table.locator('tfoot tr');
    await expect(spread.locator(`td[data-label="${mastery.shortName}"]`)).toContainText('L2–L4');
    await expect(spread.locator(`td[data-label="${mastery.shortName}"]`)).toContainText('1 at L2, 1 at L3, 1 at L4');

    // Sorting by score, highest first.
    await table.getByRole('button', { name: 'Score' }).click();
    await expect(rows.locator('th')).toHaveText(['Ana', 'Ben', 'Cy']);
    await expect(table.getByRole('columnheader', { name: 'Score' })).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: 'Score' }).click();
    await expect(rows.locator('th')).toHaveText(['Cy', 'Ben', 'Ana']);
    await expect(table.getByRole('columnheader', { name: 'Score' })).toHaveAttribute('aria-sort', 'descending');

    // The self-assessments instead: only Ana has one.
    await page.getByRole('combobox', { name: 'Ratings of' }).selectOption({ label: 'Self-assessment' });
    await expect(ana.locator('td[data-label="Score"]')).toHaveText('3.00');
    await expect(ben.locator('td[data-label="Score"]')).toHaveText('—');
    await page.getByRole('combobox', { name: 'Ratings of' }).selectOption({ label: 'Manager' });

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^software-engineer-team-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await csv.path(), 'utf8');
    // A byte-order mark first, so Excel reads the file as UTF-8.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      [
        'Person',
        'Ratings of',
        'Target level',
        ...model.competencies.map((c) => c.shortName),
        'Score',
        'Level',
        'Competencies rated',
      ]
        .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
        .join(','),
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Cy', 'Ben', 'Ana']);
    expect(lines[2]).toBe(
      [
        'Ben',
        'Manager',
        'L4',
        ...model.competencies.map((c) => (c.id === 'english' ? 'L4' : 'L3')),
        benScore,
        'L3',
        '8 of 8',
      ].join(','),
    );

    // A person's name opens them in the Rate view.
    await table.getByRole('button', { name: 'Ben' }).click();
    await expect(page.getByRole('tab', { name: 'Rate' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('combobox', { name: 'Person' }).locator('option:checked')).toHaveText('Ben');

    // A target chosen in the team view is kept, and the table prints without its controls.
    await openView(page, 'Team');
    await ana.getByRole('combobox', { name: 'Target level of Ana' }).selectOption({ label: 'L4' });
    await expect(ana.locator(`td[data-label="${mastery.shortName}"]`)).toHaveText(cell(mastery, 2, 4));
    await page.reload();
    await calculatorReady(page);
    await openView(page, 'Team');
    await expect(ana.getByRole('combobox', { name: 'Target level of Ana' }).locator('option:checked')).toHaveText('L4');

    await expectNoAxeViolations(page, { include: '.calc-team' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
    await expect(page.locator('.calc-tabs')).toBeHidden();
    await expect(page.locator('tr[data-person="Cy"]')).toBeVisible();
  });

  test('loads on demand, from under the site’s base path', { tag: '@base-path' }, async ({ page, baseURL }) => {
    await seedPeople(page, team);
    await openCalculator(page);
    const chunks: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) chunks.push(new URL(response.url()).pathname);
    });
    await openView(page, 'Team');
    await expect(page.locator('tr[data-person="Cy"]')).toBeVisible();
    await expect(score(page)).toHaveCount(0);
    expect(chunks.some((path) => path.startsWith(`${new URL(baseURL!).pathname}_astro/TeamView`))).toBe(true);
  });
});
