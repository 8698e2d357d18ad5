// Search, as a reader uses it: they arrive with a phrase from a review ("postmortem", "race conditions",
// "mentoring evidence") and expect the exact ladder item that says it, at its level, one click away.
// Expected items are looked up in the content (the same model the index is built from), never copied
// from the search output.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoScripts, test } from './support/test.ts';
import { builtSite } from './reading-support/built-site.ts';
import { missingPlace } from './reading-support/link-check.ts';
import { buildLadder } from '../../src/lib/ladder/model.ts';
import { readContentDir } from '../../src/lib/ladder/read-content-dir.ts';
import { anchors, joinBase, routes } from '../../src/lib/routes.ts';

const ladder = buildLadder(readContentDir('content'));
const track = ladder.tracks.find((candidate) => candidate.slug === 'software-engineer')!;
const competency = (slug: string) => track.competencies.find((candidate) => candidate.slug === slug)!;

/** The site's base path ("/" or "/ladder/") for this project. */
const basePath = (baseURL: string | undefined) => new URL(baseURL!).pathname;

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.getByRole('status');
const box = (page: Page) => page.getByRole('searchbox', { name: /Words or a phrase/ });

/** The paths the links of `shown` (results) point to. */
function linkedPaths(shown: Locator): Promise<string[]> {
  return shown
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Opens the search page for `query` and waits until the result count is announced. */
async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(/results?|No results/);
}

/**
 * Waits until the search started by the last change has finished: the page marks itself aria-busy from the
 * moment a search starts (synchronously, in the change handler) until its results are shown.
 */
async function settled(page: Page) {
  await expect(page.locator('[data-search-page]')).not.toHaveAttribute('aria-busy', /.*/);
  await expect(status(page)).not.toBeEmpty();
}

/**
 * Types `query` into the search page already open, as a reader does for a second search, and waits until its
 * results are announced (no new page load: the page searches in place).
 */
async function searchAgain(page: Page, query: string) {
  await box(page).fill(query);
  await box(page).press('Enter');
  await expect(status(page)).toContainText(`“${query}”`);
  await settled(page);
}

/** Every result shown is at level `code`: promotion steps count for both their levels, the rest carry `code`. */
async function expectEveryResultAtLevel(page: Page, code: string) {
  const levels = await results(page).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.level));
  for (const level of levels) {
    expect(level === code || new RegExp(`→ ${code}$|^${code} →`).test(level ?? ''), `${level} is not ${code}`).toBe(
      true,
    );
  }
}

/** How many results the status line announces ("More than 20 results" counts as 20). */
async function announcedCount(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? '';
  if (text.startsWith('No results')) return 0;
  return Number(/^(?:More than )?(\d+) results?/.exec(text)?.[1] ?? Number.NaN);
}

const answer = (page: Page) => page.locator('[data-search-answer]');
const level = (code: string) => track.levels.find((candidate) => candidate.code === code)!;
const levelName = (code: string) => `${code} · ${level(code).fullTitle ?? level(code).title}`;

/** Opens an empty search page, types a question into its box, as a reader does, and waits for its answer. */
async function ask(page: Page, question: string) {
  await page.goto('search/');
  await searchAgain(page, question);
}

// A reader's searches, one after another in one search page (each step was a test of its own, with a search
// page loaded for it): the page searches in place, so a later query typed into the box sees what a fresh page
// would. The header box opens it with ?q=, which proves a search URL runs its search. The last two steps leave
// the search page, so they come last.
test('words: the header box opens the search page; exact items, pages and guides are found, one click away; filters, paging and the keyboard work', async ({
  page,
  baseURL,
}) => {
  await test.step('the header search box adds no JavaScript to reading pages, and submits to the search page, which runs the search', async () => {
    await page.goto('./');
    const headerBox = page.getByRole('searchbox', { name: 'Search the ladder' });
    await expect(headerBox).toBeVisible();
    await expectNoScripts(page);
    await headerBox.fill('mentoring evidence');
    await headerBox.press('Enter');
    await expect(page).toHaveURL(/search\/\?q=mentoring\+evidence$/);
    await expect(box(page)).toHaveValue('mentoring evidence');
    await expect(results(page).first()).toContainText('L2 → L3');
    // The search page has one search box, not a second one in the header.
    await expect(page.getByRole('searchbox')).toHaveCount(1);
  });

  await test.step('"mentoring evidence" finds the L2 → L3 portfolio item on the promotion page', async () => {
    const step = track.promotions.find((promotion) => promotion.from === 'L2' && promotion.to === 'L3')!;
    const item = step.portfolio.find((criterion) => /mentoring evidence/i.test(criterion.text))!;

    // The page the header box opened shows the results for "mentoring evidence".
    await expect(status(page)).toContainText('“mentoring evidence”');
    await settled(page);
    const first = results(page).first();
    await expect(first.getByRole('link')).toHaveAttribute(
      'href',
      `${joinBase(basePath(baseURL), routes.promotion(track.slug))}#${anchors.promotionItem(step.slug, item.id)}`,
    );
    await expect(first.getByRole('link')).toHaveText(item.text);
    await expect(first).toContainText('L2 → L3');
    await expect(first).toHaveAttribute('data-kind', track.labels.portfolio);
  });

  await test.step('"postmortem" leads to Code Quality at L3', async () => {
    const codeQuality = competency('code-quality');
    const l3 = codeQuality.levels.find((block) => block.level === 'L3')!;
    const l3Items = [
      ...l3.behaviours,
      ...l3.outputs,
      ...l3.traps,
      l3.wouldSee,
      l3.antiSignal,
      ...codeQuality.dimensions.map((dimension) => dimension.cells.L3!),
    ];
    const mentioning = l3Items.filter((item) => /postmortem/i.test(item.text));
    expect(mentioning.length).toBeGreaterThan(1);

    await searchAgain(page, 'postmortem');
    const first = results(page).first();
    await expect(first).toHaveAttribute('data-competency', codeQuality.name);
    await expect(first).toHaveAttribute('data-level', 'L3');
    const pageUrl = joinBase(basePath(baseURL), routes.competency(track.slug, codeQuality.slug));
    const href = await first.getByRole('link').getAttribute('href');
    expect(mentioning.map((item) => `${pageUrl}#${anchors.item(item.id)}`)).toContain(href);
    await expect(first.locator('mark')).toHaveText([/postmortem/i]);
    await expect(first).toContainText(`${codeQuality.name} · L3`);

    // Every Code Quality item that mentions it is there, and none from another level.
    const codeQualityResults = results(page).and(page.locator(`[data-competency="${codeQuality.name}"]`));
    await expect(codeQualityResults).toHaveCount(mentioning.length);
    await expect(results(page).and(page.locator('[data-level="L3"]'))).toHaveCount(mentioning.length);
    expect(await announcedCount(page)).toBe(await results(page).count());
  });

  await test.step('"race conditions" finds the Debugging cell of the Technical Mastery matrix at L4', async () => {
    const mastery = competency('technical-mastery');
    const debugging = mastery.dimensions.find((dimension) => dimension.name === 'Debugging')!;
    expect(debugging.cells.L4!.text).toMatch(/race conditions/i);

    await searchAgain(page, 'race conditions');
    const first = results(page).first();
    await expect(first).toHaveAttribute('data-competency', mastery.name);
    await expect(first).toHaveAttribute('data-level', 'L4');
    await expect(first).toHaveAttribute('data-kind', track.labels.measurementMatrix);
    await expect(first).toContainText(debugging.name);
    await expect(first.getByRole('link')).toHaveAttribute(
      'href',
      `${joinBase(basePath(baseURL), routes.competency(track.slug, mastery.slug))}#${anchors.item(debugging.cells.L4!.id)}`,
    );
    await expect(first.locator('mark')).toHaveText([/race/i, /conditions/i]);
  });

  await test.step('a query that matches nothing says so', async () => {
    await searchAgain(page, 'zzqxv flibbertigibbet');
    await expect(status(page)).toHaveText(/^No results for “zzqxv flibbertigibbet”/);
    await expect(results(page)).toHaveCount(0);
  });

  await test.step('long result lists come in pages; "Show more results" adds the next ones until all are shown', async () => {
    await searchAgain(page, 'code');
    await expect(results(page)).toHaveCount(20);
    await expect(status(page)).toHaveText(/^More than \d+ results for “code”/);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await expect(results(page).nth(20)).toBeVisible();
    // Focus moves to the first new result so keyboard users continue where the list grew.
    await expect(results(page).nth(20).getByRole('link')).toBeFocused();
    // Once every result is shown, the button goes and the count is exact.
    while (await more.isVisible()) {
      const shown = await results(page).count();
      await more.click();
      await expect.poll(() => results(page).count()).toBeGreaterThan(shown);
    }
    await expect(status(page)).toHaveText(/^\d+ results for “code”/);
    expect(await announcedCount(page)).toBe(await results(page).count());
  });

  await test.step('"Confluence", "embed" and "wiki" find the embedding guide, not only ladder items', async () => {
    const guide = routes.embedHelp(track.slug);
    for (const query of ['Confluence', 'embed', 'wiki']) {
      await searchAgain(page, query);
      const links = await linkedPaths(results(page));
      expect(
        links.some((path) => path.endsWith(`/${guide}`)),
        `${query}: ${links.join(', ')}`,
      ).toBe(true);
      if (query === 'Confluence') {
        // Its results say which page and section they come from, and are filed under the "Page" kind.
        const confluence = results(page).filter({ has: page.locator(`a[href$="${guide}#confluence"]`) });
        await expect(confluence).toHaveAttribute('data-kind', 'Page');
        await expect(confluence).toContainText('Confluence');
      }
    }
  });

  await test.step('the FAQ, the promotion page, the IC tracks page and the self-assessment are found by their titles', async () => {
    const expectations = [
      { query: 'FAQ', path: routes.faq(track.slug) },
      { query: 'promotion criteria', path: routes.promotion(track.slug) },
      { query: 'alternative IC tracks', path: routes.icTracks(track.slug) },
      { query: 'self-assess', path: routes.selfAssessment(track.slug) },
    ];
    for (const { query, path } of expectations) {
      await searchAgain(page, query);
      const pageResult = results(page).and(page.locator('[data-kind="Page"]'));
      const hrefs = await linkedPaths(pageResult);
      expect(
        hrefs.some((href) => href.endsWith(`/${path}`)),
        `${query}: ${hrefs.join(', ')}`,
      ).toBe(true);
    }
  });

  // No filter was chosen before this step (the panel is still closed); it ends with them cleared.
  await test.step('filters by level, competency and kind narrow the results and can be combined', async () => {
    const query = 'review';
    await searchAgain(page, query);
    const all = await announcedCount(page);
    expect(all).toBeGreaterThan(5);

    // The filters sit in a panel that stays closed until asked for, so the results come first on a phone.
    await expect(page.getByRole('group', { name: 'Level' })).toBeHidden();
    await page.getByText('Filter by competency, level or kind').click();
    const levels = page.getByRole('group', { name: 'Level' });
    await levels.getByRole('checkbox', { name: /^L4\b/ }).check();
    await settled(page);
    await expect(status(page)).toContainText('with the chosen filters');
    const atL4 = await announcedCount(page);
    expect(atL4).toBeGreaterThan(0);
    expect(atL4).toBeLessThan(all);
    await expectEveryResultAtLevel(page, 'L4');

    const codeQuality = competency('code-quality');
    await page.getByRole('group', { name: 'Competency' }).getByRole('checkbox', { name: codeQuality.name }).check();
    await settled(page);
    await expect(results(page).first()).toHaveAttribute('data-competency', codeQuality.name);
    const l4CodeQuality = await announcedCount(page);
    expect(l4CodeQuality).toBeGreaterThan(0);
    expect(l4CodeQuality).toBeLessThan(atL4);
    await expect(
      results(page).and(page.locator(`[data-competency="${codeQuality.name}"][data-level="L4"]`)),
    ).toHaveCount(l4CodeQuality);

    // A second level widens again (values within one filter combine with "or").
    await levels.getByRole('checkbox', { name: /^L5\b/ }).check();
    await settled(page);
    await expect.poll(() => announcedCount(page)).toBeGreaterThan(l4CodeQuality);

    // Kind narrows across both levels; the state survives a reload through the URL.
    const behaviours = track.labels.observableBehaviours;
    await page
      .getByRole('group', { name: 'Kind of item' })
      .getByRole('checkbox', { name: behaviours, exact: true })
      .check();
    await settled(page);
    await expect(results(page).first()).toHaveAttribute('data-kind', behaviours);
    const narrowed = await announcedCount(page);
    await page.reload();
    await settled(page);
    await expect(box(page)).toHaveValue(query);
    await expect(levels.getByRole('checkbox', { name: /^L4\b/ })).toBeChecked();
    await expect(page.getByText('Filter by competency, level or kind')).toContainText('(4 chosen)');
    await expect.poll(() => announcedCount(page)).toBe(narrowed);
    await expect(
      results(page).and(page.locator(`[data-kind="${behaviours}"][data-competency="${codeQuality.name}"]`)),
    ).toHaveCount(narrowed);

    // "Clear filters" keeps the words and brings every result back.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await settled(page);
    await expect.poll(() => announcedCount(page)).toBe(all);
    await expect(box(page)).toHaveValue(query);
  });

  // "/" selects the box's words, so typing replaces the last query; Enter leaves the search page.
  await test.step('keyboard: "/" focuses the box, arrows walk the results, Enter opens one', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('postmortem');
    // Searching starts while typing: wait for the results of the whole word, not of its first letters.
    await expect(status(page)).toContainText('results for “postmortem”');
    await expect(page).toHaveURL(/search\/\?q=postmortem$/);

    const links = results(page).getByRole('link');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();

    await box(page).focus();
    await page.keyboard.press('ArrowDown');
    const href = (await links.nth(0).getAttribute('href'))!;
    expect(href.startsWith(basePath(baseURL))).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(href, baseURL).href);
  });

  await test.step('a result lands with its target below the sticky header, and marked', async () => {
    await page.setViewportSize({ width: 375, height: 700 });
    await searchFor(page, 'race conditions');
    await results(page).first().getByRole('link').click();
    const target = page.locator(':target');
    await expect(target).toBeInViewport();
    const headerBottom = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const targetTop = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(targetTop).toBeGreaterThanOrEqual(headerBottom);
    const marked = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(marked).not.toBe(plain);
    expect(marked).not.toBe('rgba(0, 0, 0, 0)');

    // The same for a heading of the embedding guide, on a wide screen where the header is two rows.
    await page.setViewportSize({ width: 1280, height: 800 });
    await searchFor(page, 'Confluence');
    await page
      .locator(`a[href$="${routes.embedHelp(track.slug)}#confluence"]`)
      .first()
      .click();
    await expect(page.locator(':target')).toHaveText('Confluence');
    const wideHeader = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const headingTop = await page.locator(':target').evaluate((el) => el.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(wideHeader);
    await expect(page.locator(':target')).toBeInViewport();
  });
});

// Every kind of answer: a question -> where its answer leads (the path and anchor, from routes.ts and the content).
const hireBarLevel = track.levels.find((candidate) => candidate.isHireBar)!;
const principalTrack = track.icTracks.find((ic) => /principal/i.test(ic.title))!;
const seniorLevel = track.levels.find((candidate) => /senior/i.test(candidate.title))!;
const answerPlaces: { question: string; path: string; shows?: string }[] = [
  { question: 'what is the hire bar', path: `${routes.track(track.slug)}#levels`, shows: hireBarLevel.code },
  {
    question: 'how is code quality scored',
    path: `${routes.competency(track.slug, 'code-quality')}#scoring-rule`,
    shows: competency('code-quality').rule.label,
  },
  {
    question: 'tech lead vs principal engineer',
    path: `${routes.icTracks(track.slug)}#${anchors.icTrack(principalTrack.slug)}`,
    shows: principalTrack.title,
  },
  { question: 'L3 anti-signal in mentoring', path: `${routes.competency(track.slug, 'mentoring')}#l3-anti-signal` },
  { question: 'system design matrix', path: `${routes.competency(track.slug, 'system-design')}#${anchors.matrix()}` },
  { question: 'senior', path: routes.level(track.slug, seniorLevel.slug), shows: seniorLevel.tagline },
  { question: 'how is the score calculated', path: routes.selfAssessment(track.slug) },
];

// What differs under /ladder/: where the index loads from, and where results and answers link. Three former
// tests, each with a search page of its own: the searches and questions are now typed into one search page,
// and the anchors of every kind of answer (the last step, split from the questions' step) are opened last, as
// they leave it.
test('under the site base path: the index loads from it, results and every kind of answer link under it, and answers are followed @base-path', async ({
  page,
  baseURL,
}) => {
  await test.step('search loads its index from the site base path and links results under it', async () => {
    const base = basePath(baseURL);
    const fetched: string[] = [];
    const record = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname);
    page.on('requestfinished', record);
    await searchFor(page, 'postmortem');
    page.off('requestfinished', record);
    expect(await announcedCount(page)).toBeGreaterThan(0);
    const pagefindFiles = fetched.filter((path) => path.includes('pagefind'));
    expect(pagefindFiles.length).toBeGreaterThan(3);
    for (const path of pagefindFiles) expect(path.startsWith(`${base}pagefind/`)).toBe(true);
    for (const href of await results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href?.startsWith(`${base}software-engineer/`)).toBe(true);
    }
  });

  await test.step('every kind of answer links to a place that exists on the site', async () => {
    // The questions are asked one after another in one search page, as a reader does.
    for (const { question, path, shows } of answerPlaces) {
      await searchAgain(page, question);
      const link = answer(page).getByRole('link');
      await expect(link, question).toHaveAttribute('href', joinBase(basePath(baseURL), path));
      await expect(link, question).toBeVisible();
      if (shows) await expect(answer(page), question).toContainText(shows);
    }
    // Each place exists in the build the site serves: its page, and the element its anchor names.
    const site = builtSite(test.info());
    for (const { question, path } of answerPlaces) {
      expect(missingPlace(site.dir, site.base, joinBase(basePath(baseURL), path)), question).toBeUndefined();
    }
  });

  await test.step('"what does L3 need in code quality" answers with Code Quality at L3 and its target, and follows to it', async () => {
    const codeQuality = competency('code-quality');
    const l3 = codeQuality.levels.find((block) => block.level === 'L3')!;
    const target = codeQuality.targets.L3!;
    const title = `${codeQuality.shortName} at ${levelName('L3')}`;

    await searchAgain(page, 'what does L3 need in code quality');
    // The answer is announced with the result count, and readable without opening it.
    await expect(status(page)).toContainText(`Answer: ${title}.`);
    await expect(status(page)).toHaveText(/^More than \d+ results with some of the words/);
    await expect(answer(page).getByRole('heading', { name: title })).toBeVisible();
    await expect(answer(page)).toContainText(`Target ${target} · ${track.scaleLegend[target - 1]}`);
    await expect(answer(page)).toContainText(l3.summary);
    await expect(answer(page).getByRole('listitem').first()).toHaveText(l3.behaviours[0]!.text);
    // Results come from the meaningful words; that level of that competency ranks first.
    await expect(results(page).first()).toHaveAttribute('data-competency', codeQuality.name);
    await expect(results(page).first()).toHaveAttribute('data-level', 'L3');

    const link = answer(page).getByRole('link', { name: `Open ${codeQuality.shortName} at L3` });
    await expect(link).toHaveAttribute(
      'href',
      `${joinBase(basePath(baseURL), routes.competency(track.slug, codeQuality.slug))}#${anchors.competencyLevel('L3')}`,
    );
    await link.click();
    await expect(page.locator(':target')).toBeInViewport();
    await expect(page.locator(':target')).toHaveAttribute('id', anchors.competencyLevel('L3'));
  });

  await test.step('following every kind of answer’s anchor scrolls to it', async () => {
    // An anchor inside something folded away would not show.
    for (const { question, path } of answerPlaces.filter((expected) => expected.path.includes('#'))) {
      const href = new URL(joinBase(basePath(baseURL), path), baseURL).href;
      await page.goto(href);
      await expect(page, question).toHaveURL(href);
      await expect(page.locator(':target'), question).toBeInViewport();
    }
  });
});

// Questions, as engineers type them: the answer card above the results names the one place that answers
// the question, says enough to read without opening it, and links to the exact anchor. Each step was a test
// of its own; a step that follows an answer's link opens the search page again for the next one.
test('questions: answers for promotions, comparisons, anti-signals, track moves and misspelt words, reached by keyboard, with filters, accessible, and search without them', async ({
  page,
}) => {
  await test.step('misspelt and upper-case questions are understood, and a word that matches nothing gets a "did you mean"', async () => {
    const english = competency('english');
    await ask(page, 'WHAT DOES A JUNIOR NEED IN ENGLSH');
    await expect(
      answer(page).getByRole('heading', { name: `${english.shortName} at ${levelName('L1')}` }),
    ).toBeVisible();

    // A single misspelt word finds nothing; the suggestion comes from the index's own words.
    const mentions = track.competencies.flatMap((c) =>
      c.levels.flatMap((block) => [...block.behaviours, ...block.outputs]),
    );
    expect(mentions.some((item) => /observability/i.test(item.text))).toBe(true);
    await searchAgain(page, 'obervability');
    await expect(status(page)).toHaveText(/^No results for “obervability”/);
    const suggestion = page.getByRole('link', { name: 'observability' });
    await expect(page.getByText('Did you mean observability?')).toBeVisible();
    await suggestion.click();
    await expect(box(page)).toHaveValue('observability');
    await expect(status(page)).toHaveText(/^(More than )?\d+ results? for “observability”/);
    await expect(results(page).first().locator('mark')).toHaveText([/observability/i]);
  });

  // No filter chosen in the page, as when the search page was opened for this step.
  await test.step('a plain search shows no answer card, and the search page with filtered results and an answer passes axe in light and dark', async () => {
    await searchAgain(page, 'postmortem');
    await expect(answer(page)).toBeHidden();
    await page.getByText('Filter by competency, level or kind').click();
    await page.getByRole('group', { name: 'Level' }).getByRole('checkbox', { name: /^L3\b/ }).check();
    await expect(status(page)).toContainText('with the chosen filters');
    // A question asked with the filter still chosen: one page holds results, the open filters and the answer.
    await searchAgain(page, 'how is code quality scored');
    await expect(status(page)).toContainText('with the chosen filters');
    await expect(answer(page)).toContainText(competency('code-quality').rule.text);
    await expect(results(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  // The box still holds the last query and the filter chosen above: the filter is cleared and the words are
  // selected, so typing replaces them, as on an empty search page.
  await test.step('keyboard: from the box the arrows reach the answer first, then the results', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await settled(page);
    await box(page).selectText();
    await page.keyboard.type('L4 system design');
    await expect(status(page)).toContainText('“L4 system design”');
    await expect(status(page)).toContainText('Answer:');
    await settled(page);
    await page.keyboard.press('ArrowDown');
    await expect(answer(page).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first().getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(
        `${routes.competency(track.slug, competency('system-design').slug)}#${anchors.competencyLevel('L4')}$`,
      ),
    );
  });

  await test.step('"how do I become a senior engineer" answers with the promotion step into L3', async () => {
    const senior = track.levels.find((candidate) => /senior/i.test(candidate.title))!;
    const step = track.promotions.find((promotion) => promotion.to === senior.code)!;

    await ask(page, 'how do I become a senior engineer');
    await expect(status(page)).toContainText(`Answer: Promotion ${step.from} → ${step.to}.`);
    await expect(answer(page)).toContainText(step.summary);
    await expect(answer(page).getByRole('listitem').first()).toHaveText(step.demonstrate[0]!.text);
    await answer(page).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${routes.promotion(track.slug)}#${anchors.promotionStep(step.slug)}$`));
    await expect(page.locator(':target')).toBeInViewport();
  });

  await test.step('"tech lead vs solution architect" answers with the comparison of their levels', async () => {
    const techLead = track.levels.find((candidate) => candidate.title === 'Tech Lead')!;
    const architect = track.levels.find((candidate) => candidate.fullTitle === 'Solution Architect')!;

    await ask(page, 'tech lead vs solution architect');
    await expect(status(page)).toContainText(`Answer: ${techLead.code} compared with ${architect.code}.`);
    await expect(answer(page)).toContainText(techLead.tagline);
    await expect(answer(page)).toContainText(architect.tagline);
    await answer(page).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${routes.compare(track.slug, techLead.slug, architect.slug)}$`));
  });

  await test.step('"can I move from the management track to IC" answers with how to move between tracks', async () => {
    await ask(page, 'can I move from the management track to IC');
    await expect(answer(page).getByRole('heading', { name: track.labels.trackMoves })).toBeVisible();
    await expect(answer(page).getByRole('listitem')).toHaveText(track.trackMoves);
    await answer(page).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${routes.icTracks(track.slug)}#track-moves$`));
    await expect(page.locator(':target')).toHaveText(track.labels.trackMoves);
  });

  await test.step('"what counts as an anti-signal in mentoring" lists each level\'s anti-signal and leads to them; filters keep narrowing the results while the answer stays', async () => {
    const mentoring = competency('mentoring');
    await ask(page, 'what counts as an anti-signal in mentoring');
    await expect(status(page)).toContainText(`Answer: ${mentoring.shortName}: Anti-signal.`);
    await expect(answer(page).getByRole('listitem')).toHaveText(
      mentoring.levels.map((block) => `${block.level}: ${block.antiSignal.text}`),
    );

    // Filters keep narrowing the results while the answer stays.
    const all = await announcedCount(page);
    await page.getByText('Filter by competency, level or kind').click();
    await page.getByRole('group', { name: 'Level' }).getByRole('checkbox', { name: /^L2\b/ }).check();
    await settled(page);
    await expect(status(page)).toContainText('with the chosen filters');
    await expect(status(page)).toContainText(`Answer: ${competency('mentoring').shortName}: Anti-signal.`);
    await expect(answer(page)).toBeVisible();
    const atL2 = await announcedCount(page);
    expect(atL2).toBeGreaterThan(0);
    expect(atL2).toBeLessThanOrEqual(all);
    await expectEveryResultAtLevel(page, 'L2');

    // The answer leads to the anti-signals.
    await answer(page).getByRole('link').click();
    await expect(page.locator(':target')).toHaveAttribute('id', anchors.matrix());
    await expect(page.locator(':target')).toContainText(mentoring.levels[0]!.antiSignal.text);
  });

  // Last, as the route stays for the rest of the test. The search page loads afresh with those files blocked
  // (a routed page does not use the HTTP cache), which the count of blocked requests proves.
  await test.step('when the files that read questions cannot load, search still finds words', async () => {
    const blocked: string[] = [];
    await page.route(/\/search\/terms|question-tools/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await searchFor(page, 'postmortem');
    expect(blocked.length, 'requests for the question files, blocked').toBeGreaterThan(0);
    await expect(status(page)).toHaveText(/^\d+ results for “postmortem”/);
    expect(await announcedCount(page)).toBe(await results(page).count());
    await expect(answer(page)).toBeHidden();
  });
});
