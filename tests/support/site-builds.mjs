// The site builds that browser tests run against, shared by playwright.config.ts
// (to serve them), scripts/test-all.mjs (to build them) and the specs that pick one (to find it).
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @typedef {object} SiteBuild
 * @property {string} name     "default" and "base-path" are Playwright projects of that name, which every
 *                             spec runs in; each other build belongs to a few specs, which pick it by name
 *                             (runAgainstBuild in tests/e2e/support/test.ts) and run in the "default" project.
 * @property {boolean} project  Whether it is a Playwright project's build (else specs pick it).
 * @property {string} base     URL path the site is served under.
 * @property {string} outDir   Build output directory, relative to the repo root.
 * @property {Record<string, string>} env  Environment for `npm run build` (read by astro.config.mjs).
 * @property {string[]} buildArgs  Extra `astro build` arguments (after `npm run build --`).
 * @property {number} port     Loopback port the static server listens on.
 */

// Derive ports from the checkout path so parallel checkouts (worktrees, CI clones) do not fight over one port:
// five in a row per checkout, all below Linux's ephemeral range (32768-60999), from which the system picks the
// local port of every outgoing connection: a server started on one of those ports can find it taken (it
// happened once, EADDRINUSE). LADDER_E2E_PORT overrides the first one.
const pathDigest = createHash('sha256').update(REPO_ROOT).digest();
const pathHash = pathDigest.readUInt16BE(0);
const LOWEST_PORT = 20000;
const EPHEMERAL_PORTS_START = 32768;
/** One port per build below (SITE_BUILDS). */
const PORTS_PER_CHECKOUT = 5;
const CHECKOUT_SLOTS = Math.floor((EPHEMERAL_PORTS_START - LOWEST_PORT) / PORTS_PER_CHECKOUT);
const firstPort = Number(process.env.LADDER_E2E_PORT) || LOWEST_PORT + (pathHash % CHECKOUT_SLOTS) * PORTS_PER_CHECKOUT;

/** The fixture track the multi-track build adds to content/: a second discipline, content only. */
export const MULTI_TRACK_FIXTURE = 'tests/fixtures/mini-ladder';
/** The fixture track with several releases that the "versions" build is made of. */
export const VERSIONS_FIXTURE = 'tests/fixtures/versioned-ladder';
/** A repository URL for "Edit this page" links; tests only read the links, never follow them. */
export const MULTI_TRACK_REPO_URL = 'https://git.example.com/acme/ladder';

/** @type {readonly SiteBuild[]} */
export const SITE_BUILDS = [
  { name: 'default', project: true, base: '/', outDir: 'dist', env: {}, buildArgs: [], port: firstPort },
  {
    name: 'base-path',
    project: true,
    base: '/ladder/',
    outDir: 'dist-base',
    env: { LADDER_BASE: '/ladder/', LADDER_OUT_DIR: './dist-base' },
    buildArgs: [],
    port: firstPort + 1,
  },
  // content/ plus the fixture track, merged into a temporary folder by the config below (which also gives
  // the build its own Astro cache, so the normal build never sees the temporary file paths).
  {
    name: 'multi-track',
    project: false,
    base: '/',
    outDir: 'dist-multi',
    env: {
      LADDER_OUT_DIR: './dist-multi',
      LADDER_CONTENT_DIR: join(tmpdir(), `ladder-multi-track-content-${pathDigest.toString('hex').slice(0, 12)}`),
      LADDER_REPO_URL: MULTI_TRACK_REPO_URL,
    },
    buildArgs: ['--config', 'tests/support/multi-track.astro.config.mjs'],
    port: firstPort + 2,
  },
  // The fixture track with three releases and an unreleased change (tests/fixtures/versioned-ladder/), alone:
  // its "What changed" page and "Changed in" marks (versions.spec.ts).
  {
    name: 'versions',
    project: false,
    base: '/',
    outDir: 'dist-versions',
    env: { LADDER_OUT_DIR: './dist-versions', LADDER_CONTENT_DIR: `./${VERSIONS_FIXTURE}` },
    buildArgs: ['--config', 'tests/support/versions.astro.config.mjs'],
    port: firstPort + 3,
  },
  // The same fixture revised and released once more as 2026.2, in a temporary folder made by its config: the
  // browser that rated on the "versions" build (2026.1) opens its data here (carry-over-builds.spec.ts).
  {
    name: 'versions-next',
    project: false,
    base: '/',
    outDir: 'dist-versions-next',
    env: {
      LADDER_OUT_DIR: './dist-versions-next',
      LADDER_CONTENT_DIR: join(tmpdir(), `ladder-versions-next-content-${pathDigest.toString('hex').slice(0, 12)}`),
    },
    buildArgs: ['--config', 'tests/support/versions-next.astro.config.mjs'],
    port: firstPort + 4,
  },
];

/** @param {string} name  @returns {SiteBuild} */
export function siteBuildNamed(name) {
  const build = SITE_BUILDS.find((candidate) => candidate.name === name);
  if (!build) throw new Error(`no site build named "${name}" in tests/support/site-builds.mjs`);
  return build;
}

/** @param {SiteBuild} build */
export const baseUrlOf = (build) => `http://127.0.0.1:${build.port}${build.base}`;

/** @param {SiteBuild} build  The shell command that builds it (for Playwright's webServer). */
export const buildCommandOf = (build) =>
  ['npm run build', ...(build.buildArgs.length ? ['--', ...build.buildArgs] : [])].join(' ');
