// Helpers for the calculator's browser tests: open the page, rate through the form as a person would, and
// read the results. Competency and dimension names come from the content, not from this file.
import { expect, type Locator, type Page } from '@playwright/test';
import { buildCalculatorModel } from '../../src/lib/calculator/model';
import { buildLadder } from '../../src/lib/ladder/model';
import { readContentDir } from '../../src/lib/ladder/read-content-dir';
import { REPO_ROOT } from './support/site-builds.mjs';

const track = buildLadder(readContentDir(`${REPO_ROOT}content`, REPO_ROOT)).tracks[0]!;
export const model = buildCalculatorModel(track);
export const CALCULATOR_PATH = `${track.slug}/self-assessment/`;

export function competency(id: string) {
  const found = model.competencies.find((c) => c.id === id);
  if (!found) throw new Error(`no competency ${id}`);
  return found;
}

/** Opens the calculator (optionally with a fragment) and waits until it has read the browser's state. */
export async function openCalculator(page: Page, fragment = ''): Promise<void> {
  await page.goto(`${CALCULATOR_PATH}${fragment}`);
  await expect(page.locator('.calc[data-loaded="true"]')).toBeVisible();
}

/** The collapsible card of a competency. */
export function card(page: Page, id: string): Locator {
  return page.locator('details.calc-card', { has: page.locator(`summary:has-text("${competency(id).name}")`) });
}

async function openCard(page: Page, id: string): Promise<Locator> {
  const details = card(page, id);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

/** Rates the dimensions of one competency, in content order, by picking the level's option in each group. */
export async function rate(page: Page, id: string, levels: number[]): Promise<void> {
  const details = await openCard(page, id);
  const { dimensions, shortName } = competency(id);
  for (const [index, dimension] of dimensions.entries()) {
    const group = details.getByRole('group', { name: `${shortName}: ${dimension.name}`, exact: true });
    const code = model.levels[levels[index]! - 1]!.code;
    await group.getByRole('radio', { name: new RegExp(`^${code}\\b`) }).check();
  }
}

/**
 * Rates every dimension of every competency at `level`, except the competencies given in `overrides` (rated
 * through their labelled groups with rate()). The flat ones pick options by value: role queries over the
 * whole form are slow, and rate() already proves the options are labelled.
 */
export async function rateAll(page: Page, level: number, overrides: Record<string, number[]> = {}): Promise<void> {
  for (const c of model.competencies) {
    const override = overrides[c.id];
    if (override) {
      await rate(page, c.id, override);
      continue;
    }
    const details = await openCard(page, c.id);
    const options = details.locator(`fieldset:not(.calc-antisignals) input[type="radio"][value="${level}"]`);
    await expect(options).toHaveCount(c.dimensions.length);
    for (let i = 0; i < c.dimensions.length; i++) await options.nth(i).check();
  }
}

/** Ticks the anti-signal of `level` as observed in one competency. */
export async function observeAntiSignal(page: Page, id: string, level: number): Promise<void> {
  const details = await openCard(page, id);
  const { shortName } = competency(id);
  const group = details.getByRole('group', { name: `${shortName}: ${model.labels.antiSignal}` });
  await group.getByRole('checkbox', { name: new RegExp(`^${model.levels[level - 1]!.code}\\b`) }).check();
}

export const score = (page: Page) => page.getByTestId('score');
export const ladderLevel = (page: Page) => page.getByTestId('level');

/** "L3 · Senior SE" for a level number, from the content. */
export function levelLabel(rank: number): string {
  const level = model.levels[rank - 1]!;
  return `${level.code} · ${level.title}`;
}

/** The "Who is rating?" switch option of a rater. */
export function switchRater(page: Page, name: 'Self-assessment' | 'Manager'): Locator {
  return page.getByRole('group', { name: 'Who is rating?' }).getByRole('radio', { name, exact: true });
}
