// Reading a Playwright JSON report (--reporter=json) for a summary a reader can act on: the counts, and one
// line per test that did not pass cleanly, naming its project, file:line, titles and why. Shared by
// scripts/test-all.mjs (the browser tests) and scripts/test-wiki.mjs (the real-wiki journeys).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../tests/support/site-builds.mjs';

/** The report at `path`, or null when there is none (Playwright did not get as far as writing it). */
export function readPlaywrightReport(path) {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8'));
    return json?.stats ? json : null;
  } catch {
    return null;
  }
}

/** The first line of an error message, without terminal colours. */
export function firstLine(message = '') {
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return (plain.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}

/** Every test of the report, with its spec (file, line) and its describe titles plus its own title. */
export function* reportTests(suites, titles = []) {
  for (const suite of suites ?? []) {
    // The file's own suite has the file name as its title; describe() suites add their titles.
    const path = suite.title === suite.file ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) yield { spec, test, titles: [...path, spec.title] };
    }
    yield* reportTests(suite.suites, path);
  }
}

/** A spec file's path from the repository root ("tests/e2e/smoke.spec.ts"). */
export function specPathOf(report, file) {
  return relative(REPO_ROOT, join(report.config?.rootDir ?? REPO_ROOT, file));
}

/**
 * Counts over the report, a flaky or skipped test counting as failed, and one line per such test:
 * "[project] tests/e2e/x.spec.ts:12 › describe › title — why (at file:line)". `label` stands in for the
 * project name when the config has no projects.
 */
export function summariseReport(report, label = 'playwright') {
  const problems = [];
  for (const { spec, test, titles } of reportTests(report.suites)) {
    if (test.status === 'expected') continue;
    const failedRun = test.results.find((result) => result.status !== 'passed' && result.status !== 'skipped');
    const lastRun = test.results.at(-1);
    const why =
      test.status === 'flaky'
        ? `flaky: failed, then passed on retry: ${firstLine(failedRun?.error?.message)}`
        : test.status === 'skipped'
          ? 'skipped (not allowed)'
          : `${lastRun?.status ?? 'failed'}: ${firstLine(lastRun?.error?.message)}`;
    const location = (failedRun ?? lastRun)?.errorLocation;
    const at = location ? ` (at ${relative(REPO_ROOT, location.file)}:${location.line})` : '';
    const where = `${specPathOf(report, spec.file)}:${spec.line}`;
    problems.push(`[${test.projectName || label}] ${where} › ${titles.join(' › ')} — ${why}${at}`);
  }
  // Errors outside any test: a spec that fails to load, a web server that does not start.
  for (const error of report.errors ?? []) {
    const where = error.location ? ` (${relative(REPO_ROOT, error.location.file)}:${error.location.line})` : '';
    problems.push(`[${label}] ${firstLine(error.message)}${where}`);
  }
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected + flaky + skipped, problems };
}

/** Sum of test durations per spec file, slowest first: where the time goes. */
export function timePerFile(report) {
  const perFile = new Map();
  for (const { spec, test } of reportTests(report.suites)) {
    const path = specPathOf(report, spec.file);
    const entry = perFile.get(path) ?? { path, tests: 0, seconds: 0 };
    entry.tests += 1;
    entry.seconds += test.results.reduce((sum, result) => sum + result.duration, 0) / 1000;
    perFile.set(path, entry);
  }
  return [...perFile.values()].sort((a, b) => b.seconds - a.seconds);
}
