import { join } from 'node:path';
import { readReleases } from '@lib/ladder/versions/read-releases';
import { releasedTrack, releasesOf, type Release } from '@lib/ladder/versions/release-file';
import { VERSIONS_FIXTURE } from '@tests/support/site-builds.mjs';
import { repoRoot } from '../support';

/**
 * The fixture track with three releases (tests/fixtures/versioned-ladder/, made with npm run ladder:release):
 * - 2025.1: SQL (querying, modelling, performance), Storytelling (clarity, influence), Data Ethics (privacy);
 * - 2025.2: querying renamed query-writing; clarity and influence merged into communication (rule 1-of-2 to
 *   1-of-1); SQL's weight 2 to 2.5; a matrix cell reworded;
 * - 2026.1: performance retired and testing added to SQL (rule 2-of-3 to 3-of-3); Data Ethics retired; a
 *   Storytelling behaviour reworded and one added;
 * - unreleased: a Storytelling trap at A2 reworded in the content since 2026.1.
 */
export const versionedDir = join(repoRoot, VERSIONS_FIXTURE);
export const TRACK = 'data-analyst';

export const fixtureReleases = (): Release[] => releasesOf(readReleases(versionedDir, repoRoot).releases, TRACK);

/** The released track of a version of the fixture. */
export function trackAt(version: string) {
  const release = fixtureReleases().find((one) => one.version === version);
  if (!release) throw new Error(`no release ${version}`);
  return { release, track: releasedTrack(release) };
}
