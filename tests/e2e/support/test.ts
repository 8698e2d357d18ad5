// The `test` and `expect` every spec imports instead of '@playwright/test'.
// It adds an automatic guard: any request to a host other than the site's own
// origin, from any page in the test's browser context, fails the test. And it
// revokes the permissions a test granted: Playwright's reset of the reused
// context (`reuseContext` in playwright.config.ts) leaves them in place. And it
// has `withoutJavaScript`, for the tests of what a reader gets with JavaScript off.
//
// Every worker fixture lives here, so that every spec's tests can run in the same Playwright workers: a
// spec whose `test` added a worker fixture of its own needed workers of its own, each starting Node and a
// browser again (about two CPU-seconds a worker).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { REPO_ROOT, baseUrlOf, siteBuildNamed } from '../../support/site-builds.mjs';
import { recordExternalRequests } from './external-requests.ts';
import { startHostServer, type HostServer } from './host-server.ts';

interface TestFixtures {
  siteOnlyRequests: void;
  permissionsRevoked: void;
  alsoAllowedOrigins: string[];
  /** `test.use({ withoutJavaScript: true })`: the test's page runs no script, as in a browser with JavaScript off. */
  withoutJavaScript: boolean;
}

interface WorkerFixtures {
  /** A "wiki" page on another origin that frames the embed (./host-server.ts), started when first used. */
  host: HostServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  host: [
    async ({}, use) => {
      const server = await startHostServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // Origins besides the site's that a spec's pages may request (a host page on another loopback origin).
  alsoAllowedOrigins: [[], { option: true }],
  withoutJavaScript: [false, { option: true }],
  // Playwright's own `javaScriptEnabled: false` is a context option: each time a worker went from a test with
  // JavaScript to one without, or back, it closed the reused context and made a new one (about 0.7
  // CPU-seconds each). This sends the DevTools command that option sends, to the test's page alone, and
  // takes it back when the test ends, so the context is reused.
  page: async ({ page, withoutJavaScript }, use) => {
    if (!withoutJavaScript) return use(page);
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
    await use(page);
    await devtools.send('Emulation.setScriptExecutionDisabled', { value: false });
    await devtools.detach();
  },
  siteOnlyRequests: [
    async ({ context, baseURL, alsoAllowedOrigins }, use) => {
      if (!baseURL) throw new Error('baseURL is not set: run tests through playwright.config.ts projects');
      const recorder = recordExternalRequests(context, new URL(baseURL).origin);
      await use();
      recorder.dispose();
      recorder.expectNone(alsoAllowedOrigins);
    },
    { auto: true },
  ],
  permissionsRevoked: [
    async ({ context }, use) => {
      await use();
      await context.clearPermissions();
    },
    { auto: true },
  ],
});

/**
 * Runs the calling spec file's tests against the named build of tests/support/site-builds.mjs (served by
 * playwright.config.ts) instead of the project's: its URL becomes their baseURL, which the external-request
 * guard reads too. Call it once, at the top of the file. The tests stay in the "default" project's workers:
 * a project of its own needed a worker of its own (Node and a browser, 2-3.5 CPU-seconds to start).
 */
export function runAgainstBuild(name: string) {
  const build = siteBuildNamed(name);
  test.use({ baseURL: baseUrlOf(build) });
  // Another baseURL means another browser context (it is not one of the options a reused context resets),
  // so the file's tests run in order in one worker, which makes that context once for them all.
  test.describe.configure({ mode: 'default' });
  test.beforeAll(() => {
    // playwright.config.ts serves no build that is missing (LADDER_E2E_SKIP_BUILD=1): say so, not "connection refused".
    const dir = join(REPO_ROOT, build.outDir);
    if (!existsSync(dir)) throw new Error(`${build.outDir}/ is missing: build it first (npm test builds every site)`);
  });
  return build;
}

export { expect };
export { expectNoAxeViolations, findAxeViolations, formatAxeViolations } from './axe.ts';
export { expectNoScripts, collectPageScripts } from './no-scripts.ts';
export { recordExternalRequests, isExternalUrl } from './external-requests.ts';
