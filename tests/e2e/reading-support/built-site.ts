// The static build a Playwright project tests (dist/ at "/" or dist-base/ at "/ladder/"), and the ladder
// its pages come from, so tests find their pages through routes.ts instead of hard-coding URLs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import { REPO_ROOT, SITE_BUILDS } from '../../support/site-builds.mjs';
import { buildLadder, type Track } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';

export interface BuiltSite {
  /** Absolute path of the build output. */
  dir: string;
  /** URL path the build is served under: "/" or "/ladder/". */
  base: string;
}

export function builtSite(testInfo: TestInfo): BuiltSite {
  const build = SITE_BUILDS.find((candidate) => candidate.project === testInfo.project.name);
  if (!build) throw new Error(`no site build for Playwright project "${testInfo.project.name}"`);
  const dir = join(REPO_ROOT, build.outDir);
  if (!existsSync(dir)) throw new Error(`${build.outDir}/ is missing: build the site first (npm test builds it)`);
  return { dir, base: build.base };
}

/** The ladder as content/ defines it. */
export const ladder = buildLadder(readContentDir(join(REPO_ROOT, 'content'), REPO_ROOT));
export const firstTrack: Track = ladder.tracks[0]!;
