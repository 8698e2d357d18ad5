// `npm test`: everything a change must pass, in one command.
//   1. make sure Debian's Chromium is installed (scripts/ensure-chromium.mjs), and lint
//   2. build the site three times: at / (dist/), under /ladder/ (dist-base/), and
//      with the fixture track added to content/ (dist-multi/)
//   3. run the Vitest unit tests (tests/unit/**)
//   4. run the Playwright browser tests (tests/e2e/**) against the builds
// and finish with one line, alone and last: "N passed, N failed" over unit and
// browser tests together. A failed build or run counts as a failure; skipped
// tests count as failures too (the project allows none); zero tests overall
// fails. The exit code is non-zero whenever anything failed.
// With --wiki (what .ci/run runs), the real-wiki journeys of `npm run test:wiki` follow the browser
// tests (scripts/test-wiki.mjs, which installs MediaWiki and DokuWiki when missing), counted in the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { runWikiTests } from './test-wiki.mjs';
import { REPO_ROOT, SITE_BUILDS } from '../tests/e2e/support/site-builds.mjs';

const MIN_NODE = [22, 12];

/** Running tally over every step. */
const totals = { passed: 0, failed: 0 };
const problems = [];

function fail(reason, count = 1) {
  totals.failed += count;
  problems.push(reason);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function section(title) {
  console.log(`\n=== ${title} ===`);
}

function nodeIsRecentEnough() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function runLint() {
  section('lint (eslint + prettier)');
  if (run('npm', ['run', 'lint']) !== 0)
    fail('lint failed: run "npm run lint" (or "npm run format" to fix formatting)');
}

function buildSite() {
  let allBuilt = true;
  for (const build of SITE_BUILDS) {
    section(`build ${build.project}: ${build.outDir}/ served at ${build.base}`);
    const args = build.buildArgs.length > 0 ? ['--', ...build.buildArgs] : [];
    if (run('npm', ['run', 'build', ...args], build.env) !== 0 || !existsSync(join(REPO_ROOT, build.outDir))) {
      fail(`build "${build.project}" failed`);
      allBuilt = false;
    }
  }
  return allBuilt;
}

function runUnitTests(reportDir) {
  section('unit tests (vitest)');
  const report = join(reportDir, 'vitest.json');
  const cli = join(REPO_ROOT, 'node_modules/vitest/vitest.mjs');
  const status = run(process.execPath, [
    cli,
    'run',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const json = readJson(report);
  if (!json) return fail('vitest produced no JSON report');
  const failed = json.numFailedTests + json.numPendingTests + json.numTodoTests;
  totals.passed += json.numPassedTests;
  if (failed > 0) fail(`${failed} unit test(s) failed or were skipped`, failed);
  else if (status !== 0) fail(`vitest exited with ${status} (a test file failed to load?)`);
}

function runBrowserTests(reportDir) {
  section('browser tests (playwright)');
  const report = join(reportDir, 'playwright.json');
  const cli = join(REPO_ROOT, 'node_modules/@playwright/test/cli.js');
  const status = run(process.execPath, [cli, 'test', '--reporter=list,json', '--pass-with-no-tests'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    LADDER_E2E_SKIP_BUILD: '1', // built above
  });
  const json = readJson(report);
  if (!json?.stats) return fail('playwright produced no JSON report');
  const { expected, unexpected, flaky, skipped } = json.stats;
  const failed = unexpected + flaky + skipped;
  totals.passed += expected;
  if (failed > 0) fail(`${failed} browser test(s) failed, were flaky or were skipped`, failed);
  else if (status !== 0) fail(`playwright exited with ${status} (see errors above)`);
}

function main() {
  if (!nodeIsRecentEnough()) {
    console.error(`Node ${process.versions.node} is too old; run "npm test" after "npm ci" (it uses the pinned node).`);
    fail('wrong Node version');
    return;
  }
  section('chromium');
  const haveChromium = ensureChromium();
  if (!haveChromium) fail('Chromium is not installed');

  runLint();
  const built = buildSite();
  const reportDir = mkdtempSync(join(tmpdir(), 'ladder-tests-'));
  try {
    runUnitTests(reportDir);
    if (!built) console.error('\nSkipping browser tests: a build failed, so they would test a stale or missing site.');
    else if (!haveChromium) console.error('\nSkipping browser tests: Chromium is missing.');
    else {
      runBrowserTests(reportDir);
      if (process.argv.includes('--wiki')) {
        const wiki = runWikiTests({ build: false });
        totals.passed += wiki.passed;
        totals.failed += wiki.failed;
        problems.push(...wiki.problems);
      }
    }
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  if (totals.passed + totals.failed === 0) fail('no tests were found');
}

main();
section('summary');
for (const problem of problems) console.log(`- ${problem}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
