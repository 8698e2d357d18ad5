// The `test` and `expect` every spec imports instead of '@playwright/test'.
// It adds an automatic guard: any request to a host other than the site's own
// origin, from any page in the test's browser context, fails the test. And it
// revokes the permissions a test granted: Playwright's reset of the reused
// context (`reuseContext` in playwright.config.ts) leaves them in place.
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
