// The calculator embedded in a team's wiki: a host page on another origin frames the embed, the embed sizes
// the frame to its content and, when asked with an explicit parentOrigin, hands the result to the host.
// The embed alone: no site chrome, no storage unless asked, no requests elsewhere, accessible, and clear
// about parameters it does not know.
import type { Rater } from '../../src/lib/assessment-state';
import { assess } from '../../src/lib/calculator/results';
import { RESIZE_MESSAGE, RESULT_MESSAGE } from '../../src/lib/embed/messages';
import { model } from './calculator-support';
import { EMBED_PATH, calculatorLoaded, rateProfile, startHostServer, type HostServer } from './embed-support';
import {
  expect,
  expectNoAxeViolations,
  expectNoScripts,
  recordExternalRequests,
  test as base,
} from './support/test.ts';

interface Received {
  origin: string;
  data: { type?: string; height?: number; [key: string]: unknown };
}

// The host page lives on a second loopback origin, so the automatic "site origin only" guard is widened
// to exactly that origin: anything else is still a failure.
// (Overriding with a plain function keeps the fixture automatic.)
const test = base.extend<object, { host: HostServer }>({
  host: [
    async ({}, use) => {
      const server = await startHostServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  siteOnlyRequests: async ({ context, baseURL, host }, use) => {
    const recorder = recordExternalRequests(context, new URL(baseURL!).origin);
    await use();
    recorder.dispose();
    expect(recorder.urls.filter((url) => new URL(url).origin !== host.origin)).toEqual([]);
  },
});

const mastery = model.competencies.find((c) => c.id === 'technical-mastery')!;
const design = model.competencies.find((c) => c.id === 'system-design')!;

/** The ratings rateProfile(root, 3, { [mastery.id]: 4 }) gives, as the scoring code sees them. */
function expectedProfile() {
  const rater: Rater = { ratings: {}, antiSignals: {} };
  for (const c of model.competencies) {
    const level = c.id === mastery.id ? 4 : 3;
    rater.ratings[c.id] = Object.fromEntries(c.dimensions.map((d) => [d.id, level]));
  }
  return assess(model, rater);
}

test.describe('calculator embedded in a wiki page on another origin', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the frame grows to its content and the host receives the result', async ({ page, baseURL, host }) => {
    const embedUrl = new URL(`${EMBED_PATH}?postResults=1&parentOrigin=${encodeURIComponent(host.origin)}`, baseURL);
    const siteOrigin = embedUrl.origin;
    expect(siteOrigin).not.toBe(host.origin);
    await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href));

    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);
    await expect(frame.getByTestId('embed-posts-results')).toContainText(host.origin);
    const iframe = page.locator('#calculator');
    const frameHeight = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const messages = () => page.evaluate(() => (window as unknown as { __messages: Received[] }).__messages);
    const lastResize = async () => (await messages()).filter((m) => m.data.type === RESIZE_MESSAGE).at(-1);

    // The host page set 300 px; the calculator is taller, and the host script follows its messages.
    await expect.poll(frameHeight).toBeGreaterThan(300);
    const first = await frameHeight();
    expect((await lastResize())?.origin).toBe(siteOrigin);
    expect((await lastResize())?.data.height).toBe(first);

    await rateProfile(frame, 3, { [mastery.id]: 4 });
    const expected = expectedProfile();
    expect(expected.overall.level).toBeDefined();
    await expect(frame.getByTestId('score')).toHaveText(expected.overall.scoreText!);

    // Every rated dimension shows its description: the content grew, and the frame followed.
    await expect.poll(frameHeight).toBeGreaterThan(first);
    await expect.poll(async () => (await lastResize())?.data.height).toBe(await frameHeight());

    const results = (await messages()).filter((m) => m.data.type === RESULT_MESSAGE);
    expect(results.every((m) => m.origin === siteOrigin)).toBe(true);
    expect(results.at(-1)?.data).toEqual({
      type: RESULT_MESSAGE,
      version: 1,
      track: model.track.id,
      rater: 'self',
      score: Number(expected.overall.scoreText),
      level: expected.overall.level!.code,
      competencies: model.competencies.map((c) => ({
        id: c.id,
        level: model.levels[(c.id === mastery.id ? 4 : 3) - 1]!.code,
      })),
    });
  });

  test('without parentOrigin results are never posted, and the embed says why', async ({ page, baseURL, host }) => {
    const embedUrl = new URL(`${EMBED_PATH}?postResults=1&competencies=${mastery.id}`, baseURL);
    await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href));
    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);
    await expect(frame.getByTestId('embed-messages')).toContainText('postResults needs a valid parentOrigin');
    await rateProfile(frame, 2);
    await expect(frame.locator('.calc-levels li')).toContainText(model.levels[1]!.code);
    // Resizing still works (sent to any origin: it carries only a height) ...
    await expect
      .poll(() => page.locator('#calculator').evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(300);
    const types = await page.evaluate(() =>
      (window as unknown as { __messages: Received[] }).__messages.map((m) => m.data.type),
    );
    expect(types).toContain(RESIZE_MESSAGE);
    // ... but no result left the frame.
    expect(types).not.toContain(RESULT_MESSAGE);
  });
});

test.describe('embed page', () => {
  test.describe.configure({ timeout: 60_000 });

  test('shows the calculator without site chrome, stores nothing, sets no cookies', async ({ page }) => {
    await page.goto(EMBED_PATH);
    await calculatorLoaded(page);
    await expect(page.locator('header, nav, footer')).toHaveCount(0);
    await expect(page.locator('input[name="q"]')).toHaveCount(0);
    await expect(page.locator('.calc-privacy')).toContainText('What is stored where: nothing.');

    await rateProfile(page, 3);
    await expect(page.getByTestId('score')).toHaveText('3.00');
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.context().cookies()).toEqual([]);

    // Ratings live in the page only: a reload starts blank.
    await page.reload();
    await calculatorLoaded(page);
    await expect(page.getByTestId('score-pending')).toBeVisible();
  });

  test('?storage=local keeps ratings in localStorage across a reload, once the person opts in', async ({ page }) => {
    await page.goto(`${EMBED_PATH}?storage=local&competencies=${mastery.id}`);
    await calculatorLoaded(page);
    await page.getByRole('button', { name: 'Use my saved assessments' }).click();
    await rateProfile(page, 2);
    await expect.poll(() => page.evaluate(() => window.localStorage.length)).toBe(1);
    await page.reload();
    await calculatorLoaded(page);
    await page.getByRole('button', { name: 'Use my saved assessments' }).click();
    await expect(page.locator(`.calc-levels li[data-competency="${mastery.id}"]`)).toContainText(model.levels[1]!.code);
  });

  test('makes no requests to other origins while rating', async ({ page, context, baseURL }) => {
    const outside = recordExternalRequests(context, new URL(baseURL!).origin);
    await page.goto(`${EMBED_PATH}?theme=dark`);
    await calculatorLoaded(page);
    await rateProfile(page, 4);
    await expect(page.getByTestId('score')).toHaveText('4.00');
    outside.dispose();
    outside.expectNone();
  });

  test('is accessible in light and dark, blank and rated', async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.goto(`${EMBED_PATH}?theme=${theme}&level=L9`);
      await calculatorLoaded(page);
      await expectNoAxeViolations(page, { bestPractices: true });
    }
    await rateProfile(page, 3);
    await expectNoAxeViolations(page, { bestPractices: true });
  });

  test('?theme forces the colours whatever the system prefers', async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(EMBED_PATH);
    await calculatorLoaded(page);
    const systemDark = await background();
    await page.goto(`${EMBED_PATH}?theme=light`);
    await calculatorLoaded(page);
    const forcedLight = await background();
    expect(forcedLight).not.toBe(systemDark);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(EMBED_PATH);
    await calculatorLoaded(page);
    expect(await background()).toBe(forcedLight);
    await page.goto(`${EMBED_PATH}?theme=dark`);
    await calculatorLoaded(page);
    expect(await background()).toBe(systemDark);
  });

  test('an unknown level or competency is named in a message, and the calculator still works', async ({ page }) => {
    await page.goto(`${EMBED_PATH}?level=L9&competencies=${mastery.id},no-such-skill,${design.id}`);
    await calculatorLoaded(page);
    const messages = page.getByTestId('embed-messages');
    await expect(messages).toContainText("Unknown level 'L9' — showing all levels.");
    await expect(messages).toContainText("Unknown competency 'no-such-skill'");
    await expect(page.locator('section.calc-comp')).toHaveCount(2);
    await expect(page.locator('section.calc-comp h3').first()).toHaveText(mastery.shortName);
    await expect(page.getByTestId('partial-view')).toContainText(`2 of the ${model.competencies.length}`);
    await rateProfile(page, 3);
    await expect(page.locator(`.calc-levels li[data-competency="${design.id}"]`)).toContainText(model.levels[2]!.code);
  });

  test('?level sets the target profile the gaps are measured against', async ({ page }) => {
    const top = model.levels.at(-1)!;
    await page.goto(`${EMBED_PATH}?level=${top.code}`);
    await calculatorLoaded(page);
    await expect(page.getByTestId('embed-messages')).toHaveCount(0);
    await rateProfile(page, 1);
    await page.getByRole('tab', { name: 'Results' }).click();
    await expect(page.locator('#calc-gaps-heading + * thead')).toContainText(top.code);
  });
});

test.describe('embed help page', () => {
  test("gives copy-paste snippets that point at this site's embed page", async ({ page, baseURL }) => {
    await page.goto(`${model.track.id}/embed-help/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed the calculator in your wiki');
    const embedPath = new URL(EMBED_PATH, baseURL).pathname;
    for (const snippet of ['plain-html', 'inline', 'confluence', 'mediawiki', 'notion']) {
      await expect(page.locator(`[data-snippet="${snippet}"]`)).toContainText(embedPath);
    }
    await expect(page.locator('[data-snippet="plain-html"]')).toContainText('embed-host.js');
    await expect(page.locator('[data-snippet="nginx"]')).toContainText('frame-ancestors');
    // The test builds set no LADDER_SITE: the page says to replace the placeholder origin.
    await expect(page.getByTestId('origin-note')).toBeVisible();
    await expectNoScripts(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`help page passes axe with best practices in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${model.track.id}/embed-help/`);
      await expectNoAxeViolations(page, { bestPractices: true });
    });
  }
});
