// The calculator embedded in a team's wiki: a host page on another origin frames the embed, the embed sizes
// the frame to its content and, when asked with an explicit parentOrigin, hands the result to the host.
// The embed alone: no site chrome, no storage unless asked, no requests elsewhere, accessible, and clear
// about parameters it does not know.
import { GREETING_SECONDS } from '../../src/lib/embed/greeting';
import { QUIET_SECONDS } from '../../src/lib/embed/host-script';
import type { Rater } from '../../src/lib/assessment/raters';
import { assess } from '../../src/lib/calculator/results';
import { RESIZE_MESSAGE, RESULT_MESSAGE } from '../../src/lib/embed/messages';
import { clickEach, model } from './calculator-support';
import {
  EMBED_PATH,
  PLACEHOLDER_HEIGHT,
  calculatorLoaded,
  expectFrameFitsContent,
  frameFit,
  frameWidthReport,
  rateProfile,
  receivedMessages,
  testWithHost,
} from './embed-support';
import { expect, expectNoAxeViolations, recordExternalRequests } from './support/test.ts';

const test = testWithHost;

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
  test('the frame grows to its content, the host script answers the greeting, and the host receives the result @base-path', async ({
    page,
    baseURL,
    host,
  }) => {
    // The greeting has a deadline: the page clock stands in for the seconds a reader would wait.
    await page.clock.install();
    const embedUrl = new URL(`${EMBED_PATH}?postResults=1&parentOrigin=${encodeURIComponent(host.origin)}`, baseURL);
    const siteOrigin = embedUrl.origin;
    expect(siteOrigin).not.toBe(host.origin);
    await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href));

    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);
    await expect(frame.getByTestId('embed-posts-results')).toContainText(host.origin);
    // With the host script the greeting is answered, and stays so past its deadline: no "no host script" line.
    await expect(frame.locator('html')).toHaveAttribute('data-embed-host', 'answered');
    await page.clock.fastForward(GREETING_SECONDS * 2 * 1000);
    await expect(frame.locator('html')).toHaveAttribute('data-embed-host', 'answered');
    await expect(frame.getByTestId('embed-host-missing')).toHaveCount(0);
    const iframe = page.locator('#calculator');
    const frameHeight = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const messages = () => receivedMessages(page);
    const lastResize = async () => (await messages()).filter((m) => m.data.type === RESIZE_MESSAGE).at(-1);

    // The host page set a placeholder height; the calculator is taller, and the host script follows.
    await expect.poll(frameHeight).toBeGreaterThan(PLACEHOLDER_HEIGHT);
    const first = await frameHeight();
    expect((await lastResize())?.origin).toBe(siteOrigin);
    expect((await lastResize())?.data.height).toBe(first);
    // The very first height is the rendered calculator's, not a loading line's: the placeholder never shrank.
    const resizes = (await messages()).filter((m) => m.data.type === RESIZE_MESSAGE);
    expect(resizes[0]!.data.height).toBeGreaterThan(PLACEHOLDER_HEIGHT);

    await rateProfile(frame, 3, { [mastery.id]: 4 }, 'pointer');
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

  test('on a phone the frame is exactly as tall as its content, with no inner scrollbar; in frames from 320 to 1,040 px wide every part fits, and the frame keeps fitting its height', async ({
    page,
    baseURL,
    host,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const embedUrl = new URL(EMBED_PATH, baseURL);
    await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href));
    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);
    await expectFrameFitsContent(page);
    const blank = await frameFit(page);

    // Every dimension rated, each showing its description: the tallest the calculator gets; the score and
    // the chart fill in.
    await rateProfile(frame, 3);
    await expect(frame.getByTestId('score')).toHaveText('3.00');
    await expectFrameFitsContent(page);
    expect((await frameFit(page)).frameHeight).toBeGreaterThan(blank.frameHeight);

    // The same rated calculator in frames of other widths, on a desktop screen.
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const width of [320, 1040]) {
      await page
        .locator('#calculator')
        .evaluate((iframe, px) => ((iframe as HTMLElement).style.width = `${px}px`), width);
      await expect.poll(() => frame.locator('html').evaluate((html) => html.clientWidth)).toBe(width);
      for (const view of ['Rate', 'Results']) {
        await frame.getByRole('tab', { name: view }).click();
        await expectFrameFitsContent(page);
        expect(await frameWidthReport(page), `${view} at ${width} px`).toEqual({
          pastTheEdge: [],
          squeezed: [],
          cutLabels: [],
        });
      }
    }
  });

  test('a parentOrigin that is not the page around it is said on screen and in the console', async ({
    page,
    baseURL,
    host,
  }) => {
    const consoleLines: { type: string; text: string }[] = [];
    page.on('console', (message) => consoleLines.push({ type: message.type(), text: message.text() }));
    const declared = 'https://wiki.example.com';
    const embedUrl = new URL(`${EMBED_PATH}?postResults=1&parentOrigin=${encodeURIComponent(declared)}`, baseURL);
    // The host script's warning has a deadline: the page clock stands in for the seconds a reader would wait.
    await page.clock.install();
    await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href));
    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);

    const notice = frame.getByTestId('embed-parent-mismatch');
    await expect(notice).toContainText(`set up for a page at ${declared}`);
    await expect(notice).toContainText(`inside a page at ${host.origin}`);
    await expect(notice).toContainText(`set parentOrigin=${host.origin}`);
    await expect(frame.getByTestId('embed-posts-results')).toHaveCount(0);
    // The same line in the console, as an error.
    const line = await notice.innerText();
    expect(consoleLines).toContainEqual({ type: 'error', text: line });
    // The host page's script notices the silence too (a few seconds after the frame loaded).
    await page.clock.fastForward(QUIET_SECONDS * 1000);
    await expect
      .poll(() => consoleLines.find((m) => m.type === 'warning' && m.text.startsWith('Career ladder embed:'))?.text)
      .toContain(`this page's origin, ${host.origin}`);

    // Nothing reached the host: the frame kept its placeholder and no message arrived.
    await rateProfile(frame, 2);
    await expect(frame.locator('.calc-levels li').first()).toContainText(model.levels[1]!.code);
    expect((await frameFit(page)).frameHeight).toBe(PLACEHOLDER_HEIGHT);
    const received = await receivedMessages(page);
    expect(received.filter((m) => String(m.data.type).startsWith('career-ladder:'))).toEqual([]);
  });

  test('storage=local on a page of another site: the embed says it cannot keep ratings', async ({
    page,
    baseURL,
    host,
  }) => {
    const embedUrl = new URL(
      `${EMBED_PATH}?storage=local&parentOrigin=${encodeURIComponent(host.crossSiteOrigin)}`,
      baseURL,
    );
    await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href, { crossSite: true }));
    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);
    // Measured in Chromium: a frame from another site may not use localStorage (SecurityError).
    const refused = await frame.locator('html').evaluate(() => {
      try {
        return window.localStorage.length < 0;
      } catch (error) {
        return (error as Error).name === 'SecurityError';
      }
    });
    expect(refused).toBe(true);
    // So the embed does not promise it: a notice, and the banner says nothing is stored.
    await expect(frame.getByTestId('embed-messages')).toContainText('does not let a calculator');
    await expect(frame.locator('.calc-privacy')).toContainText('What is stored where: nothing.');
    await rateProfile(frame, 3);
    await expect(frame.getByTestId('score')).toHaveText('3.00');
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
    const types = (await receivedMessages(page)).map((m) => m.data.type);
    expect(types).toContain(RESIZE_MESSAGE);
    // ... but no result left the frame.
    expect(types).not.toContain(RESULT_MESSAGE);
  });
});

test.describe('embed page', () => {
  test('shows the calculator without site chrome, makes no requests to other origins while rating, stores nothing, sets no cookies', async ({
    page,
    context,
    baseURL,
  }) => {
    const outside = recordExternalRequests(context, new URL(baseURL!).origin);
    await page.goto(`${EMBED_PATH}?theme=dark`);
    await calculatorLoaded(page);
    await expect(page.locator('header, nav, footer')).toHaveCount(0);
    await expect(page.locator('input[name="q"]')).toHaveCount(0);
    await expect(page.locator('.calc-privacy')).toContainText('What is stored where: nothing.');

    await rateProfile(page, 4);
    await expect(page.getByTestId('score')).toHaveText('4.00');
    outside.dispose();
    outside.expectNone();
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

  test('?theme forces the colours whatever the system prefers; accessible in light and dark, blank and rated', async ({
    page,
  }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Without ?theme the embed follows the system, as it changes.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(EMBED_PATH);
    await calculatorLoaded(page);
    const systemDark = await background();
    await page.emulateMedia({ colorScheme: 'light' });
    const systemLight = await background();
    expect(systemLight, 'the system light and dark colours differ').not.toBe(systemDark);

    // ?theme=light on a dark system: light; then axe on it (on a light system, as a reader of the light theme).
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${EMBED_PATH}?theme=light&level=L9`);
    await calculatorLoaded(page);
    expect(await background(), '?theme=light on a dark system').toBe(systemLight);
    await page.emulateMedia({ colorScheme: 'light' });
    await test.step('axe, light, blank', () => expectNoAxeViolations(page, { bestPractices: true }));

    // ?theme=dark on a light system: dark; axe blank and rated.
    await page.goto(`${EMBED_PATH}?theme=dark&level=L9`);
    await calculatorLoaded(page);
    expect(await background(), '?theme=dark on a light system').toBe(systemDark);
    await test.step('axe, dark, blank', () => expectNoAxeViolations(page, { bestPractices: true }));
    await rateProfile(page, 3);
    await test.step('axe, dark, rated', () => expectNoAxeViolations(page, { bestPractices: true }));
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
    // One competency rated is enough for a gap to show.
    await clickEach(page.locator('section.calc-comp').first().locator('.calc-dim input[type="radio"][value="1"]'));
    await page.getByRole('tab', { name: 'Results' }).click();
    await expect(page.locator('#calc-gaps-heading + * thead')).toContainText(top.code);
  });
});

test.describe('embed help page', () => {
  const helpPath = `${model.track.id}/embed-help/`;

  test(
    'the snippet builder fills in this site and the wiki, and Copy puts the snippet on the clipboard',
    { tag: '@base-path' },
    async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await page.goto(helpPath);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed the calculator in your wiki');
      // The build knows no public address, but the page does: no placeholder to replace.
      await expect(page.getByTestId('origin-note')).toBeHidden();

      await page.getByLabel("Your wiki's address").fill('https://wiki.corp.example/wiki/Career_ladder?action=view');
      await expect(page.locator('[data-address-status]')).toHaveText(
        'The snippets are for pages at https://wiki.corp.example.',
      );
      await page.getByRole('radio', { name: 'MediaWiki' }).check();
      await page.getByRole('radio', { name: 'Dark' }).check();
      const target = model.levels[3]!;
      await page.getByLabel('Compare against').selectOption(target.code);
      await page.getByRole('checkbox', { name: design.name }).uncheck();
      await page.getByRole('checkbox', { name: 'Send the result to the wiki page' }).check();

      // Only the chosen wiki's instructions are in view.
      await expect(page.getByRole('heading', { name: 'MediaWiki', level: 2 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'DokuWiki', level: 2 })).toBeHidden();

      await page.getByRole('button', { name: 'Copy the MediaWiki raw HTML snippet' }).click();
      await expect(page.locator('[data-copy-status="mediawiki-rawhtml"]')).toHaveText(
        'Copied. Paste it into your wiki.',
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator('[data-snippet="mediawiki-rawhtml"]').textContent());

      // Ready to paste: raw HTML for MediaWiki, this site's real embed page with every choice, and its script.
      expect(copied.startsWith('<html>\n<iframe data-career-ladder')).toBe(true);
      expect(copied.endsWith('</html>')).toBe(true);
      const src = /src="([^"]+)"/.exec(copied)![1]!.replace(/&amp;/g, '&');
      const address = new URL(src);
      expect(`${address.origin}${address.pathname}`).toBe(new URL(EMBED_PATH, baseURL).href);
      expect(Object.fromEntries(address.searchParams)).toEqual({
        theme: 'dark',
        competencies: model.competencies
          .filter((c) => c.id !== design.id)
          .map((c) => c.id)
          .join(','),
        level: target.code,
        parentOrigin: 'https://wiki.corp.example',
        postResults: '1',
      });
      expect(copied).toContain(`<script src="${new URL('embed-host.js', baseURL).href}"></script>`);
      // The hosting headers allow that wiki.
      await expect(page.locator('[data-snippet="nginx"]')).toContainText(
        "frame-ancestors 'self' https://wiki.corp.example",
      );
    },
  );

  // One load of the help page for both former tests: the 320 px check resizes the page the axe check used. Its
  // layout is CSS alone (the builder script only fills in the form and the snippets), so the resized page lays
  // out as a load at 320 px does; the address is typed again there, as on a fresh page.
  test('help page passes axe with best practices in light and dark mode; says when the wiki address is not one, and sends no results without it; on a 320 px phone every snippet wraps inside the page', async ({
    page,
  }) => {
    await page.goto(helpPath);
    await test.step('help page passes axe with best practices in light and dark mode; says when the wiki address is not one, and sends no results without it', async () => {
      await page.getByRole('radio', { name: 'Confluence' }).check();
      await page.getByRole('button', { name: 'Copy the Confluence HTML macro snippet' }).click();
      await expect(page.locator('[data-copy-status="confluence-html"]')).not.toBeEmpty();
      const textColour = () => page.evaluate(() => getComputedStyle(document.body).color);
      const light = await textColour();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        if (colorScheme === 'dark') expect(await textColour(), 'the page turned dark').not.toBe(light);
        await test.step(`axe in ${colorScheme} mode`, () => expectNoAxeViolations(page, { bestPractices: true }));
      }

      await page.getByLabel("Your wiki's address").fill('wiki corp');
      await expect(page.locator('[data-address-status]')).toContainText('is not a web address');
      await expect(page.getByRole('checkbox', { name: 'Send the result to the wiki page' })).toBeDisabled();
      await expect(page.locator('[data-snippet="html"]')).not.toContainText('parentOrigin');
    });

    await test.step('on a 320 px phone every snippet wraps inside the page', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await page.evaluate(() => window.innerWidth), 'resized to 320px').toBe(320);
      await page.getByLabel("Your wiki's address").fill('https://wiki.corp.example/wiki/Career_ladder');
      await page.getByRole('checkbox', { name: 'Send the result to the wiki page' }).check();
      for (const wiki of [
        'A plain HTML page',
        'Confluence',
        'MediaWiki',
        'DokuWiki',
        'ikiwiki',
        'gitit',
        'Fossil',
        'TiddlyWiki',
        'Notion',
      ]) {
        await page.getByRole('radio', { name: wiki }).check();
        const tooWide = await page.locator('.embed-help').evaluate((article) =>
          [...article.querySelectorAll('pre, p, dl, form, fieldset, section')]
            .filter((el) => el.checkVisibility())
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth)
            .map((el) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
        );
        expect(tooWide, wiki).toEqual([]);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    });
  });
});

test.describe('embed help page without JavaScript', () => {
  test.use({ withoutJavaScript: true });

  test("still gives every wiki's snippet, pointing at this site's embed page", async ({ page, baseURL }) => {
    await page.goto(`${model.track.id}/embed-help/`);
    const embedPath = new URL(EMBED_PATH, baseURL).pathname;
    for (const snippet of [
      'html',
      'html-inline',
      'confluence-html',
      'mediawiki-rawhtml',
      'dokuwiki',
      'ikiwiki',
      'gitit',
      'fossil',
      'tiddlywiki',
      'notion',
    ]) {
      await expect(page.locator(`[data-snippet="${snippet}"]`)).toContainText(embedPath);
    }
    await expect(page.locator('[data-snippet="html"]')).toContainText('embed-host.js');
    await expect(page.locator('[data-snippet="nginx"]')).toContainText('frame-ancestors');
    // The test builds set no LADDER_SITE: the page says to replace the placeholder origin.
    await expect(page.getByTestId('origin-note')).toBeVisible();
    // The builder's form and the Copy buttons need the script.
    await expect(page.locator('form[data-builder-form]')).toBeHidden();
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });
});
