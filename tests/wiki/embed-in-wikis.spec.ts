// A wiki admin puts the calculator into real wikis: MediaWiki 1.39 (raw HTML; Vector 2022 on the desktop,
// Minerva on a phone), DokuWiki 2022-07-31 (htmlok), ikiwiki 3.2020 (htmlscrubber_skip), gitit 0.15
// (xss-sanitize off), Fossil 2.21 (safe-html and default-csp), TiddlyWiki 5.4 (a raw-markup tiddler) and a
// bare HTML page. The snippet, and the wiki's own settings, always come from the ladder's own "Embed in
// your wiki" page (its builder and Copy button); the snippet is pasted into the wiki's editor and saved
// (ikiwiki's and Fossil's pages are written as their admins write them, TiddlyWiki's saved through its web
// API); then a reader uses the calculator in the page. The ladder is served on another site with the
// hosting headers docs/embedding.md recommends (support/ladder-server.mjs).
import { test, expect, type Page } from '@playwright/test';
import { GREETING_SECONDS } from '../../src/lib/embed/greeting';
import type { Rater } from '../../src/lib/assessment/raters';
import { assess } from '../../src/lib/calculator/results';
import { RESIZE_MESSAGE, RESULT_MESSAGE } from '../../src/lib/embed/messages';
import { model } from '../e2e/calculator-support';
import {
  calculatorLoaded,
  expectFrameFitsContent,
  expectScoreOnScreenWhileScrolling,
  frameFit,
  frameWidthReport,
  rateProfile,
} from '../e2e/embed-support';
import {
  FRAME,
  applySettingsAndCopyBothSnippets,
  copyAgain,
  copyAnotherSnippet,
  copySnippet,
  pasteAndSave,
  pasteSaveAndOpen,
  rateOneCompetency,
  recordConsole,
  recordMessages,
  type SnippetChoices,
} from './support/journey';
import { ORIGINS, WIKI_ORIGINS } from './support/ports.mjs';
import {
  DOKUWIKI,
  FOSSIL,
  FOSSIL_FRAME_ONLY,
  GITIT,
  GITIT_SANITIZED,
  HTML_PAGE,
  IKIWIKI,
  IKIWIKI_SCRUBBED,
  MEDIAWIKI,
  TIDDLYWIKI_BARE,
  WIKIS,
  type WikiHost,
} from './support/wikis';

/**
 * With LADDER_WIKI_SCREENSHOTS=<folder>: what a reader sees at the top of the frame (a viewport shot:
 * Chromium paints a cross-site frame only where it is in view).
 */
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.LADDER_WIKI_SCREENSHOTS;
  if (!folder) return;
  await page.locator(FRAME).evaluate((frame) => frame.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${folder}/${name.replace(/\W+/g, '-')}.png` });
}

/** Every part of the calculator fits the frame's width: nothing past its edges, squeezed or cut. */
async function expectEverythingFits(page: Page): Promise<void> {
  expect(await frameWidthReport(page, FRAME)).toEqual({ pastTheEdge: [], squeezed: [], cutLabels: [] });
}

const mastery = model.competencies.find((c) => c.id === 'technical-mastery')!;

/** What the scoring code makes of rateProfile(frame, 3, { [mastery.id]: 4 }). */
function expectedResult() {
  const rater: Rater = { ratings: {}, antiSignals: {} };
  for (const c of model.competencies) {
    rater.ratings[c.id] = Object.fromEntries(c.dimensions.map((d) => [d.id, c.id === mastery.id ? 4 : 3]));
  }
  const { overall, levels } = assess(model, rater);
  return {
    type: RESULT_MESSAGE,
    version: 1,
    track: model.track.id,
    rater: 'self',
    score: Number(overall.scoreText),
    level: overall.level!.code,
    competencies: model.competencies.map((c) => ({ id: c.id, level: model.levels[levels[c.id]! - 1]!.code })),
  };
}

// Each worker reuses one browser context (reuseContext in playwright.config.ts), whose reset leaves granted
// permissions in place: the clipboard a journey was allowed to read goes with the journey.
test.afterEach(async ({ context }) => {
  await context.clearPermissions();
});

/**
 * A reader opens `wiki`'s page made from `snippet` at `width` px (at 375 px, in the wiki's phone layout):
 * the frame fits the calculator, before and after rating and on its results view, and results reach the
 * page when `postResults` (the whole profile rated), stay in the frame when not (one competency rated).
 */
async function readerJourney(page: Page, wiki: WikiHost, width: number, snippet: string, postResults: boolean) {
  const phone = width === 375;
  const title = `Career_ladder_${width}`;
  expect(snippet).toContain(`${ORIGINS.ladder}/${model.track.id}/embed/?parentOrigin=${wiki.origin}`);
  // The reader's page (the one the wiki shows after saving, when it is that page), recorded from its start.
  const { seen, messages } = await pasteSaveAndOpen(
    page,
    wiki,
    title,
    snippet,
    wiki.pageUrl(title, phone),
    async () => {
      await page.setViewportSize({ width, height: 900 });
      return { seen: recordConsole(page), messages: await recordMessages(page) };
    },
  );
  const frame = page.frameLocator(FRAME);
  await calculatorLoaded(frame);
  await expect(frame.getByTestId('embed-parent-mismatch')).toHaveCount(0);

  // The frame grows from its placeholder to the calculator's height, with nothing scrolling inside.
  await expectFrameFitsContent(page, FRAME);
  await expectEverythingFits(page);
  await screenshot(page, `${wiki.name}-${width}-blank`);
  const blank = await frameFit(page, FRAME);

  // Results need every competency rated; on the phone one is enough to see rating work.
  const expected = expectedResult();
  if (postResults) {
    // In-page clicks, one round trip per competency: 41 key presses per wiki cost the wiki step a minute.
    await rateProfile(frame, 3, { [mastery.id]: 4 });
    await expect(frame.getByTestId('score')).toHaveText(expected.score.toFixed(2));
  } else {
    await rateOneCompetency(frame, mastery.id, 3);
    await expect(frame.locator(`.calc-levels li[data-competency="${mastery.id}"]`)).toContainText(
      model.levels[2]!.code,
    );
  }
  await expectFrameFitsContent(page, FRAME);
  expect((await frameFit(page, FRAME)).frameHeight).toBeGreaterThan(blank.frameHeight);
  await expectEverythingFits(page);
  // The wiki page scrolls, not the frame: the score keeps to the part of the frame on screen.
  await expect(frame.locator('html')).toHaveAttribute('data-embed-host', 'answered');
  await expectScoreOnScreenWhileScrolling(page, FRAME);
  await screenshot(page, `${wiki.name}-${width}-rated`);
  // The results view (score, chart, gaps) fits the frame too, and the frame follows its height.
  await frame.getByRole('tab', { name: 'Results' }).click();
  await expectFrameFitsContent(page, FRAME);
  await expectEverythingFits(page);
  await screenshot(page, `${wiki.name}-${width}-results`);

  const received = await messages();
  const resizes = received.filter((m) => m.data.type === RESIZE_MESSAGE);
  expect(resizes.length).toBeGreaterThan(0);
  expect(resizes.every((m) => m.origin === ORIGINS.ladder)).toBe(true);
  const results = received.filter((m) => m.data.type === RESULT_MESSAGE);
  if (postResults) {
    await expect
      .poll(async () => (await messages()).filter((m) => m.data.type === RESULT_MESSAGE).at(-1)?.data)
      .toEqual(expected);
    expect(results.every((m) => m.origin === ORIGINS.ladder)).toBe(true);
  } else {
    expect(results).toEqual([]);
  }
  expect(seen.errors).toEqual([]);
  expect(seen.failedRequests).toEqual(wiki.ownFailedRequests ?? []);
}

/**
 * A check that needs a snippet the builder makes on a wiki's visit (for another address, another host, or
 * with results asked for or not), run after that wiki's journeys: `choices` and `host` say which snippet,
 * made on the builder's page as the journeys left it (copyAnotherSnippet), and `check` reads its page.
 */
interface AlsoOnTheVisit {
  title: string;
  host: WikiHost;
  choices: SnippetChoices;
  check: (page: Page, snippet: string) => Promise<void>;
}

/** The size of the browser's page unless a test sets one (Playwright's default). */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** Opens `wiki`'s page `title` with the page clock installed, so a test can move past the greeting's deadline. */
async function openWithClock(page: Page, wiki: WikiHost, title: string) {
  const seen = recordConsole(page);
  const messages = await recordMessages(page);
  await page.clock.install();
  await page.goto(wiki.pageUrl(title, false));
  return { seen, messages };
}

/** Made for the MediaWiki (results asked for), pasted into the DokuWiki. */
async function borrowedSnippet(page: Page, snippet: string): Promise<void> {
  const { seen, messages } = await pasteSaveAndOpen(
    page,
    DOKUWIKI,
    'Borrowed_snippet',
    snippet,
    DOKUWIKI.pageUrl('Borrowed_snippet', false),
    async () => ({ seen: recordConsole(page), messages: await recordMessages(page) }),
  );
  const frame = page.frameLocator(FRAME);
  await calculatorLoaded(frame);
  const notice = frame.getByTestId('embed-parent-mismatch');
  await expect(notice).toContainText(`set up for a page at ${MEDIAWIKI.origin}`);
  await expect(notice).toContainText(`inside a page at ${DOKUWIKI.origin}`);
  expect(seen.errors.map((line) => line.replace(/ \(http.*\)$/, ''))).toEqual([await notice.innerText()]);
  await expect
    .poll(() => seen.warnings.find((line) => line.startsWith('Career ladder embed:')))
    .toContain(`this page's origin, ${DOKUWIKI.origin}`);

  await rateOneCompetency(frame, mastery.id, 3);
  await expect(frame.locator(`.calc-levels li[data-competency="${mastery.id}"]`)).toContainText(model.levels[2]!.code);
  expect(await messages()).toEqual([]);
}

/** The HTML page host reached as localhost, an origin the ladder's frame-ancestors does not list. */
const ELSEWHERE = HTML_PAGE.origin.replace('127.0.0.1', 'localhost');

async function notAllowedToFrame(page: Page, snippet: string): Promise<void> {
  await pasteAndSave(page, HTML_PAGE, 'Not_allowed', snippet);

  const seen = recordConsole(page);
  await page.goto(HTML_PAGE.pageUrl('Not_allowed', false).replace(HTML_PAGE.origin, ELSEWHERE));
  await expect.poll(() => seen.errors.find((line) => line.includes('frame-ancestors'))).toContain(ORIGINS.ladder);
  await expect
    .poll(() => seen.warnings.find((line) => line.startsWith('Career ladder embed:')))
    .toContain(`this page's origin, ${ELSEWHERE}`);
  await expect(page.frameLocator(FRAME).locator('.calc')).toHaveCount(0);
}

/** The admin: the plain snippet ("&amp;" and a <script> TiddlyWiki never runs), results asked for. */
async function plainSnippetInBareTiddlyWiki(page: Page, snippet: string): Promise<void> {
  expect(snippet).toContain('&amp;postResults=1');
  await pasteAndSave(page, TIDDLYWIKI_BARE, 'Career ladder', snippet);

  const { seen, messages } = await openWithClock(page, TIDDLYWIKI_BARE, 'Career ladder');
  const frame = page.frameLocator(FRAME);
  await calculatorLoaded(frame);
  // "amp;postResults" was read as postResults: the calculator says it will pass results on.
  await expect(frame.getByTestId('embed-posts-results')).toContainText(TIDDLYWIKI_BARE.origin);
  await page.clock.fastForward(GREETING_SECONDS * 1000);
  const line = frame.getByTestId('embed-host-missing');
  await expect(line).toContainText(`No host script answered from the page at ${TIDDLYWIKI_BARE.origin}`);
  await expect(line).toContainText('your result is not sent to the page');
  await expect(line.getByRole('link', { name: `How to fix it on ${TIDDLYWIKI_BARE.origin}` })).toHaveAttribute(
    'href',
    new RegExp(`/embed-help/\\?address=${encodeURIComponent(TIDDLYWIKI_BARE.origin)}#no-host-script$`),
  );
  await screenshot(page, 'TiddlyWiki-no-host-script');
  // So it is: the frame keeps the snippet's 900 px and scrolls inside, and rating sends nothing.
  const fit = await frameFit(page, FRAME);
  expect(fit.frameHeight).toBe(900);
  expect(fit.scrollsDown).toBe(true);
  await rateOneCompetency(frame, mastery.id, 3);
  await expect(frame.locator(`.calc-levels li[data-competency="${mastery.id}"]`)).toContainText(model.levels[2]!.code);
  expect((await messages()).filter((m) => m.data.type === RESULT_MESSAGE)).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.failedRequests).toEqual(TIDDLYWIKI_BARE.ownFailedRequests);
}

async function fossilFrameOnly(page: Page, snippet: string): Promise<void> {
  await pasteAndSave(page, FOSSIL_FRAME_ONLY, 'Career_ladder', snippet);

  const { seen } = await openWithClock(page, FOSSIL_FRAME_ONLY, 'Career_ladder');
  const frame = page.frameLocator(FRAME);
  await calculatorLoaded(frame);
  await page.clock.fastForward(GREETING_SECONDS * 1000);
  await expect(frame.getByTestId('embed-host-missing')).toContainText(
    `No host script answered from the page at ${FOSSIL_FRAME_ONLY.origin}, so this frame keeps a fixed height`,
  );
  // The browser names what Fossil's policy refused: the host script, and nothing else.
  expect(seen.errors.length).toBeGreaterThan(0);
  for (const error of seen.errors) {
    expect(error).toMatch(/embed-host\.js' violates the following Content Security Policy directive: "script-src /);
  }
}

/** `wiki` with its sanitizer on: the saved page is there, without the frame or the script. */
async function scrubbed(page: Page, wiki: WikiHost, snippet: string): Promise<void> {
  await pasteSaveAndOpen(
    page,
    wiki,
    'Scrubbed_ladder',
    snippet,
    wiki.pageUrl('Scrubbed_ladder', false),
    async () => {},
  );
  await expect(page).toHaveTitle(/scrubbed.ladder/i);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('script[src*="embed-host.js"]')).toHaveCount(0);
}

/** The check of `wiki` with its sanitizer on, with a snippet the builder made for it. */
const scrubbedOnTheVisit = (wiki: WikiHost): AlsoOnTheVisit => ({
  title: `${wiki.name} with its sanitizer on removes the frame and the script: nothing is left to speak, as the embed-help page warns`,
  host: wiki,
  choices: { wikiAddress: wiki.origin },
  check: (page, snippet) => scrubbed(page, wiki, snippet),
});

const ALSO_ON_THE_VISIT = new Map<WikiHost, AlsoOnTheVisit[]>([
  [
    DOKUWIKI,
    [
      {
        title:
          'a snippet made for another wiki: the calculator and the host script say so, and nothing reaches the page',
        host: DOKUWIKI,
        choices: { wikiAddress: MEDIAWIKI.pageUrl('Main_Page', false), postResults: true },
        check: borrowedSnippet,
      },
    ],
  ],
  [
    HTML_PAGE,
    [
      {
        title: 'a page the ladder does not let frame it: the browser refuses, and the host script says so',
        host: HTML_PAGE,
        choices: { wikiAddress: ELSEWHERE },
        check: notAllowedToFrame,
      },
      // Last: it installs the page clock.
      {
        title:
          'TiddlyWiki without the raw-markup tiddler, and the plain HTML snippet pasted as is: the frame says no host script answered, names the wiki, and sends nothing',
        host: HTML_PAGE,
        choices: { wikiAddress: TIDDLYWIKI_BARE.origin, postResults: true },
        check: plainSnippetInBareTiddlyWiki,
      },
    ],
  ],
  [IKIWIKI, [scrubbedOnTheVisit(IKIWIKI_SCRUBBED)]],
  [GITIT, [scrubbedOnTheVisit(GITIT_SANITIZED)]],
  [
    FOSSIL,
    [
      {
        title: 'Fossil whose policy lets the frame in but not the host script: the frame says no host script answered',
        host: FOSSIL_FRAME_ONLY,
        choices: { wikiAddress: FOSSIL_FRAME_ONLY.origin },
        check: fossilFrameOnly,
      },
    ],
  ],
]);

// One test per wiki: both journeys' snippets, and those of the checks below that need that wiki's builder
// too, come from one visit to the builder; then each width's page is saved and read in turn, and each check
// in turn. Saving one after the other also matters: gitit and Fossil commit each save to one repository,
// which a second save at the same moment can fail.
for (const wiki of WIKIS) {
  test(`${wiki.name}: the pasted snippet frames the calculator at its full height; results reach the wiki page at 1280 px, where they are asked for, and stay in the frame at 375 px, where they are not`, async ({
    page,
  }) => {
    const alsoHere = ALSO_ON_THE_VISIT.get(wiki) ?? [];
    // The wiki's own settings (when it has any) and every snippet, from one visit to the builder.
    const { snippets, alsoSnippets } = await test.step('the builder makes the snippets', async () => {
      const both = await applySettingsAndCopyBothSnippets(page, ORIGINS.ladder, wiki, wiki.pageUrl('Main_Page', false));
      const more: string[] = [];
      for (const also of alsoHere) more.push(await copyAnotherSnippet(page, also.host, also.choices));
      return { snippets: both, alsoSnippets: more };
    });
    // The clipboard holds the builder's last copy: the admin copies each page's snippet again to paste it.
    const copyForEditor = async (host: WikiHost, snippet: string) => {
      if (!host.publish) await copyAgain(page, snippet);
    };
    // On the desktop the admin asks for results, on the phone not: results arrive only when asked for.
    await test.step(`${wiki.name} at 1280 px: the pasted snippet frames the calculator at its full height; results reach the wiki page`, async () => {
      await copyForEditor(wiki, snippets.postingResults);
      await readerJourney(page, wiki, 1280, snippets.postingResults, true);
    });
    await test.step(`${wiki.name} at 375 px: the pasted snippet frames the calculator at its full height; results stay in the frame`, async () => {
      await copyForEditor(wiki, snippets.keepingResults);
      await readerJourney(page, wiki, 375, snippets.keepingResults, false);
    });

    // The checks below ran at the browser's default size when they were tests of their own.
    if (alsoHere.length > 0) await page.setViewportSize(DEFAULT_VIEWPORT);
    for (const [index, also] of alsoHere.entries()) {
      const snippet = alsoSnippets[index]!;
      await test.step(also.title, async () => {
        await copyForEditor(also.host, snippet);
        await also.check(page, snippet);
      });
    }
  });
}

test('storage=local: kept on a wiki of the same site as the ladder (shared with its own pages), refused and said on another site', async ({
  page,
}) => {
  const competencyName = mastery.shortName;
  // The page saved last, Kept_ratings, is read where DokuWiki shows it after Save.
  for (const [ladderOrigin, title] of [
    [ORIGINS.ladder, 'Refused_ratings'],
    [ORIGINS.ladderSameSite, 'Kept_ratings'],
  ] as const) {
    const snippet = await copySnippet(page, ladderOrigin, DOKUWIKI, {
      wikiAddress: DOKUWIKI.origin,
      storage: 'local',
    });
    await pasteSaveAndOpen(page, DOKUWIKI, title, snippet, DOKUWIKI.pageUrl(title, false), async () => {});
  }

  // Same site (127.0.0.1 and 127.0.0.1): the browser keeps what the embed stores.
  let frame = page.frameLocator(FRAME);
  await calculatorLoaded(frame);
  await expect(frame.getByTestId('embed-messages')).toHaveCount(0);
  // The site's saved assessments are opened only when the person asks for them.
  await frame.getByRole('button', { name: 'Use my saved assessments' }).click();
  await expect(frame.locator('.calc-privacy')).toContainText('kept only in this browser');
  await frame
    .locator('section.calc-comp', { hasText: competencyName })
    .locator('.calc-dim input[type="radio"][value="3"]')
    .first()
    .check();
  const stored = () => frame.locator('html').evaluate(() => window.localStorage.length);
  await expect.poll(stored).toBe(1);
  await page.reload();
  frame = page.frameLocator(FRAME);
  await calculatorLoaded(frame);
  expect(await stored()).toBe(1);
  await frame.getByRole('button', { name: 'Use my saved assessments' }).click();
  await expect(frame.locator('.calc-levels li', { hasText: mastery.shortName })).toContainText('1 of');
  // Same storage as the ladder site's own pages: its self-assessment page sees what the embed saved.
  const saved = await frame.locator('html').evaluate(() => ({ ...window.localStorage }));
  await page.goto(`${ORIGINS.ladderSameSite}/${model.track.id}/self-assessment/`);
  expect(
    await page.evaluate((keys) => keys.map((key) => window.localStorage.getItem(key)), Object.keys(saved)),
  ).toEqual(Object.values(saved));

  // Another site (localhost in a 127.0.0.1 page): Chromium refuses the frame's storage; the embed says so.
  await page.goto(DOKUWIKI.pageUrl('Refused_ratings', false));
  frame = page.frameLocator(FRAME);
  await calculatorLoaded(frame);
  await expect(frame.getByTestId('embed-messages')).toContainText('does not let a calculator');
  await expect(frame.locator('.calc-privacy')).toContainText('What is stored where: nothing.');
});

test('the ladder is served with the documented hosting headers', async ({ request }) => {
  const embed = await request.get(`${ORIGINS.ladder}/${model.track.id}/embed/`);
  expect(embed.headers()['content-security-policy']).toBe(`frame-ancestors 'self' ${WIKI_ORIGINS.join(' ')}`);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  const reading = await request.get(`${ORIGINS.ladder}/${model.track.id}/self-assessment/`);
  expect(reading.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(reading.headers()['x-frame-options']).toBe('SAMEORIGIN');
});
