// Reading pages ship zero JavaScript: no executable <script> element (inline or
// external), no module preloads, and no script fetched while loading the page.
import { expect, type Page } from '@playwright/test';

// <script type="..."> values that hold data, not code.
const DATA_SCRIPT_TYPES = ['application/json', 'application/ld+json', 'importmap', 'speculationrules'];

export interface PageScripts {
  /** Executable <script> elements: their src, or "inline: <first characters>". */
  scriptElements: string[];
  /** <link rel="modulepreload"> hrefs (Astro emits these for islands). */
  modulePreloads: string[];
  /** Script resources the browser fetched (Resource Timing), e.g. Pagefind's JS. */
  scriptResources: string[];
}

/** Collect every trace of JavaScript on the current page. */
export async function collectPageScripts(page: Page): Promise<PageScripts> {
  return page.evaluate((dataTypes) => {
    const isCode = (script: HTMLScriptElement): boolean => {
      const type = script.type.trim().toLowerCase();
      return !dataTypes.includes(type);
    };
    const scriptElements = [...document.querySelectorAll('script')]
      .filter(isCode)
      .map((script) => script.src || `inline: ${script.textContent?.trim().slice(0, 80) ?? ''}`);
    const modulePreloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="modulepreload"]')].map(
      (link) => link.href,
    );
    const scriptResources = performance
      .getEntriesByType('resource')
      .filter((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return timing.initiatorType === 'script' || /\.m?js(\?|#|$)/.test(new URL(timing.name).pathname);
      })
      .map((entry) => entry.name);
    return { scriptElements, modulePreloads, scriptResources };
  }, DATA_SCRIPT_TYPES);
}

/** Assert the current page carries and loaded no JavaScript of its own. */
export async function expectNoScripts(page: Page): Promise<void> {
  const scripts = await collectPageScripts(page);
  expect(scripts, `${page.url()} should ship zero JavaScript`).toEqual({
    scriptElements: [],
    modulePreloads: [],
    scriptResources: [],
  });
}
