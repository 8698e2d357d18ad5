// Browser tests run against static builds of the site, each served by
// tests/support/static-server.mjs on a loopback port:
//
//   project "default"     -> dist/        at http://127.0.0.1:<port>/          every spec except multi-track
//   project "base-path"   -> dist-base/   at http://127.0.0.1:<port+1>/ladder/ only tests tagged @base-path
//   project "multi-track" -> dist-multi/  at http://127.0.0.1:<port+2>/        only multi-track.spec.ts
//   project "versions"    -> dist-versions/ at http://127.0.0.1:<port+3>/      only versions.spec.ts
//   project "versions-next" -> dist-versions-next/ at <port+4>/  only carry-over-builds.spec.ts (it also reads
//                              dist-versions/, the build of the release before)
//
// Every test runs once, in "default". Tag a test @base-path when what it checks
// differs under a sub-path (links, asset, search and embed URLs): it then runs a
// second time, against the /ladder/ build. Use relative URLs (page.goto('./'),
// page.goto('levels/')) so tests resolve under /ladder/; page.goto('/') escapes it.
//   test('search loads its index from the site', { tag: '@base-path' }, async ({ page }) => { ... })
//
// `npx playwright test` builds the variants it serves first; scripts/test-all.mjs
// builds them itself and sets LADDER_E2E_SKIP_BUILD=1 so they are not built twice.
// Only the servers of the projects named with --project are started, so
// `LADDER_E2E_SKIP_BUILD=1 npx playwright test --project default` needs dist/ only.
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';
import { SITE_BUILDS, baseUrlOf, buildCommandOf } from './tests/support/site-builds.mjs';
import { requestedProjects } from './tests/e2e/support/requested-projects.mjs';

const inCi = Boolean(process.env.CI);
const skipBuild = process.env.LADDER_E2E_SKIP_BUILD === '1';
// Run the static server with the same (pinned) Node that runs Playwright.
const node = JSON.stringify(process.execPath);

// Tests are independent (each starts from a clean browser context, see `reuseContext` below), so they run
// in parallel. Playwright's default is half the cores, one worker on a 2-core machine; two workers keep both
// cores busy while one waits on the browser. LADDER_E2E_WORKERS overrides (e.g. 1 to debug).
const workers = Number(process.env.LADDER_E2E_WORKERS) || Math.max(2, availableParallelism());

const MULTI_TRACK_SPEC = /multi-track\.spec\.ts$/;
const VERSIONS_SPEC = /versions\.spec\.ts$/;
const CARRY_OVER_BUILDS_SPEC = /carry-over-builds\.spec\.ts$/;
const ownBuildSpecs = [MULTI_TRACK_SPEC, VERSIONS_SPEC, CARRY_OVER_BUILDS_SPEC];
// The projects with a build of their own have a handful of tests each: one worker apiece. Starting a second
// worker for them cost more (Node, the spec's imports, a browser) than running their tests side by side
// saved; the other worker meanwhile runs another project's tests.
type ProjectFilter = { grep?: RegExp; testMatch?: RegExp; testIgnore?: RegExp[]; workers?: number };
const projectFilters: Record<string, ProjectFilter> = {
  default: { testIgnore: ownBuildSpecs },
  'base-path': { grep: /@base-path\b/, testIgnore: ownBuildSpecs },
  'multi-track': { testMatch: MULTI_TRACK_SPEC, workers: 1 },
  versions: { testMatch: VERSIONS_SPEC, workers: 1 },
  'versions-next': { testMatch: CARRY_OVER_BUILDS_SPEC, workers: 1 },
};

const projects = requestedProjects(process.argv);
const servedBuilds = SITE_BUILDS.filter((build) => !projects || projects.includes(build.project));

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
  projects: SITE_BUILDS.map((build) => ({
    name: build.project,
    ...projectFilters[build.project],
    use: { baseURL: baseUrlOf(build) },
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
