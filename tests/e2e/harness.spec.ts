// Tests of the test helpers themselves: each helper must catch the problem it
// exists for, or every feature test that relies on it would pass vacuously.
import { test, expect } from './support/test.ts';
import { REPO_ROOT } from '../support/site-builds.mjs';
import { findAxeViolations, formatAxeViolations, expectNoAxeViolations } from './support/axe.ts';
import { recordExternalRequests } from './support/external-requests.ts';
import { expectNoScripts } from './support/no-scripts.ts';
import { requestedProjects } from './support/requested-projects.mjs';
import { summariseReport } from '../../scripts/playwright-report.mjs';

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

  test('the summary names each failed, flaky and skipped test with its project, file:line and title', () => {
    const run = (status: string, message?: string) => ({
      status,
      duration: 10,
      error: message ? { message } : undefined,
      errorLocation: message ? { file: `${REPO_ROOT}tests/e2e/a.spec.ts`, line: 9, column: 1 } : undefined,
    });
    const report = {
      config: { rootDir: `${REPO_ROOT}tests/e2e` },
      stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 1 },
      errors: [{ message: 'Error: webServer exited early' }],
      suites: [
        {
          title: 'a.spec.ts',
          file: 'a.spec.ts',
          specs: [
            {
              title: 'passes',
              file: 'a.spec.ts',
              line: 3,
              tests: [{ projectName: 'default', status: 'expected', results: [run('passed')] }],
            },
            {
              title: 'skips',
              file: 'a.spec.ts',
              line: 4,
              tests: [{ projectName: 'default', status: 'skipped', results: [run('skipped')] }],
            },
          ],
          suites: [
            {
              title: 'group',
              file: 'a.spec.ts',
              specs: [
                {
                  title: 'breaks',
                  file: 'a.spec.ts',
                  line: 8,
                  tests: [
                    {
                      projectName: 'base-path',
                      status: 'unexpected',
                      results: [run('failed', '\u001b[31mError: boom\u001b[39m\nmore'), run('failed', 'Error: boom')],
                    },
                    {
                      projectName: 'default',
                      status: 'flaky',
                      results: [run('timedOut', 'Test timeout of 120000ms exceeded.'), run('passed')],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(summariseReport(report)).toEqual({
      passed: 1,
      failed: 3,
      problems: [
        '[default] tests/e2e/a.spec.ts:4 › skips — skipped (not allowed)',
        '[base-path] tests/e2e/a.spec.ts:8 › group › breaks — failed: Error: boom (at tests/e2e/a.spec.ts:9)',
        '[default] tests/e2e/a.spec.ts:8 › group › breaks — flaky: failed, then passed on retry: Test timeout of 120000ms exceeded. (at tests/e2e/a.spec.ts:9)',
        '[playwright] Error: webServer exited early',
      ],
    });
  });
});

// Each worker reuses one browser context (`reuseContext` in playwright.config.ts). These two run in order in
// one worker: the first leaves state behind, the second must not see it.
test.describe('a reused browser context', () => {
  test.describe.configure({ mode: 'serial' });
  const clipboard = 'clipboard-read' as PermissionName;

  test('a test leaves storage, a cookie and a permission behind', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read'], { origin: new URL(baseURL!).origin });
    await page.goto('./');
    await page.evaluate(() => {
      localStorage.setItem('left-behind', '1');
      sessionStorage.setItem('left-behind', '1');
      window.name = 'left-behind';
      document.cookie = 'left-behind=1; path=/';
    });
    expect(await page.evaluate((name) => navigator.permissions.query({ name }).then((p) => p.state), clipboard)).toBe(
      'granted',
    );
  });

  test('the next test in that worker starts without them', async ({ page, context }) => {
    await page.goto('./');
    // window.name survives Playwright's reset: proof that this is the same tab, so the checks below are not
    // passing on a fresh context.
    expect(await page.evaluate(() => window.name), 'the tab was not reused').toBe('left-behind');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await context.cookies()).toEqual([]);
    expect(
      await page.evaluate((name) => navigator.permissions.query({ name }).then((p) => p.state), clipboard),
    ).not.toBe('granted');
  });
});

test.describe('withoutJavaScript', () => {
  test.describe.configure({ mode: 'serial' });
  const saysWhetherScriptsRun =
    '<p id="said">scripts off</p><script>document.getElementById("said").textContent = "scripts on"</script>';

  test.describe('on', () => {
    test.use({ withoutJavaScript: true });

    test("the page's scripts do not run, across a navigation too", async ({ page }) => {
      await page.setContent(saysWhetherScriptsRun);
      await expect(page.locator('#said')).toHaveText('scripts off');
      await page.goto('./');
      await page.setContent(saysWhetherScriptsRun);
      await expect(page.locator('#said')).toHaveText('scripts off');
      await page.evaluate(() => (window.name = 'without-javascript'));
    });
  });

  test('the next test in that worker runs scripts again, in the same context', async ({ page }) => {
    await page.goto('./');
    // The same tab (window.name survives Playwright's reset): the context was reused, and JavaScript is back.
    expect(await page.evaluate(() => window.name), 'the tab was not reused').toBe('without-javascript');
    await page.setContent(saysWhetherScriptsRun);
    await expect(page.locator('#said')).toHaveText('scripts on');
  });
});
