// Helpers for the embed's browser tests: a "wiki" host page served from a second loopback origin, and
// rating inside the embed (a page or an iframe) through its form.
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { clickEach, model } from './calculator-support';
import { test as base } from './support/test.ts';

export { PLACEHOLDER_HEIGHT, RESIZE_ONLY_HOST } from './support/host-server.ts';

export const EMBED_PATH = `${model.track.id}/embed/`;

/** A message the host page received, as it recorded it. */
export interface ReceivedMessage {
  origin: string;
  data: { type?: string; height?: number; [key: string]: unknown };
}

/** Every message the host page has received so far (it records them in window.__messages). */
export const receivedMessages = (page: Page): Promise<ReceivedMessage[]> =>
  page.evaluate(() => (window as unknown as { __messages: ReceivedMessage[] }).__messages);

type Root = Page | FrameLocator;

/** Waits until the embedded calculator has read its parameters and state. */
export async function calculatorLoaded(root: Root): Promise<void> {
  await expect(root.locator('.calc[data-loaded="true"]')).toBeVisible();
}

/**
 * Rates every dimension of every shown competency at `level`, and the competencies in `overrides` at
 * their own level (every dimension alike). How each option is picked:
 * - 'click' (the default, for tests where rating is the set-up): clickEach(), one round trip per competency
 *   (a check() per option took 5-8 s a profile).
 * - 'pointer': Playwright's check() on each option, as a person with a mouse would.
 * - 'keyboard': Space on each option. Inside a frame that a host page keeps resizing, a pointer click can
 *   land where the option was a moment ago.
 */
export async function rateProfile(
  root: Root,
  level: number,
  overrides: Record<string, number> = {},
  how: 'click' | 'pointer' | 'keyboard' = 'click',
): Promise<void> {
  const sections = root.locator('section.calc-comp');
  const count = await sections.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const section = sections.nth(index);
    const value = overrides[(await section.getAttribute('data-competency')) ?? ''] ?? level;
    const options = section.locator(`.calc-dim input[type="radio"][value="${value}"]`);
    const total = await options.count();
    expect(total).toBeGreaterThan(0);
    if (how === 'click') {
      await clickEach(options);
    } else {
      for (let i = 0; i < total; i++) {
        // press() focuses the option first; Space picks a radio button.
        if (how === 'pointer') await options.nth(i).check();
        else await options.nth(i).press('Space');
      }
    }
    await expect(section.locator(`.calc-dim input[value="${value}"]:checked`)).toHaveCount(total);
  }
}

/**
 * How the frame fits what it shows: its box height, the height of the embed's content (its body), and
 * whether the frame's document scrolls inside (an inner scrollbar) either way.
 */
export async function frameFit(page: Page, frameSelector = '#calculator') {
  const frameHeight = await page.locator(frameSelector).evaluate((el) => Math.round(el.getBoundingClientRect().height));
  const inside = await page
    .frameLocator(frameSelector)
    .locator('html')
    .evaluate((html) => ({
      contentHeight: Math.ceil(document.body.getBoundingClientRect().height),
      scrollsDown: html.scrollHeight > html.clientHeight,
      scrollsSideways: html.scrollWidth > html.clientWidth,
    }));
  return { frameHeight, ...inside };
}

/** Waits until the frame is exactly as tall as its content, with nothing scrolling inside it. */
export async function expectFrameFitsContent(page: Page, frameSelector = '#calculator'): Promise<void> {
  await expect
    .poll(async () => {
      const fit = await frameFit(page, frameSelector);
      return fit.frameHeight === fit.contentHeight && !fit.scrollsDown && !fit.scrollsSideways ? 'fits' : fit;
    })
    .toBe('fits');
}

/**
 * What inside the frame does not fit its width (outermost offenders only, as `tag.class "text"`): empty
 * lists when every part fits.
 */
export interface FrameWidthReport {
  /** Parts reaching past the frame's left or right edge: cut off for the reader, whatever the calculator does. */
  pastTheEdge: string[];
  /** Boxes whose content is wider than they are (a table scrolled or clipped sideways). */
  squeezed: string[];
  /** Chart labels outside their chart, where the chart cuts them. */
  cutLabels: string[];
}

export async function frameWidthReport(page: Page, frameSelector = '#calculator'): Promise<FrameWidthReport> {
  return page
    .frameLocator(frameSelector)
    .locator('body')
    .evaluate((body) => {
      const width = document.documentElement.clientWidth;
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      const report = { pastTheEdge: [] as string[], squeezed: [] as string[], cutLabels: [] as string[] };
      const reported: Element[] = [];
      for (const el of body.querySelectorAll('*')) {
        if (reported.some((outer) => outer.contains(el))) continue;
        if (el.closest('.calc-visually-hidden, .visually-hidden')) continue; // for screen readers only
        if (!el.checkVisibility({ visibilityProperty: true })) continue; // a closed menu's items, a hidden tab
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        // A box clipped to 1 px is text for screen readers only, not a squeezed part.
        const clips = el instanceof HTMLElement && el.clientWidth > 1 && getComputedStyle(el).overflowX !== 'visible';
        if (clips && el.scrollWidth > el.clientWidth + 1) {
          report.squeezed.push(`${name(el)} holds ${el.scrollWidth} px in ${el.clientWidth} px`);
          reported.push(el);
        } else if (rect.right > width + 1 || rect.left < -1) {
          report.pastTheEdge.push(
            `${name(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} of ${width} px`,
          );
          reported.push(el);
        }
      }
      for (const svg of body.querySelectorAll('svg')) {
        const box = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          const rect = text.getBoundingClientRect();
          if (rect.left < box.left - 1 || rect.right > box.right + 1)
            report.cutLabels.push(`${name(text)} at ${Math.round(box.width)} px`);
        }
      }
      return report;
    });
}

/**
 * `test` for specs with a host page: the host's two origins are added to what the automatic "site origin
 * only" guard allows, so a request anywhere else is still a failure. (The host server itself is a worker
 * fixture of every spec's `test`, ./support/test.ts, so these specs share workers with the others.)
 */
export const testWithHost = base.extend({
  alsoAllowedOrigins: async ({ host }, use) => use([host.origin, host.crossSiteOrigin]),
});

/**
 * Where the result bar's score is on the host page's screen: 'on screen', or its box and the screen's
 * height for a readable failure. Playwright measures a framed element in the host page's viewport.
 */
export async function scoreOnScreen(
  page: Page,
  frameSelector = '#calculator',
): Promise<'on screen' | { top?: number; bottom?: number; screen: number }> {
  const box = await page.frameLocator(frameSelector).locator('.calc-result .calc-figure').first().boundingBox();
  const screen = await page.evaluate(() => window.innerHeight);
  if (box && box.y >= 0 && box.y + box.height <= screen) return 'on screen';
  return { ...(box ? { top: Math.round(box.y), bottom: Math.round(box.y + box.height) } : {}), screen };
}

/**
 * Scrolls the host page, three quarters of a screen at a time (so every part of the page passes through
 * the screen), through every position where the frame fills at least half the screen (on a wiki page, the
 * frame is one part of a longer page), and expects the score on screen at each stop: the host script's view
 * message makes the round trip after each scroll.
 */
export async function expectScoreOnScreenWhileScrolling(page: Page, frameSelector = '#calculator'): Promise<void> {
  const { screen, end, frameTop, frameBottom } = await page.locator(frameSelector).evaluate((frame) => {
    const box = frame.getBoundingClientRect();
    return {
      screen: window.innerHeight,
      end: document.documentElement.scrollHeight - window.innerHeight,
      frameTop: box.top + window.scrollY,
      frameBottom: box.bottom + window.scrollY,
    };
  });
  const first = Math.max(0, Math.round(frameTop - screen / 2));
  const last = Math.min(end, Math.round(frameBottom - screen / 2));
  expect(last - first, 'the frame is taller than the screen').toBeGreaterThan(screen);
  const step = Math.round((screen * 3) / 4);
  for (let y = first; y < last + step; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), Math.min(y, last));
    await expect.poll(() => scoreOnScreen(page, frameSelector), { message: `scrolled to ${y}` }).toBe('on screen');
  }
}
