// `npm test`: everything a change must pass, in one command.
//   1. make sure Debian's Chromium is installed (scripts/ensure-chromium.mjs), lint (ESLint with no warning
//      allowed, Prettier) and type-check (`astro check`: TypeScript and .astro files, no error, warning or hint)
//   2. build the site five times (tests/support/site-builds.mjs): at / (dist/), under /ladder/ (dist-base/),
//      with the fixture track added to content/ (dist-multi/), the fixture track with three releases alone
//      (dist-versions/) and released once more (dist-versions-next/)
//   3. run the Vitest unit tests (tests/unit/**)
//   4. run the Playwright browser tests (tests/e2e/**) against the builds
// Lint, the type check and the unit tests need no build, so they run alongside the builds (their output is
// printed, in order, when they are done): on a 2-core machine that saves about half a minute. Neither
// `astro build` nor Vitest checks types, so without the type check a type error would land green.
// `npm run test:quick` (--quick) is the inner loop: Chromium check, the dist/ build, the unit tests and
// the browser smoke tests (tests/e2e/smoke.spec.ts: every page kind, one step each) at / only; no lint, no type check.
//
// Both finish with the summary: the time each step took, then one line per failure (a failed step, a
// failed, flaky or skipped test with its project, file:line and title, and the first line of its error),
// and last, alone, "N passed, N failed" over unit and browser tests together. A flaky test (failed, then
// passed on Playwright's retry) and a skipped test count as failures; zero tests overall fails. The exit
// code is non-zero whenever anything failed.
// With --wiki (what .ci/run runs), the real-wiki journeys of `npm run test:wiki` (scripts/test-wiki.mjs,
// which installs the wikis when missing) run alongside the browser tests, counted in the totals; their
// output follows the browser tests'. Each step keeps two Playwright workers: the browser tests leave a core
// idle at moments (a worker waiting on a page, the run's start and end), the wiki step more so (its wikis
// start up), and the two fill each other's gaps; run one after the other they took a minute longer.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { firstLine, readPlaywrightReport, summariseReport, timePerFile } from './playwright-report.mjs';
import { REPO_ROOT, SITE_BUILDS } from '../tests/support/site-builds.mjs';

const MIN_NODE = [22, 12];
const QUICK = process.argv.includes('--quick');
/** What --quick runs in the browser: the smoke tests (every page kind), against dist/ only. */
const QUICK_PROJECT = 'default';
const QUICK_SPECS = ['tests/e2e/smoke.spec.ts'];

/** Running tally over every step. */
const totals = { passed: 0, failed: 0 };
/** One line per failure, printed in the summary just above the totals. */
const problems = [];
/** [step, seconds] in the order the steps ran. */
const timings = [];

function fail(reason, count = 1) {
  totals.failed += count;
  problems.push(reason);
}

/** Runs a command with this process's output, without blocking it: what runs alongside is noticed (and timed) as it ends. */
function run(command, args, env = {}) {
  const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (status) => resolve(status ?? 1));
  });
}

/**
 * Starts a command that runs alongside the next steps. Its output goes to a file, so that it does not mix
 * with theirs; `finish()` waits for it, prints the output and gives the exit
 * status and how long the command ran, so the log reads as if the steps had run one after the other.
 */
function runAlongside(command, args, outputFile, env = {}) {
  const started = process.hrtime.bigint();
  const output = openSync(outputFile, 'w');
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', output, output],
    env: { ...process.env, FORCE_COLOR: '1', ...env },
  });
  closeSync(output);
  const exited = new Promise((resolve) => {
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    child.on('error', (error) => resolve({ status: 1, error, seconds: seconds() }));
    child.on('close', (status) => resolve({ status: status ?? 1, seconds: seconds() }));
  });
  return {
    async finish() {
      const result = await exited;
      process.stdout.write(readFileSync(outputFile, 'utf8'));
      if (result.error) console.error(result.error.message);
      return result;
    },
  };
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

/** Runs `step()` and records how long it took under `name`. */
async function timed(name, step) {
  const start = process.hrtime.bigint();
  try {
    return await step();
  } finally {
    timings.push([name, Number(process.hrtime.bigint() - start) / 1e9]);
  }
}

function formatSeconds(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

function nodeIsRecentEnough() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

const startLint = (reportDir) => runAlongside('npm', ['run', 'lint'], join(reportDir, 'lint.log'));
const startTypecheck = (reportDir) => runAlongside('npm', ['run', 'check'], join(reportDir, 'typecheck.log'));

async function finishTypecheck(typecheck) {
  section('type check (astro check)');
  const { status, seconds } = await typecheck.finish();
  timings.push(['type check', seconds]);
  if (status !== 0) fail('type check failed: run "npm run check" (errors, warnings and hints all count)');
}

async function finishLint(lint) {
  section('lint (eslint + prettier)');
  const { status, seconds } = await lint.finish();
  timings.push(['lint', seconds]);
  if (status !== 0) fail('lint failed: run "npm run lint" (or "npm run format" to fix formatting)');
}

/** Builds each site variant once; returns false when any build failed. */
async function buildSites(builds) {
  let allBuilt = true;
  for (const build of builds) {
    section(`build ${build.name}: ${build.outDir}/ served at ${build.base}`);
    const args = build.buildArgs.length > 0 ? ['--', ...build.buildArgs] : [];
    // No telemetry: the test run makes no requests outside the machine.
    const env = { ASTRO_TELEMETRY_DISABLED: '1', ...build.env };
    if ((await run('npm', ['run', 'build', ...args], env)) !== 0 || !existsSync(join(REPO_ROOT, build.outDir))) {
      fail(`build "${build.name}" failed (see its output above)`);
      allBuilt = false;
    }
  }
  return allBuilt;
}

/** "tests/unit/x.test.ts:12 › group › title" for each failed or skipped Vitest test. */
function unitProblems(json) {
  const lines = [];
  for (const file of json.testResults ?? []) {
    const path = relative(REPO_ROOT, file.name);
    const assertions = file.assertionResults ?? [];
    for (const test of assertions) {
      if (test.status === 'passed') continue;
      const where = test.location ? `${path}:${test.location.line}` : path;
      const title = [...(test.ancestorTitles ?? []), test.title].join(' › ');
      const verdict = test.status === 'failed' ? 'failed' : `${test.status} (not allowed)`;
      lines.push(`[unit] ${where} › ${title} — ${verdict}: ${firstLine(test.failureMessages?.[0])}`.trimEnd());
    }
    // A file that fails to load has no test results of its own, only a message.
    if (file.status === 'failed' && !assertions.some((test) => test.status === 'failed')) {
      lines.push(`[unit] ${path} — the file failed: ${firstLine(file.message)}`);
    }
  }
  return lines;
}

function startUnitTests(reportDir) {
  const cli = join(REPO_ROOT, 'node_modules/vitest/vitest.mjs');
  return runAlongside(
    process.execPath,
    [
      cli,
      'run',
      '--passWithNoTests',
      '--allowOnly=false', // a forgotten .only would silently skip every other test
      '--includeTaskLocation',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reportDir, 'vitest.json')}`,
    ],
    join(reportDir, 'vitest.log'),
  );
}

async function finishUnitTests(unit, reportDir) {
  section('unit tests (vitest)');
  const { status, seconds } = await unit.finish();
  timings.push(['unit tests', seconds]);
  const json = readJson(join(reportDir, 'vitest.json'));
  if (!json) return fail('[unit] vitest produced no JSON report (see its output above)');
  const failed = json.numFailedTests + json.numPendingTests + json.numTodoTests;
  totals.passed += json.numPassedTests;
  const named = unitProblems(json);
  if (failed > 0) {
    totals.failed += failed;
    problems.push(...named);
  } else if (status !== 0 || json.numFailedTestSuites > 0) {
    fail(named[0] ?? `[unit] vitest exited with ${status} (a test file failed to load?)`);
  }
}

/** Sum of test durations per spec file, slowest first: where the browser-test time goes. */
function printTimePerFile(report) {
  console.log('\nTime per spec file (sum of its tests over all projects and workers):');
  for (const { path, tests, seconds } of timePerFile(report)) {
    console.log(`  ${formatSeconds(seconds).padStart(9)}  ${String(tests).padStart(3)} tests  ${path}`);
  }
}

async function runBrowserTests(reportDir) {
  section('browser tests (playwright)');
  const report = join(reportDir, 'playwright.json');
  const cli = join(REPO_ROOT, 'node_modules/@playwright/test/cli.js');
  const selection = QUICK ? [`--project=${QUICK_PROJECT}`, ...QUICK_SPECS] : [];
  const args = ['test', '--reporter=list,json', '--pass-with-no-tests', '--forbid-only', ...selection];
  const status = await run(process.execPath, [cli, ...args], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    LADDER_E2E_SKIP_BUILD: '1', // built above
  });
  const json = readPlaywrightReport(report);
  if (!json) return fail('[playwright] produced no JSON report (see its output above)');
  printTimePerFile(json);
  const { passed, failed, problems: named } = summariseReport(json);
  totals.passed += passed;
  if (failed > 0) {
    totals.failed += failed;
    problems.push(...named);
  } else if (status !== 0) {
    fail(named[0] ?? `[playwright] exited with ${status} (see errors above)`);
  }
}

/** The real-wiki journeys (scripts/test-wiki.mjs) against dist/, built by then; their counts go to wiki.json. */
function startWikiTests(reportDir) {
  const script = join(REPO_ROOT, 'scripts/test-wiki.mjs');
  const args = [script, '--no-build', '--result', join(reportDir, 'wiki.json')];
  return runAlongside(process.execPath, args, join(reportDir, 'wiki.log'));
}

async function finishWikiTests(wiki, reportDir) {
  section('real-wiki journeys (scripts/test-wiki.mjs, run alongside the browser tests)');
  const { status, seconds } = await wiki.finish();
  timings.push(['wiki tests', seconds]);
  const result = readJson(join(reportDir, 'wiki.json'));
  if (!result) return fail(`[wiki] scripts/test-wiki.mjs exited with ${status} and no result (see its output above)`);
  totals.passed += result.passed;
  totals.failed += result.failed;
  problems.push(...result.problems);
  if (status !== 0 && result.failed === 0) fail(`[wiki] scripts/test-wiki.mjs exited with ${status}`);
}

async function main() {
  if (!nodeIsRecentEnough()) {
    console.error(`Node ${process.versions.node} is too old; run "npm test" after "npm ci" (it uses the pinned node).`);
    fail('wrong Node version');
    return;
  }
  section('chromium');
  const haveChromium = ensureChromium();
  if (!haveChromium) fail('Chromium is not installed');

  const reportDir = mkdtempSync(join(tmpdir(), 'ladder-tests-'));
  try {
    const lint = QUICK ? null : startLint(reportDir);
    const typecheck = QUICK ? null : startTypecheck(reportDir);
    const unit = startUnitTests(reportDir);
    const builds = QUICK ? SITE_BUILDS.filter((build) => build.name === QUICK_PROJECT) : SITE_BUILDS;
    const built = await timed('builds', () => buildSites(builds));
    if (lint) await finishLint(lint);
    if (typecheck) await finishTypecheck(typecheck);
    await finishUnitTests(unit, reportDir);
    if (!built) console.error('\nSkipping browser tests: a build failed, so they would test a stale or missing site.');
    else if (!haveChromium) console.error('\nSkipping browser tests: Chromium is missing.');
    else {
      const wiki = process.argv.includes('--wiki') ? startWikiTests(reportDir) : null;
      await timed('browser tests', () => runBrowserTests(reportDir));
      if (wiki) await finishWikiTests(wiki, reportDir);
    }
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  if (totals.passed + totals.failed === 0) fail('no tests were found');
}

const started = process.hrtime.bigint();
await main();
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
section(QUICK ? 'summary (quick: smoke tests at / only; npm test runs everything)' : 'summary');
console.log([...timings, ['total', elapsed]].map(([name, seconds]) => `${name} ${formatSeconds(seconds)}`).join(' · '));
if (problems.length > 0) {
  console.log(`Failed (${totals.failed}):`);
  for (const problem of problems) console.log(`- ${problem}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
