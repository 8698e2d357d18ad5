/**
 * `npm run bench`: builds the seed ladder and generated ladders of 10 and 50 tracks, and reports build time
 * and what a browser would download. Prints a table on stdout and writes bench-results/bench.json.
 *
 *   npm run bench                       1, 10 and 50 tracks
 *   npm run bench -- --quick            1 and 10 tracks only
 *   npm run bench -- --tracks 1,5,20    any list of track counts
 *   npm run bench -- --runs 3           build each size 3 times, report the median time
 *   npm run bench -- --keep             keep the generated content and the built sites (bench-results/)
 *   npm run bench -- --calculator-runs 5  measure the calculator page 5 times (default 3; 0 skips it)
 *
 * Each size is built with `astro build --force` (the content cache cleared, so sizes are comparable; the
 * cache is bench-results/astro-cache/, see bench.astro.config.mjs) into bench-results/dist-<tracks>/, from content/ for one track and from a generated content folder
 * (scripts/generate-ladder.mjs, passed through LADDER_CONTENT_DIR) for more.
 *
 * If scripts/search-size.mjs exists (the search feature's helper), its measureSearchTransfer() gives the
 * bytes one typical search fetches from the Pagefind bundle, for a word and for a question (which also
 * fetches the ladder's words and an answer card); otherwise those rows say n/a.
 */
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateLadder } from './generate-ladder.mjs';
import { measureSite } from './bench-measure.mjs';
import { calculatorRows, measureCalculator } from './bench-calculator.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench-results');
const SEED_CONTENT = join(ROOT, 'content');
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

const { values: options } = parseArgs({
  options: {
    tracks: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'calculator-runs': { type: 'string', default: '3' },
  },
});
const trackCounts = (options.tracks ?? (options.quick ? '1,10' : '1,10,50'))
  .split(',')
  .map((value) => Number(value.trim()));
const runs = Number(options.runs);
if (trackCounts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- [--quick] [--tracks 1,10,50] [--runs N] [--keep] [--calculator-runs N]');
  process.exit(2);
}

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Runs `astro build --force` with the pinned Node; returns seconds, or throws with the build log. */
function build(contentDir, outDir, logFile) {
  const env = { ...process.env, LADDER_CONTENT_DIR: contentDir, LADDER_OUT_DIR: outDir };
  delete env.LADDER_BASE; // measured at the root, so that URLs in pages map straight to files
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [ASTRO, 'build', '--force', '--config', 'scripts/bench.astro.config.mjs'],
    { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0)
    throw new Error(`astro build failed (exit ${result.status}); see ${relative(ROOT, logFile)}`);
  return seconds;
}

/** The number of tracks the build actually contains, from its /ladder.json (null if there is none). */
function countTracks(outDir) {
  const file = join(outDir, 'ladder.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).tracks.length : null;
}

/** The question the benchmark types into search: it names a level and a competency, so it gets an answer card. */
const SEARCH_QUESTION = 'what does L3 need in code quality';

/** What one typical search fetches, from scripts/search-size.mjs if it exists; null otherwise. */
async function typicalQuery(outDir, query = 'postmortem') {
  const script = join(ROOT, 'scripts', 'search-size.mjs');
  if (!existsSync(script)) return null;
  try {
    const { measureSearchTransfer } = await import(pathToFileURL(script).href);
    const report = await measureSearchTransfer({ distDir: outDir, base: '/', query });
    return {
      query: report.query,
      results: report.resultCount,
      files: report.files.length,
      bytes: report.totalBytes,
      gzipBytes: report.totalGzipBytes,
      indexBytes: report.indexBytes,
    };
  } catch (error) {
    progress(`scripts/search-size.mjs failed (${error.message.split('\n')[0]}); reporting n/a`);
    return null;
  }
}

/** The calculator page at 4× CPU in Chromium (scripts/bench-calculator.mjs); null if it cannot run. */
async function calculatorInBrowser(outDir) {
  const calculatorRuns = Number(options['calculator-runs']);
  if (calculatorRuns < 1) return null;
  progress(`calculator page in Chromium at 4× CPU, ${calculatorRuns} run(s) ...`);
  try {
    const { all: _all, ...figures } = await measureCalculator({ distDir: outDir, runs: calculatorRuns });
    return figures;
  } catch (error) {
    progress(`calculator measurement failed (${error.message.split('\n')[0]}); reporting n/a`);
    return null;
  }
}

async function benchmark(tracks, workDir) {
  const outDir = join(RESULTS, `dist-${tracks}`);
  rmSync(outDir, { recursive: true, force: true });
  let contentDir = SEED_CONTENT;
  let generated = false;
  if (tracks !== 1) {
    contentDir = join(workDir, `content-${tracks}`);
    generateLadder({ from: SEED_CONTENT, out: contentDir, tracks });
    generated = true;
  }
  const times = [];
  for (let run = 1; run <= runs; run++) {
    progress(`${tracks} track(s): build ${run}/${runs} ...`);
    times.push(build(contentDir, outDir, join(RESULTS, `build-${tracks}.log`)));
    progress(`${tracks} track(s): built in ${times.at(-1).toFixed(1)} s`);
  }
  const site = measureSite(outDir);
  const tracksBuilt = countTracks(outDir);
  if (tracksBuilt !== null && tracksBuilt !== tracks) {
    progress(
      `warning: /ladder.json of the ${tracks}-track build has ${tracksBuilt} track(s); was LADDER_CONTENT_DIR honoured?`,
    );
  }
  const result = {
    tracks,
    content: generated ? 'generated' : 'content/',
    tracksBuilt,
    buildSeconds: Number(median(times).toFixed(2)),
    buildSecondsAll: times.map((time) => Number(time.toFixed(2))),
    ...site,
    msPerPage: site.pages ? Number(((median(times) * 1000) / site.pages).toFixed(1)) : null,
    searchTypicalQuery: site.searchIndex ? await typicalQuery(outDir) : null,
    searchQuestion: site.searchIndex ? await typicalQuery(outDir, SEARCH_QUESTION) : null,
    // The calculator page is the same at every size: measured in the browser once, on the first size.
    calculator: tracks === trackCounts[0] ? await calculatorInBrowser(outDir) : null,
  };
  if (!options.keep) rmSync(outDir, { recursive: true, force: true });
  return result;
}

// --- Report -------------------------------------------------------------------------------------------

const kB = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);
const jsCell = (entry) =>
  entry
    ? `${kB(entry.gzipMax)}${entry.gzipMedian !== entry.gzipMax ? ` (median ${kB(entry.gzipMedian)})` : ''}`
    : 'n/a';

const queryCell = (query) =>
  query ? `${kB(query.bytes)} (${kB(query.gzipBytes)} gz), ${query.files} files, ${query.results} hits` : 'n/a';

const ROWS = [
  ['build time', (r) => `${r.buildSeconds.toFixed(1)} s`],
  ['tracks in /ladder.json', (r) => (r.tracksBuilt === null ? 'n/a' : String(r.tracksBuilt))],
  ['pages (HTML files)', (r) => String(r.pages)],
  ['build time per page', (r) => (r.msPerPage === null ? 'n/a' : `${r.msPerPage} ms`)],
  ['HTML, total', (r) => kB(r.htmlBytes)],
  ['CSS files, total', (r) => kB(r.cssBytes)],
  ['JS per reading page (gz, max)', (r) => jsCell(r.javascript.reading)],
  [
    'JS on search page (gz)',
    (r) =>
      `${jsCell(r.javascript.search)}${r.javascript.search?.lazyGzipMax ? ` (+${kB(r.javascript.search.lazyGzipMax)} on first search)` : ''}`,
  ],
  ['JS per self-assessment page (gz)', (r) => jsCell(r.javascript.selfAssessment)],
  ['JS per embed page (gz)', (r) => jsCell(r.javascript.embed)],
  ['JS on the embedding guide (gz; snippet builder)', (r) => jsCell(r.javascript.embedGuide)],
  ['calculator island (gz)', (r) => kB(r.calculatorIslandGzip)],
  ['calculator, loaded on demand (gz)', (r) => kB(r.calculatorLazyGzip)],
  [
    'search index (pagefind/)',
    (r) => (r.searchIndex ? `${kB(r.searchIndex.bytes)} in ${r.searchIndex.files} files` : 'n/a'),
  ],
  ['first search: bytes fetched (see below)', (r) => queryCell(r.searchTypicalQuery)],
  ['first search, a question (see below)', (r) => queryCell(r.searchQuestion)],
  ['/ladder.json', (r) => kB(r.ladderJsonBytes)],
];

function table(results) {
  const header = ['', ...results.map((r) => `${r.tracks} track${r.tracks === 1 ? '' : 's'}`)];
  const rows = [header, ...ROWS.map(([label, cell]) => [label, ...results.map(cell)])];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [
    line(rows[0]),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

// --- Main ---------------------------------------------------------------------------------------------

mkdirSync(RESULTS, { recursive: true });
const workDir = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};
progress(
  `${machine.cpus} CPU(s), Node ${machine.node}; sizes: ${trackCounts.join(', ')} track(s), ${runs} run(s) each`,
);

const results = [];
let failed = false;
try {
  for (const tracks of trackCounts) {
    try {
      results.push(await benchmark(tracks, workDir));
    } catch (error) {
      failed = true;
      progress(`${tracks} track(s): ${error.message}`);
    }
  }
} finally {
  if (options.keep) progress(`kept generated content in ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

writeFileSync(
  join(RESULTS, 'bench.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, runs, results }, null, 2)}\n`,
);
if (results.length) {
  console.log(
    `Benchmark: ${machine.cpus} CPU(s) (${machine.cpuModel}), Node ${machine.node}; JS sizes gzipped, kB = 1000 bytes\n`,
  );
  console.log(table(results));
  const query = results.find((r) => r.searchTypicalQuery)?.searchTypicalQuery?.query;
  if (query)
    console.log(
      `\nFirst search measured by scripts/search-size.mjs: everything a fresh search page fetches to show the results for "${query}" (Pagefind's script, wasm, index and the shown results' fragments, and the ladder's words that let it read questions), in bytes as a static server serves them (gz: with HTTP compression). The question is "${SEARCH_QUESTION}": it also fetches its answer card and searches its meaningful words one by one.`,
    );
  const calculator = results.find((r) => r.calculator)?.calculator;
  if (calculator) {
    console.log(
      `\nCalculator page (${calculator.page}) in Chromium, CPU throttled ${calculator.cpuSlowdown}×, phone screen, median of ${calculator.runs} run(s) (scripts/bench-calculator.mjs):\n`,
    );
    const rows = calculatorRows(calculator);
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  }
  console.log(`\nJSON: ${relative(ROOT, join(RESULTS, 'bench.json'))}`);
}
process.exit(failed ? 1 : 0);
