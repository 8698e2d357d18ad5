// The static build a Playwright project tests (dist/ at "/" or dist-base/ at "/ladder/") or a spec names, and
// the ladder its pages come from, so tests find their pages through routes.ts instead of hard-coding URLs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import { REPO_ROOT, siteBuildNamed } from '../../support/site-builds.mjs';
import { buildLadder, type Track } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';

export interface BuiltSite {
  /** Absolute path of the build output. */
  dir: string;
  /** URL path the build is served under: "/" or "/ladder/". */
  base: string;
}

/** The build the test's project runs against. */
export function builtSite(testInfo: TestInfo): BuiltSite {
  return builtSiteNamed(testInfo.project.name);
}

/** The named build of tests/support/site-builds.mjs (a spec that runs against its own build names it). */
export function builtSiteNamed(name: string): BuiltSite {
  const build = siteBuildNamed(name);
  const dir = join(REPO_ROOT, build.outDir);
  if (!existsSync(dir)) throw new Error(`${build.outDir}/ is missing: build the site first (npm test builds it)`);
  return { dir, base: build.base };
}

/** The ladder as content/ defines it. */
export const ladder = buildLadder(readContentDir(join(REPO_ROOT, 'content'), REPO_ROOT));
export const firstTrack: Track = ladder.tracks[0]!;
