// Browser tests: every spec in tests/e2e runs against two static builds of the
// site, each served by tests/e2e/support/static-server.mjs on a loopback port:
//
//   project "default"   -> dist/       served at http://127.0.0.1:<port>/
//   project "base-path" -> dist-base/  served at http://127.0.0.1:<port+1>/ladder/
//
// except multi-track.spec.ts, which runs only in a third project against a site
// with a second track added as content (tests/fixtures/mini-ladder/):
//
//   project "multi-track" -> dist-multi/  served at http://127.0.0.1:<port+2>/
//
// Use relative URLs in tests (page.goto('./'), page.goto('levels/')) so they
// resolve under /ladder/ in the base-path project; page.goto('/') would escape it.
//
// Running a test in one project only (use sparingly, tags go in the title or
// in `test('name', { tag: '@once' }, ...)`):
//   @once       runs only in "default" (e.g. tests whose result cannot depend on the base path)
//   @base-path  runs only in "base-path" (e.g. checks that links keep the /ladder/ prefix)
//
// `npx playwright test` builds every variant first; scripts/test-all.mjs builds
// them itself and sets LADDER_E2E_SKIP_BUILD=1 so they are not built twice.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser.ts';
import { SITE_BUILDS, baseUrlOf, buildCommandOf } from './tests/e2e/support/site-builds.mjs';

const inCi = Boolean(process.env.CI);
const skipBuild = process.env.LADDER_E2E_SKIP_BUILD === '1';
// Run the static server with the same (pinned) Node that runs Playwright.
const node = JSON.stringify(process.execPath);

const MULTI_TRACK_SPEC = /multi-track\.spec\.ts$/;
const projectFilters: Record<string, { grepInvert?: RegExp; testMatch?: RegExp; testIgnore?: RegExp }> = {
  default: { grepInvert: /@base-path\b/, testIgnore: MULTI_TRACK_SPEC },
  'base-path': { grepInvert: /@once\b/, testIgnore: MULTI_TRACK_SPEC },
  'multi-track': { testMatch: MULTI_TRACK_SPEC },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: inCi,
  // Honest results: a test that needs a retry to pass is a failing test.
  retries: 0,
  reporter: inCi ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: SITE_BUILDS.map((build) => ({
    name: build.project,
    ...projectFilters[build.project],
    use: { baseURL: baseUrlOf(build) },
  })),
  webServer: SITE_BUILDS.map((build) => {
    const serve = `${node} tests/e2e/support/static-server.mjs --root ${build.outDir} --base ${build.base} --port ${build.port}`;
    return {
      command: skipBuild ? serve : `${buildCommandOf(build)} && ${serve}`,
      env: { ...build.env },
      url: baseUrlOf(build),
      // Never reuse a server we did not start: it could be serving another checkout.
      reuseExistingServer: false,
      timeout: skipBuild ? 30_000 : 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    };
  }),
});
