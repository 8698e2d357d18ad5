// Browser tests run against static builds of the site (tests/support/site-builds.mjs), each served by
// tests/support/static-server.mjs on a loopback port. Two of them are Playwright projects:
//
//   project "default"   -> dist/      at http://127.0.0.1:<port>/          every test
//   project "base-path" -> dist-base/ at http://127.0.0.1:<port+1>/ladder/ only tests tagged @base-path
//
// The others belong to a few specs, which run in the "default" project's workers against their own build:
// `runAgainstBuild(name)` (./tests/e2e/support/test.ts) sets their baseURL. A project of their own needed a
// worker of its own, Node and a browser, 2-3.5 CPU-seconds each.
//
//   "multi-track"   -> dist-multi/         at <port+2>/  multi-track.spec.ts
//   "versions"      -> dist-versions/      at <port+3>/  versions.spec.ts and carry-over-releases.spec.ts
//   "versions-next" -> dist-versions-next/ at <port+4>/  carry-over-builds.spec.ts (it also reads
//                                                         dist-versions/, the build of the release before)
//
// Every test runs once, in "default". Tag a test @base-path when what it checks
// differs under a sub-path (links, asset, search and embed URLs): it then runs a
// second time, against the /ladder/ build. Use relative URLs (page.goto('./'),
// page.goto('levels/')) so tests resolve under /ladder/; page.goto('/') escapes it.
//   test('search loads its index from the site', { tag: '@base-path' }, async ({ page }) => { ... })
//
// `npx playwright test` builds the variants it serves first; scripts/test-all.mjs
// builds them itself and sets LADDER_E2E_SKIP_BUILD=1 so they are not built twice.
// Only the servers of the projects named with --project are started, and with LADDER_E2E_SKIP_BUILD=1 only
// those of the specs' builds that exist (see servedBuilds), so `npm run test:quick` and
// `LADDER_E2E_SKIP_BUILD=1 npx playwright test --project default tests/e2e/smoke.spec.ts` need dist/ only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';
import { REPO_ROOT, SITE_BUILDS, baseUrlOf, buildCommandOf, siteBuildNamed } from './tests/support/site-builds.mjs';
import { requestedProjects } from './tests/e2e/support/requested-projects.mjs';

const inCi = Boolean(process.env.CI);
const skipBuild = process.env.LADDER_E2E_SKIP_BUILD === '1';
// Run the static server with the same (pinned) Node that runs Playwright.
const node = JSON.stringify(process.execPath);

// Tests are independent (each starts from a clean browser context, see `reuseContext` below), so they run
// in parallel. Playwright's default is half the cores, one worker on a 2-core machine; two workers keep both
// cores busy while one waits on the browser. LADDER_E2E_WORKERS overrides (e.g. 1 to debug).
const workers = Number(process.env.LADDER_E2E_WORKERS) || Math.max(2, availableParallelism());

// In the order workers take them: "base-path" first, so that its one worker runs beside a "default" one and
// then joins "default". Last, it would run alone at the end while the other core idles.
const projectSettings: { name: string; grep?: RegExp; workers?: number }[] = [
  // A handful of tests: one worker runs them all, so the run starts one worker (Node, a browser) fewer.
  { name: 'base-path', grep: /@base-path\b/, workers: 1 },
  { name: 'default' },
];

// A project's build is served when the project runs (named with --project, or none named); the specs' own
// builds when "default" runs. With LADDER_E2E_SKIP_BUILD=1 a spec's build is served only if it exists: which
// specs the command line selects is not known here, and `npm run test:quick` builds dist/ alone. A selected
// spec whose build is missing fails saying so (runAgainstBuild).
const projects = requestedProjects(process.argv);
const servedBuilds = SITE_BUILDS.filter((build) => {
  if (projects && !projects.includes(build.project ? build.name : 'default')) return false;
  return build.project || !skipBuild || existsSync(join(REPO_ROOT, build.outDir));
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers,
  forbidOnly: inCi,
  // One retry tells a flaky test from a broken one; scripts/test-all.mjs counts both as failures.
  retries: 1,
  // Sized for a loaded 2-core machine: a test waits on states (never on time), so these limits only bound
  // how long a broken test takes to fail. A test may take 3 minutes (the calculator's share-link test, which
  // rates three full profiles, took 10-15 s on a quiet machine and over 2 minutes at load average 30); one
  // expectation may wait 20 s.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: inCi ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    // A trace of the retry of a failed test (its first run's error is in the report). Recording a trace for
    // every test and dropping it on success cost about 30% of the suite's time.
    trace: 'on-first-retry',
    // Each worker keeps one browser context and tab, and Playwright resets it between tests: other tabs closed,
    // cookies, storage and caches of every visited origin cleared, routes, init scripts and bindings removed,
    // viewport and colour scheme set again (permissions: ./tests/e2e/support/test.ts). A new context's first
    // page starts a Chromium renderer process, about 2 CPU-seconds on the 2-core CI machines, against a few
    // hundred milliseconds for the reset. A test that needs another browser opens one with browser.newContext().
    reuseContext: true,
  },
  projects: projectSettings.map((settings) => ({
    ...settings,
    use: { baseURL: baseUrlOf(siteBuildNamed(settings.name)) },
  })),
  webServer: servedBuilds.map((build) => {
    const serve = `${node} tests/support/static-server.mjs --root ${build.outDir} --base ${build.base} --port ${build.port}`;
    return {
      command: skipBuild ? serve : `${buildCommandOf(build)} && ${serve}`,
      env: { ...build.env },
      url: baseUrlOf(build),
      // Never reuse a server we did not start: it could be serving another checkout.
      reuseExistingServer: false,
      timeout: skipBuild ? 60_000 : 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    };
  }),
});
