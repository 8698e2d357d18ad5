// Helpers for the calculator's browser tests: open the page, rate through the form as a person would, and
// read the results. Competency and dimension names come from the content, not from this file.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Rater, Raters } from '../../src/lib/assessment/raters';
import { buildCalculatorModel } from '../../src/lib/calculator/model';
import { FIRST_PERSON_ID, emptyPeople, newPerson } from '../../src/lib/calculator/people';
import { peopleStorageKey, type People, type Person } from '../../src/lib/assessment/people-format';
import { buildLadder } from '../../src/lib/ladder/model';
import { readContentDir } from '../../src/lib/ladder/read-content-dir';
import { REPO_ROOT } from '../support/site-builds.mjs';

const track = buildLadder(readContentDir(`${REPO_ROOT}content`, REPO_ROOT)).tracks[0]!;
export const model = buildCalculatorModel(track);
export const CALCULATOR_PATH = `${track.slug}/self-assessment/`;
export const PEOPLE_KEY = peopleStorageKey(model.track.id);
export const DIMENSION_COUNT = model.competencies.reduce((sum, c) => sum + c.dimensions.length, 0);

export function competency(id: string) {
  const found = model.competencies.find((c) => c.id === id);
  if (!found) throw new Error(`no competency ${id}`);
  return found;
}

/** Opens the calculator (optionally with a fragment) and waits until it has read the browser's state. */
export async function openCalculator(page: Page, fragment = ''): Promise<void> {
  await page.goto(`${CALCULATOR_PATH}${fragment}`);
  await calculatorReady(page);
}

export async function calculatorReady(page: Page): Promise<void> {
  try {
    await expect(page.locator('.calc[data-loaded="true"]')).toBeVisible();
  } catch (error) {
    // Says which step did not happen: the island's hydration (Astro removes `ssr` once it has hydrated,
    // client:afterpaint waits for the first contentful paint) or the calculator's reading of storage.
    const seen = await page.evaluate(() => ({
      hydrated: document.querySelector('astro-island[ssr]') === null,
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint').length > 0,
      readyState: document.readyState,
      visibilityState: document.visibilityState,
    }));
    throw new Error(`${(error as Error).message}\nThe page: ${JSON.stringify(seen)}`, { cause: error });
  }
}

/** A competency's section of the rating form. */
export function section(page: Page, id: string): Locator {
  return page.locator(`section.calc-comp[data-competency="${id}"]`);
}

/** The radio group of one dimension, found as a screen reader would: "<short name>: <dimension>". */
export function dimensionGroup(page: Page, competencyId: string, index: number): Locator {
  const c = competency(competencyId);
  return page.getByRole('radiogroup', { name: `${c.shortName}: ${c.dimensions[index]!.name}`, exact: true });
}

/** The option of a level in a group: its accessible name starts with the level code. */
export function levelOption(group: Locator, level: number): Locator {
  return group.getByRole('radio', { name: new RegExp(`^${model.levels[level - 1]!.code}\\b`) });
}

/** Rates the dimensions of one competency, in content order, by picking the level's option in each group. */
export async function rate(page: Page, id: string, levels: number[]): Promise<void> {
  for (const [index, level] of levels.entries()) {
    const option = levelOption(dimensionGroup(page, id, index), level);
    // Brought into view first, then picked, as a reader scrolls and then taps. Competencies scrolled past are
    // laid out from an estimate until first seen (content-visibility), so the page can shift a frame after a
    // scroll: check() scrolling and clicking at once sometimes clicked where the option had been (3 in 30 at
    // 375 px on a loaded machine). check() waits for the option to hold still before it clicks.
    await option.scrollIntoViewIfNeeded();
    await option.check();
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
    const options = section(page, c.id).locator(`.calc-dim input[type="radio"][value="${level}"]`);
    await expect(options).toHaveCount(c.dimensions.length);
    await expect(options.first()).toBeVisible();
    await clickEach(options);
    await expect(options.last()).toBeChecked();
  }
}

/**
 * Clicks every option of `options` inside the page, as a pointer would, in one round trip: for tests where
 * rating is the set-up. A check() each waits for every option to be visible, stable and unobscured, a round
 * trip per option (13-17 s for a full profile on a loaded machine, 2-3 s this way). rate() still checks the
 * options a test is about, one by one.
 */
export async function clickEach(options: Locator): Promise<void> {
  await options.evaluateAll((inputs) => inputs.forEach((input) => (input as HTMLInputElement).click()));
}

/** Ticks the anti-signal of `level` as observed in one competency (opening its folded list). */
export async function observeAntiSignal(page: Page, id: string, level: number): Promise<void> {
  const anti = section(page, id).locator('details.calc-anti');
  if ((await anti.getAttribute('open')) === null) await anti.locator('summary').click();
  const { shortName } = competency(id);
  const group = anti.getByRole('group', { name: `${shortName}: ${model.labels.antiSignal}` });
  await group.getByRole('checkbox', { name: new RegExp(`^${model.levels[level - 1]!.code}\\b`) }).check();
}

export const score = (page: Page) => page.getByTestId('score');
export const provisionalScore = (page: Page) => page.getByTestId('score-provisional');
export const ladderLevel = (page: Page) => page.getByTestId('level');
/** The result region beside the form (a bar at the bottom on narrow screens). */
export const resultRegion = (page: Page) => page.getByRole('region', { name: /^Result/ });

/** "L3 · Senior SE" for a level number, from the content. */
export function levelLabel(rank: number): string {
  const level = model.levels[rank - 1]!;
  return `${level.code} · ${level.title}`;
}

/** The "Who is rating?" switch option of a rater. */
export function switchRater(page: Page, name: 'Self-assessment' | 'Manager'): Locator {
  return page.getByRole('group', { name: 'Who is rating?' }).getByRole('radio', { name, exact: true });
}

/** Opens one of the calculator's views: Rate, Results or Team. */
export async function openView(page: Page, name: 'Rate' | 'Results' | 'Team'): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Opens a disclosure menu ("More" in the result bar, "Manage" for people) and clicks one of its items. */
export async function menuItem(page: Page, menu: 'More' | 'Manage', item: string | RegExp): Promise<void> {
  const details = page.locator('details.calc-menu', { has: page.locator('summary', { hasText: menu }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await details.getByRole('button', { name: item }).click();
}

/** Makes a share link with the result bar and returns it from the read-only field. */
export async function makeShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/#cl2\./);
  return field.inputValue();
}

/** Adds a person with the person bar and waits until they are the one on screen. */
export async function addPerson(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New person' }).click();
  await page.getByRole('textbox', { name: 'New person’s name or alias' }).fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Person' }).locator('option:checked')).toHaveText(name);
}

/** A rater who gives every dimension `level`, and the competencies in `overrides` their own level. */
export function flatRater(level: number, overrides: Record<string, number> = {}): Rater {
  const ratings: Rater['ratings'] = {};
  for (const c of model.competencies) {
    ratings[c.id] = Object.fromEntries(c.dimensions.map((d) => [d.id, overrides[c.id] ?? level]));
  }
  return { ratings, antiSignals: {} };
}

/** A saved people list, as the calculator writes it, for tests about what happens with saved people. */
export function savedPeople(people: { name: string; raters: Partial<Raters>; target?: number }[]): People {
  const list = emptyPeople(model.track.id);
  list.people = people.map(({ name, raters, target }): Person => {
    const person = newPerson(name);
    person.raters = { ...person.raters, ...raters };
    return target ? { ...person, target } : person;
  });
  return list;
}

/**
 * The saved list of a browser whose first person, "Me", has been rated: what rating on a fresh page leaves
 * (the same id as the blank "Me", so the calculator treats them as that first person, e.g. rating as self).
 */
export function firstPerson(raters: Partial<Raters>): People {
  const list = savedPeople([{ name: 'Me', raters }]);
  list.people[0]!.id = FIRST_PERSON_ID;
  return list;
}

/** Puts a people list into the browser's storage before the page loads (once per test). */
export async function seedPeople(page: Page, people: People): Promise<void> {
  await seedStorage(page, PEOPLE_KEY, JSON.stringify(people));
}

/** Writes `value` to localStorage[key] before the test's first page load, and not again on reloads. */
export async function seedStorage(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value],
  );
}

/** What is saved now, parsed. */
export async function savedNow(page: Page): Promise<People> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PEOPLE_KEY)) ?? 'null') as People;
}

/** A message about what just happened ("Deleted “Alex”."), with its Undo button when it has one. */
export function message(page: Page, text: string): Locator {
  return page.locator('.calc-message').filter({ hasText: text });
}
