// The `test` and `expect` every spec imports instead of '@playwright/test'.
// It adds an automatic guard: any request to a host other than the site's own
// origin, from any page in the test's browser context, fails the test. And it
// revokes the permissions a test granted: Playwright's reset of the reused
// context (`reuseContext` in playwright.config.ts) leaves them in place.
//
// Every worker fixture lives here, so that every spec's tests can run in the same Playwright workers: a
// spec whose `test` added a worker fixture of its own needed workers of its own, each starting Node and a
// browser again (about two CPU-seconds a worker).
import { test as base, expect } from '@playwright/test';
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

export { expect };
export { expectNoAxeViolations, findAxeViolations, formatAxeViolations } from './axe.ts';
export { expectNoScripts, collectPageScripts } from './no-scripts.ts';
export { recordExternalRequests, isExternalUrl } from './external-requests.ts';
