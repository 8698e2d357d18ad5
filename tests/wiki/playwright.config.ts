// The real-wiki journeys (npm run test:wiki, scripts/test-wiki.mjs): the built ladder (dist/) served with
// the documented hosting headers, a MediaWiki and a DokuWiki from Debian's packages under php -S, ikiwiki,
// gitit and Fossil from Debian's packages, TiddlyWiki from npm, and a bare HTML page host, each on its own
// loopback port (support/ports.mjs). Needs a build in dist/ and the
// wiki packages; scripts/test-wiki.mjs sees to both.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { REPO_ROOT } from '../support/site-builds.mjs';
import { ORIGINS, PORTS, WIKI_ORIGINS } from './support/ports.mjs';

const node = JSON.stringify(process.execPath);
const support = 'tests/wiki/support';

export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // As in the main suite (playwright.config.ts): one retry tells a flaky journey from a broken one (both count
  // as failures in scripts/test-wiki.mjs), and only the retry records a trace. Recording one for every journey
  // and keeping it on failure cost a fifth of the wiki step's time.
  retries: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    baseURL: `${ORIGINS.ladder}/`,
    trace: 'on-first-retry',
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    // One browser context and tab per worker, reset between journeys, as in the main suite (see
    // playwright.config.ts); the spec revokes the permissions a journey granted.
    reuseContext: true,
  },
  webServer: [
    {
      command: `${node} ${support}/ladder-server.mjs --root dist --port ${PORTS.ladder} --frame-ancestors "${WIKI_ORIGINS.join(' ')}"`,
      url: `${ORIGINS.ladderSameSite}/`,
    },
    {
      command: `${node} ${support}/mediawiki.mjs --port ${PORTS.mediawiki}`,
      // The first page view builds MediaWiki's message cache: let it happen before any test.
      url: `${ORIGINS.mediawiki}/index.php?title=Main_Page`,
      timeout: 180_000,
    },
    { command: `${node} ${support}/dokuwiki.mjs --port ${PORTS.dokuwiki}`, url: `${ORIGINS.dokuwiki}/doku.php` },
    { command: `${node} ${support}/html-page-server.mjs --port ${PORTS.htmlPage}`, url: `${ORIGINS.htmlPage}/` },
    { command: `${node} ${support}/ikiwiki.mjs --port ${PORTS.ikiwiki}`, url: `${ORIGINS.ikiwiki}/` },
    { command: `${node} ${support}/gitit.mjs --port ${PORTS.gitit}`, url: `${ORIGINS.gitit}/` },
    {
      command: `${node} ${support}/gitit.mjs --port ${PORTS.gititSanitized} --sanitize`,
      url: `${ORIGINS.gititSanitized}/`,
    },
    { command: `${node} ${support}/tiddlywiki.mjs --port ${PORTS.tiddlywiki}`, url: `${ORIGINS.tiddlywiki}/` },
    {
      command: `${node} ${support}/tiddlywiki.mjs --port ${PORTS.tiddlywikiBare}`,
      url: `${ORIGINS.tiddlywikiBare}/`,
    },
    { command: `${node} ${support}/fossil.mjs --port ${PORTS.fossil}`, url: `${ORIGINS.fossil}/home` },
    {
      command: `${node} ${support}/fossil.mjs --port ${PORTS.fossilFrameOnly}`,
      url: `${ORIGINS.fossilFrameOnly}/home`,
    },
  ].map((server) => ({
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    cwd: REPO_ROOT,
    ...server,
  })),
});
