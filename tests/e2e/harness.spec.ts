// Tests of the test helpers themselves: each helper must catch the problem it
// exists for, or every feature test that relies on it would pass vacuously.
import { test, expect } from './support/test.ts';
import { findAxeViolations, formatAxeViolations, expectNoAxeViolations } from './support/axe.ts';
import { recordExternalRequests } from './support/external-requests.ts';
import { expectNoScripts } from './support/no-scripts.ts';
import { requestedProjects } from './support/requested-projects.mjs';

test.describe('test harness helpers', () => {
  test('axe check names the rule, impact and target of a violation', async ({ page }) => {
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><button id="nameless"></button></main></html>',
    );
    const violations = await findAxeViolations(page);
    expect(violations.map((violation) => violation.id)).toContain('button-name');
    const message = formatAxeViolations(violations);
    expect(message).toContain('[critical] button-name');
    expect(message).toContain('#nameless');
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/button-name/);
  });

  test('external request guard records hosts other than the site', async ({ browser, baseURL }) => {
    // A separate context, so this deliberate external request does not trip
    // the automatic guard on the test's own context.
    const context = await browser.newContext({ baseURL });
    const recorder = recordExternalRequests(context, new URL(baseURL!).origin);
    const page = await context.newPage();
    await page.goto('./');
    await page.evaluate(() => fetch('http://external.invalid/tracker.js').catch(() => undefined));
    await page.evaluate(() => fetch('./').then((response) => response.status));
    expect(recorder.urls).toEqual(['http://external.invalid/tracker.js']);
    expect(() => recorder.expectNone()).toThrow(/external\.invalid/);
    await context.close();
  });

  test('zero-JavaScript check accepts data scripts and rejects code', async ({ page }) => {
    await page.setContent('<p>Plain reading page</p><script type="application/ld+json">{"@type":"Thing"}</script>');
    await expectNoScripts(page);
    await page.setContent('<p>Page with code</p><script>document.title = "x";</script>');
    await expect(expectNoScripts(page)).rejects.toThrow(/zero JavaScript/);
  });

  test('only the servers of the projects named on the command line are started', () => {
    const argv = (...args: string[]) => ['node', 'playwright', 'test', ...args];
    expect(requestedProjects(argv('tests/e2e/smoke.spec.ts', '--project', 'default'))).toEqual(['default']);
    expect(requestedProjects(argv('--project=base-path', '--project', 'default', '--workers=1'))).toEqual([
      'base-path',
      'default',
    ]);
    // Anything unclear starts every server.
    expect(requestedProjects(argv('tests/e2e/smoke.spec.ts'))).toBeNull();
    expect(requestedProjects(argv('--project', 'def*'))).toBeNull();
    expect(requestedProjects(argv('--project', 'default', 'tests/e2e/smoke.spec.ts'))).toBeNull();
  });
});
