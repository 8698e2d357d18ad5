#!/usr/bin/env node
/**
 * How the self-assessment page feels on a slow phone: serves a built site, opens the calculator in Chromium
 * with the CPU throttled 4× through the DevTools protocol (as Lighthouse's mobile preset does), and measures
 *
 * - loading: first contentful paint, when the island is ready (`.calc[data-loaded="true"]`), time to
 *   interactive (the end of the last long task before a quiet window, never before the island is ready) and
 *   total blocking time (the part of each long task over 50 ms, between first paint and interactive);
 * - the page's size: DOM elements once ready;
 * - a full assessment: one real pointer click on each dimension (41 for the seed ladder), each click's
 *   interaction latency from Event Timing (the longest pointerdown/pointerup/click entry with its
 *   interactionId: input delay + handlers + the next paint), the main thread's busy time per click (CDP's
 *   TaskDuration: scripts, style, layout and paint, including the benchmark's own small queries), every
 *   long task while rating, and those that start on a click (from the click to the frame after it; the
 *   others start while the benchmark scrolls to the next dimension, when a competency coming into view is
 *   laid out).
 *
 * Event Timing reports entries of 16 ms or more only; a click with no entry counts as 16 ms ("≤ 16").
 * Numbers move with the machine's load: run it on an idle machine, and use `--runs` for a median.
 *
 *   npx node scripts/bench-calculator.mjs [--dist dist] [--runs 3] [--rate 4] [--json]
 *
 * Or from another script:  import { measureCalculator } from './bench-calculator.mjs';
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { createStaticServer } from '../tests/support/static-server.mjs';

/** Lighthouse's mobile preset: a Moto G Power sized screen. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** No long task for this long after the island is ready: the page counts as interactive (Lighthouse: 5 s). */
const QUIET_MS = 3000;

const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Collects long tasks and Event Timing entries from the first moment of the page, in the page. */
function observePage() {
  const bench = { longTasks: [], events: [], readyAt: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.interactionId)
        bench.events.push({
          id: entry.interactionId,
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
        });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const watch = new MutationObserver(() => {
    if (document.querySelector('.calc[data-loaded="true"]')) {
      bench.readyAt = performance.now();
      watch.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    watch.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-loaded'] }),
  );
}

/** The self-assessment pages of a built site (one per track), relative to its root. */
export function calculatorPaths(distDir) {
  return readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((file) => /(^|\/)self-assessment\/index\.html$/.test(file))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

async function waitForQuiet(page, since) {
  // Polls the page's long-task list until none has ended within the last QUIET_MS.
  await page.waitForFunction(
    ({ since, quiet }) => {
      const last = Math.max(since, ...window.__bench.longTasks.map((task) => task.start + task.duration));
      return performance.now() - last >= quiet;
    },
    { since, quiet: QUIET_MS },
    { polling: 250, timeout: 120_000 },
  );
}

/** Seconds the page's main thread has spent on tasks so far (CDP Performance.getMetrics). */
async function mainThreadSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

async function measureOnce(browser, url, rate) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await page.addInitScript(observePage);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url);
    await page.locator('.calc[data-loaded="true"]').waitFor({ timeout: 120_000 });
    const readyAt = await page.evaluate(() => window.__bench.readyAt ?? performance.now());
    await waitForQuiet(page, readyAt);
    const load = await page.evaluate((readyAt) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const tasks = window.__bench.longTasks;
      const interactive = Math.max(readyAt, fcp, ...tasks.map((task) => task.start + task.duration));
      const blocking = tasks
        .filter((task) => task.start >= fcp && task.start < interactive)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      return {
        firstContentfulPaint: fcp,
        ready: readyAt,
        timeToInteractive: interactive,
        totalBlockingTime: blocking,
        longTasks: tasks.length,
        domElements: document.getElementsByTagName('*').length,
      };
    }, readyAt);

    // A full assessment: each dimension's third level, one real click each, waiting for its paint.
    const count = await page.evaluate(() => document.querySelectorAll('.calc-dim').length);
    // Main-thread busy time (scripts, style, layout, paint), less sensitive than latency to a loaded machine.
    await cdp.send('Performance.enable');
    const busyBefore = await mainThreadSeconds(cdp);
    const startedAt = await page.evaluate(() => performance.now());
    /** Each click's stretch of time, from the click to the frame after it: a long task that starts there is the click's. */
    const clickWindows = [];
    for (let index = 0; index < count; index++) {
      // Native DOM calls find and scroll to the option: a Playwright locator would query the page in
      // JavaScript, and its long tasks would be counted as the page's.
      // Off-screen competencies are laid out when scrolled to: read the position a frame later.
      const box = await page.evaluate(async (index) => {
        const label = document.querySelectorAll('.calc-dim')[index].querySelectorAll('label')[2];
        label.scrollIntoView({ block: 'center' });
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        label.scrollIntoView({ block: 'center' });
        const { x, y, width, height } = label.getBoundingClientRect();
        return { x, y, width, height, at: performance.now() };
      }, index);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // The click's own work is done once the option is checked and the next frame painted.
      await page.waitForFunction(
        (index) =>
          document.querySelectorAll('.calc-dim')[index].querySelectorAll('input')[2].checked &&
          new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(true)))),
        index,
        { timeout: 60_000 },
      );
      clickWindows.push([box.at, await page.evaluate(() => performance.now())]);
    }
    const busy = (await mainThreadSeconds(cdp)) - busyBefore;
    await waitForQuiet(page, startedAt);
    const clicks = await page.evaluate(
      ({ startedAt, count, clickWindows }) => {
        const byInteraction = new Map();
        for (const event of window.__bench.events) {
          if (event.start < startedAt || !['pointerdown', 'pointerup', 'click'].includes(event.name)) continue;
          byInteraction.set(event.id, Math.max(byInteraction.get(event.id) ?? 0, event.duration));
        }
        const latencies = [...byInteraction.values()];
        // Clicks without an entry took under 16 ms.
        while (latencies.length < count) latencies.push(16);
        const tasks = window.__bench.longTasks.filter((task) => task.start >= startedAt);
        // The rest start while the benchmark scrolls to the next dimension (a competency coming into view is
        // laid out then, content-visibility) or after the last click.
        const onClick = tasks.filter((task) =>
          clickWindows.some(([from, to]) => task.start >= from && task.start <= to),
        );
        return {
          clicks: count,
          latencies,
          longTasks: tasks.length,
          longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
          clickLongTasks: onClick.length,
          clickLongestTask: Math.max(0, ...onClick.map((task) => task.duration)),
          blockingTime: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
          rated: document.querySelectorAll('.calc-dim input:checked').length,
        };
      },
      { startedAt, count, clickWindows },
    );
    if (clicks.rated !== count) throw new Error(`rated ${clicks.rated} of ${count} dimensions`);
    return { load, clicks: { ...clicks, busyPerClick: (busy * 1000) / count } };
  } finally {
    await context.close();
  }
}

/**
 * Measures the first self-assessment page of `distDir` (built at the root) `runs` times; returns the median
 * of each figure (milliseconds, rounded) and every run.
 */
export async function measureCalculator({ distDir = 'dist', runs = 3, rate = 4 } = {}) {
  const root = resolve(distDir);
  const path = calculatorPaths(root)[0];
  if (!path) return null;
  const server = createStaticServer({ root, base: '/' });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}/${path}`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const all = [];
    for (let run = 0; run < runs; run++) all.push(await measureOnce(browser, url, rate));
    const pick = (get) => Math.round(median(all.map(get)));
    const latencies = all.flatMap((run) => run.clicks.latencies);
    return {
      page: path,
      cpuSlowdown: rate,
      runs,
      firstContentfulPaint: pick((r) => r.load.firstContentfulPaint),
      timeToInteractive: pick((r) => r.load.timeToInteractive),
      totalBlockingTime: pick((r) => r.load.totalBlockingTime),
      domElements: pick((r) => r.load.domElements),
      clicks: all[0].clicks.clicks,
      clickMedian: Math.round(median(latencies)),
      clickMax: Math.round(Math.max(...latencies)),
      clickBusy: pick((r) => r.clicks.busyPerClick),
      clickLongTasks: pick((r) => r.clicks.longTasks),
      clickLongestTask: pick((r) => r.clicks.longestTask),
      onClickLongTasks: pick((r) => r.clicks.clickLongTasks),
      onClickLongestTask: pick((r) => r.clicks.clickLongestTask),
      clickBlockingTime: pick((r) => r.clicks.blockingTime),
      all,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The figures as table rows: [label, value]. */
export function calculatorRows(result) {
  if (!result) return [];
  const ms = (value) => `${value} ms`;
  return [
    ['first contentful paint', ms(result.firstContentfulPaint)],
    ['time to interactive', ms(result.timeToInteractive)],
    ['total blocking time (load)', ms(result.totalBlockingTime)],
    ['DOM elements', String(result.domElements)],
    [`click interaction, median of ${result.clicks * result.runs}`, ms(result.clickMedian)],
    ['click interaction, slowest', ms(result.clickMax)],
    ['main-thread work per click', ms(result.clickBusy)],
    [`long tasks in ${result.clicks} clicks`, String(result.clickLongTasks)],
    ['longest task while rating', ms(result.clickLongestTask)],
    ['long tasks on a click (click to paint)', String(result.onClickLongTasks)],
    ['longest task on a click', ms(result.onClickLongestTask)],
    ['blocking time while rating', ms(result.clickBlockingTime)],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '3' },
      rate: { type: 'string', default: '4' },
      json: { type: 'boolean', default: false },
    },
  });
  const result = await measureCalculator({
    distDir: join(values.dist),
    runs: Number(values.runs),
    rate: Number(values.rate),
  });
  if (!result) {
    console.error(`no self-assessment page in ${values.dist}`);
    process.exit(1);
  }
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`Calculator (${result.page}) at ${result.cpuSlowdown}× CPU, median of ${result.runs} run(s):`);
    for (const [label, value] of calculatorRows(result)) console.log(`  ${label.padEnd(36)} ${value}`);
  }
}
