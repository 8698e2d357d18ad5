// `npm run test:wiki`: the calculator embedded in real wikis (tests/wiki/): Debian's MediaWiki, DokuWiki,
// ikiwiki, gitit and Fossil (installed when missing, see scripts/ensure-wikis.mjs), TiddlyWiki (npm) and a
// bare HTML page, against the built ladder
// (dist/) served with the documented hosting headers. Run alone it builds dist/ first and ends with one
// line, "N passed, N failed"; scripts/test-all.mjs --wiki (what .ci/run runs) runs it alongside the browser
// tests, as `node scripts/test-wiki.mjs --no-build --result <file>` (dist/ is built by then; the counts and
// failures are written to <file> as JSON), and adds its counts to the totals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureWikis } from './ensure-wikis.mjs';
import { readPlaywrightReport, summariseReport } from './playwright-report.mjs';
import { REPO_ROOT } from '../tests/support/site-builds.mjs';
import { PORTS, wikiDir } from '../tests/wiki/support/ports.mjs';

const CONFIG = 'tests/wiki/playwright.config.ts';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/**
 * Installs what is missing, optionally builds dist/, runs the journeys and returns their counts: a missing
 * prerequisite or a run without a report counts as one failure, skipped or flaky tests as failures.
 */
export function runWikiTests({ build = true } = {}) {
  const result = { passed: 0, failed: 0, problems: [] };
  const fail = (reasons, count = 1) => {
    result.failed += count;
    result.problems.push(...[reasons].flat());
  };
  console.log('\n=== real wikis: install ===');
  const installing = Date.now();
  if (!ensureChromium()) return (fail('wiki journeys: Chromium is not installed'), result);
  if (!ensureWikis()) return (fail('wiki journeys: the wikis are not installed'), result);
  console.log(`(prerequisites ready in ${seconds(installing)})`);
  if (build) {
    console.log('\n=== real wikis: build dist/ ===');
    if (run('npm', ['run', 'build']) !== 0) return (fail('wiki journeys: the build failed'), result);
  }

  console.log('\n=== real wikis: journeys (playwright) ===');
  const testing = Date.now();
  const reportDir = mkdtempSync(join(tmpdir(), 'ladder-wiki-tests-'));
  try {
    const reportPath = join(reportDir, 'playwright.json');
    const cli = join(REPO_ROOT, 'node_modules/@playwright/test/cli.js');
    const status = run(process.execPath, [cli, 'test', '-c', CONFIG, '--reporter=list,json', '--forbid-only'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: reportPath,
    });
    const report = readPlaywrightReport(reportPath);
    if (!report) return (fail('[wiki] playwright produced no report'), result);
    const summary = summariseReport(report, 'wiki');
    result.passed += summary.passed;
    // Each failed, flaky or skipped journey by name (tests/wiki/…:line › title — why), as for the browser tests.
    if (summary.failed > 0) fail(summary.problems, summary.failed);
    else if (status !== 0) fail(summary.problems[0] ?? `[wiki] playwright exited with ${status}`);
    if (summary.passed + summary.failed === 0) fail('[wiki] no tests were found');
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
    // The wikis' working folders (tests/wiki/support/php-server.mjs), in case the servers were stopped hard.
    for (const [name, port] of [
      ['mediawiki', PORTS.mediawiki],
      ['dokuwiki', PORTS.dokuwiki],
      ['ikiwiki', PORTS.ikiwiki],
      ['gitit', PORTS.gitit],
      ['gitit', PORTS.gititSanitized],
      ['tiddlywiki', PORTS.tiddlywiki],
      ['tiddlywiki', PORTS.tiddlywikiBare],
      ['fossil', PORTS.fossil],
      ['fossil', PORTS.fossilFrameOnly],
    ]) {
      rmSync(wikiDir(name, port), { recursive: true, force: true });
    }
  }
  console.log(`(journeys ran in ${seconds(testing)}; whole wiki step ${seconds(installing)})`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runWikiTests({ build: !process.argv.includes('--no-build') });
  const resultAt = process.argv.indexOf('--result');
  if (resultAt > 0) {
    // For scripts/test-all.mjs, which prints the one summary.
    writeFileSync(process.argv[resultAt + 1] ?? '', JSON.stringify(result));
  } else {
    console.log('\n=== summary ===');
    for (const problem of result.problems) console.log(`- ${problem}`);
    console.log(`${result.passed} passed, ${result.failed} failed`);
  }
  process.exitCode = result.failed > 0 ? 1 : 0;
}
