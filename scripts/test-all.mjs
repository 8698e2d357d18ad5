// `npm test`: everything a change must pass, in one command.
//   1. make sure Debian's Chromium is installed (scripts/ensure-chromium.mjs), then start lint (ESLint with no
//      warning allowed, Prettier), the type check (`astro check`: TypeScript and .astro files, no error, warning
//      or hint) and the Vitest unit tests (tests/unit/**), which need no build and run alongside what follows
//   2. build the site at / (dist/)
//   3. run the Playwright browser tests (tests/e2e/**) against the builds, while the other four are made
//      alongside, one after another (tests/support/site-builds.mjs): under /ladder/ (dist-base/), the fixture
//      track with three releases alone (dist-versions/) and released once more (dist-versions-next/), and with
//      the fixture track added to content/ (dist-multi/). A test that needs one of them waits until it is made
//      (tests/support/build-status.mjs); the first tests need dist/ only.
// Each step leaves a core idle at moments (a build is mostly one core's work, a browser test waits on its
// page), and run side by side they fill each other's gaps. Neither `astro build` nor Vitest checks types, so
// without the type check a type error would land green. The output of what ran alongside is printed, in order,
// after the browser tests'.
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
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { firstLine, readPlaywrightReport, summariseReport, timePerFile } from './playwright-report.mjs';
import { BUILD_STATUS_ENV, recordBuildStatus } from '../tests/support/build-status.mjs';
import { REPO_ROOT, SITE_BUILDS, siteBuildNamed } from '../tests/support/site-builds.mjs';

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

/** Runs a command with its output going to a file; resolves with its exit status and how long it ran. */
function runToFile(command, args, outputFile, env = {}) {
  const started = process.hrtime.bigint();
  const output = openSync(outputFile, 'w');
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', output, output],
    env: { ...process.env, FORCE_COLOR: '1', ...env },
  });
  closeSync(output);
  return new Promise((resolve) => {
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    child.on('error', (error) => resolve({ status: 1, error, seconds: seconds() }));
    child.on('close', (status) => resolve({ status: status ?? 1, seconds: seconds() }));
  });
}

/** Prints what a command run with runToFile wrote. */
function printOutput(outputFile, error) {
  process.stdout.write(readFileSync(outputFile, 'utf8'));
  if (error) console.error(error.message);
}

/**
 * Starts a command that runs alongside the next steps. Its output goes to a file, so that it does not mix
 * with theirs; `finish()` waits for it, prints the output and gives the exit
 * status and how long the command ran, so the log reads as if the steps had run one after the other.
 */
function runAlongside(command, args, outputFile, env = {}) {
  const exited = runToFile(command, args, outputFile, env);
  return {
    async finish() {
      const result = await exited;
      printOutput(outputFile, result.error);
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

/** `npm run build` and its environment for one site variant. */
function buildCommand(build) {
  const args = ['run', 'build', ...(build.buildArgs.length > 0 ? ['--', ...build.buildArgs] : [])];
  // No telemetry: the test run makes no requests outside the machine.
  return { args, env: { ASTRO_TELEMETRY_DISABLED: '1', ...build.env } };
}

const builtOutput = (build) => existsSync(join(REPO_ROOT, build.outDir));
const buildHeading = (build) => `build ${build.name}: ${build.outDir}/ served at ${build.base}`;

/** Builds the first site variant (dist/, which every browser test can use) in the foreground; returns whether it built. */
async function buildFirstSite(build, statusDir) {
  section(buildHeading(build));
  const { args, env } = buildCommand(build);
  const built = (await run('npm', args, env)) === 0 && builtOutput(build);
  if (!built) fail(`build "${build.name}" failed (see its output above)`);
  await recordBuildStatus(statusDir, build.name, built);
  return built;
}

/**
 * Builds the other site variants one after another (every build writes .astro/, so two at once could read each
 * other's half-written files), alongside the browser tests, which wait for the build they need
 * (tests/support/build-status.mjs). `finish()` prints each build's output and counts a failed build.
 */
function startOtherBuilds(builds, reportDir, statusDir) {
  const started = process.hrtime.bigint();
  const lane = (async () => {
    const outcomes = [];
    for (const build of builds) {
      const log = join(reportDir, `build-${build.name}.log`);
      const { args, env } = buildCommand(build);
      let built = false;
      try {
        const { status, error } = await runToFile('npm', args, log, env);
        built = status === 0 && builtOutput(build);
        outcomes.push({ build, log, built, error });
      } finally {
        // Always said, so that no test waits on a build that will never end.
        await recordBuildStatus(statusDir, build.name, built);
      }
    }
    return { outcomes, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  })();
  return {
    async finish() {
      const { outcomes, seconds } = await lane;
      if (outcomes.length > 0) timings.push(['other builds', seconds]);
      for (const { build, log, built, error } of outcomes) {
        section(`${buildHeading(build)} (alongside the browser tests)`);
        printOutput(log, error);
        if (!built) fail(`build "${build.name}" failed (see its output above)`);
      }
    },
  };
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

async function runBrowserTests(reportDir, statusDir) {
  section('browser tests (playwright)');
  const report = join(reportDir, 'playwright.json');
  const cli = join(REPO_ROOT, 'node_modules/@playwright/test/cli.js');
  const selection = QUICK ? [`--project=${QUICK_PROJECT}`, ...QUICK_SPECS] : [];
  const args = ['test', '--reporter=list,json', '--pass-with-no-tests', '--forbid-only', ...selection];
  const status = await run(process.execPath, [cli, ...args], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    LADDER_E2E_SKIP_BUILD: '1', // built here, the first before and the others alongside
    [BUILD_STATUS_ENV]: statusDir,
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
  const statusDir = join(reportDir, 'builds');
  mkdirSync(statusDir);
  try {
    const lint = QUICK ? null : startLint(reportDir);
    const typecheck = QUICK ? null : startTypecheck(reportDir);
    const unit = startUnitTests(reportDir);
    const [first, ...others] = QUICK ? [siteBuildNamed(QUICK_PROJECT)] : SITE_BUILDS;
    const firstBuilt = await timed('first build', () => buildFirstSite(first, statusDir));
    const otherBuilds = startOtherBuilds(others, reportDir, statusDir);
    if (!firstBuilt)
      console.error('\nSkipping browser tests: the build failed, so they would test a stale or missing site.');
    else if (!haveChromium) console.error('\nSkipping browser tests: Chromium is missing.');
    else {
      const wiki = process.argv.includes('--wiki') ? startWikiTests(reportDir) : null;
      await timed('browser tests', () => runBrowserTests(reportDir, statusDir));
      if (wiki) await finishWikiTests(wiki, reportDir);
    }
    await otherBuilds.finish();
    if (lint) await finishLint(lint);
    if (typecheck) await finishTypecheck(typecheck);
    await finishUnitTests(unit, reportDir);
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
