// The site builds that browser tests run against, shared by playwright.config.ts
// (to serve them) and scripts/test-all.mjs (to build them).
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * @typedef {object} SiteBuild
 * @property {string} project  Playwright project name.
 * @property {string} base     URL path the site is served under.
 * @property {string} outDir   Build output directory, relative to the repo root.
 * @property {Record<string, string>} env  Environment for `npm run build` (read by astro.config.mjs).
 * @property {number} port     Loopback port the static server listens on.
 */

// Derive ports from the checkout path so parallel checkouts (worktrees, CI
// clones) do not fight over one port. LADDER_E2E_PORT overrides the first one.
const pathHash = createHash('sha256').update(REPO_ROOT).digest().readUInt16BE(0);
const firstPort = Number(process.env.LADDER_E2E_PORT) || 20000 + (pathHash % 20000) * 2;

/** @type {readonly SiteBuild[]} */
export const SITE_BUILDS = [
  { project: 'default', base: '/', outDir: 'dist', env: {}, port: firstPort },
  {
    project: 'base-path',
    base: '/ladder/',
    outDir: 'dist-base',
    env: { LADDER_BASE: '/ladder/', LADDER_OUT_DIR: './dist-base' },
    port: firstPort + 1,
  },
];

/** @param {SiteBuild} build */
export const baseUrlOf = (build) => `http://127.0.0.1:${build.port}${build.base}`;
