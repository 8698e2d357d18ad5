// `test` for specs that only read pages: every test in a worker reuses one browser tab instead of opening a
// new browser context and page. A new context's first page starts a Chromium renderer process, which costs
// about 2 CPU-seconds on the 2-core CI machines (process start is slow under their virtualisation), while
// navigating a tab that is already open costs about a fifth of that. Reading specs open ~90 pages, so this
// is about a minute and a half of a suite run.
//
// Each test still starts clean, as with a fresh page: the tab shows about:blank, its site storage is
// cleared, its viewport and emulated colour scheme are the test's options, and after the test its event
// listeners and routes are removed. The tab's context is the test's `context`, so the automatic "site
// origin only" guard of ./test.ts watches it as it does any other. Use it only where a test needs nothing else of a fresh context: no second
// tab, no `context` fixture, no init scripts, no permissions (those would outlive the test). Anything that
// does, imports `test` from ./test.ts.
import type { Page } from '@playwright/test';
import { expect, test as base } from './test.ts';

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

export const readingTest = base.extend<object, { sharedTabs: Map<string, Page> }>({
  // One tab per set of context options that a page cannot change later (JavaScript on or off).
  sharedTabs: [
    async ({}, use) => {
      const tabs = new Map<string, Page>();
      await use(tabs);
      await Promise.all([...tabs.values()].map((tab) => tab.context().close()));
    },
    { scope: 'worker' },
  ],
  context: async ({ browser, sharedTabs, baseURL, javaScriptEnabled }, use) => {
    const key = JSON.stringify({ baseURL, javaScriptEnabled });
    let tab = sharedTabs.get(key);
    if (!tab) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled });
      tab = await context.newPage();
      sharedTabs.set(key, tab);
    }
    await use(tab.context());
  },
  page: async ({ context, baseURL, viewport, colorScheme }, use) => {
    const [tab] = context.pages();
    if (!tab) throw new Error('the shared reading tab is gone: a test closed it');
    if (baseURL && tab.url().startsWith(new URL(baseURL).origin)) {
      await tab.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    await tab.goto('about:blank');
    await tab.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
    await tab.emulateMedia({ colorScheme: colorScheme ?? 'light', media: null });
    await use(tab);
    tab.removeAllListeners();
    await tab.unrouteAll();
    // A page the test opened itself would carry its state into the next test.
    expect(context.pages(), 'a reading test opened another tab: use `test` from ./test.ts').toEqual([tab]);
  },
});
