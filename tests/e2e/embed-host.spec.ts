// The embed and the host script greet each other. Where no host script runs (a wiki that strips scripts,
// the iframe pasted alone) the frame says so inside itself; where one does, it tells the frame which part
// of it is on screen, and the result bar stays there while the reader scrolls the wiki page. (A host script
// that answers the greeting: the main frame story in embed.spec.ts.)
import { GREETING_SECONDS } from '../../src/lib/embed/greeting';
import { RESIZE_MESSAGE, RESULT_MESSAGE } from '../../src/lib/embed/messages';
import { model } from './calculator-support';
import {
  EMBED_PATH,
  PLACEHOLDER_HEIGHT,
  RESIZE_ONLY_HOST,
  calculatorLoaded,
  expectFrameFitsContent,
  expectScoreOnScreenWhileScrolling,
  frameFit,
  rateProfile,
  receivedMessages,
  scoreOnScreen,
  testWithHost,
} from './embed-support';
import { expect } from './support/test.ts';

const test = testWithHost;
const mastery = model.competencies.find((c) => c.id === 'technical-mastery')!;

test.describe('the frame never fails silently', () => {
  test('without a host script the frame says so inside itself, names the wiki and links to the fix; no result is sent @base-path', async ({
    page,
    baseURL,
    host,
  }) => {
    // The greeting has a deadline: the page clock stands in for the seconds a reader would wait.
    await page.clock.install();
    // As TiddlyWiki hands it over: the snippet's "&amp;" kept literally in the address.
    const embedUrl = new URL(`${EMBED_PATH}?parentOrigin=${host.origin}&amp;postResults=1`, baseURL);
    await page.goto(host.pageUrl(embedUrl.href, null));
    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);
    await expect(frame.locator('html')).toHaveAttribute('data-embed-host', 'waiting');
    // postResults arrived as "amp;postResults" and was read as meant: no message about parameters.
    await expect(frame.getByTestId('embed-posts-results')).toContainText(host.origin);
    await expect(frame.getByTestId('embed-messages')).toHaveCount(0);
    await rateProfile(frame, 3, { [mastery.id]: 4 });
    await expect(frame.getByTestId('score')).toBeVisible();

    await page.clock.fastForward(GREETING_SECONDS * 1000);
    const line = frame.getByTestId('embed-host-missing');
    await expect(line).toHaveText(
      `No host script answered from the page at ${host.origin}, so this frame keeps a fixed height and scrolls ` +
        `inside, and your result is not sent to the page. How to fix it on ${host.origin}`,
    );
    await expect(frame.getByTestId('embed-posts-results')).toHaveCount(0);
    // What it says is so: the frame kept its height and scrolls inside, and no result left it.
    const fit = await frameFit(page);
    expect(fit.frameHeight).toBe(PLACEHOLDER_HEIGHT);
    expect(fit.scrollsDown).toBe(true);
    const types = (await receivedMessages(page)).map((m) => m.data.type);
    expect(types).toContain(RESIZE_MESSAGE);
    expect(types).not.toContain(RESULT_MESSAGE);

    // The link opens the snippet builder made out for that wiki, at the fixes for a missing host script.
    const fix = line.getByRole('link', { name: `How to fix it on ${host.origin}` });
    const href = (await fix.getAttribute('href'))!;
    expect(new URL(href).origin).toBe(new URL(baseURL!).origin);
    await page.goto(href);
    await expect(page.getByLabel("Your wiki's address")).toHaveValue(host.origin);
    await expect(page.locator('[data-snippet="html"]')).toContainText(`parentOrigin=${host.origin}`);
    await expect(page.getByRole('heading', { name: 'When the calculator says no host script answered' })).toBeVisible();
  });
});

test('a page that sizes the frame without answering (a host script from before the greeting) gets no line, and its results', async ({
  page,
  baseURL,
  host,
}) => {
  await page.clock.install();
  const embedUrl = new URL(`${EMBED_PATH}?parentOrigin=${host.origin}&postResults=1`, baseURL);
  await page.goto(host.pageUrl(embedUrl.href, RESIZE_ONLY_HOST));
  const frame = page.frameLocator('#calculator');
  await calculatorLoaded(frame);
  await expectFrameFitsContent(page);
  await page.clock.fastForward(GREETING_SECONDS * 1000);
  await expect(frame.locator('html')).toHaveAttribute('data-embed-host', 'sized');
  await expect(frame.getByTestId('embed-host-missing')).toHaveCount(0);
  await rateProfile(frame, 3, { [mastery.id]: 4 });
  await expect
    .poll(async () => (await receivedMessages(page)).filter((m) => m.data.type === RESULT_MESSAGE).length)
    .toBeGreaterThan(0);
});

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
]) {
  test(`at ${width} px the score stays on screen while rating and at every scroll position of the wiki page`, async ({
    page,
    baseURL,
    host,
  }) => {
    await page.setViewportSize({ width, height });
    const embedUrl = new URL(`${EMBED_PATH}?parentOrigin=${host.origin}`, baseURL);
    await page.goto(host.pageUrl(embedUrl.href, new URL('../../embed-host.js', embedUrl).href));
    const frame = page.frameLocator('#calculator');
    await calculatorLoaded(frame);
    await expectFrameFitsContent(page);

    // Rating competency by competency, down the page, by keyboard: a digit picks that level and moves the
    // focus to the next dimension, which scrolls the wiki page to it.
    const sections = frame.locator('section.calc-comp');
    const perSection = await sections.evaluateAll((all) =>
      all.map((section) => section.querySelectorAll('.calc-dim input[type="radio"][value="3"]').length),
    );
    await sections.first().locator('.calc-dim input[type="radio"]').first().focus();
    for (const [index, total] of perSection.entries()) {
      for (let i = 0; i < total; i++) await page.keyboard.press('3');
      await expect(sections.nth(index).locator('.calc-dim input[value="3"]:checked')).toHaveCount(total);
      await expect
        .poll(() => scoreOnScreen(page), { message: `after rating competency ${index + 1}` })
        .toBe('on screen');
    }
    await expect(frame.getByTestId('score')).toHaveText('3.00');
    await expectFrameFitsContent(page);
    await expectScoreOnScreenWhileScrolling(page);
  });
}
