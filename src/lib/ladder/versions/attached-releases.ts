/**
 * The releases read next to a content folder, attached to its sources. They are not a collection: code
 * that walks every collection of the sources (the folder and body checks) must not meet them, so they ride
 * beside the sources rather than in them. The node reader attaches them; Astro's loader does not, and the
 * release guard (validate/releases.ts) then has nothing to check (the build's content check has run it).
 */
import type { LadderSources } from '../sources';
import type { Release } from './release-file';

const attached = new WeakMap<LadderSources, Release[]>();

export function attachReleases(sources: LadderSources, releases: Release[]): LadderSources {
  attached.set(sources, releases);
  return sources;
}

/** The releases read with these sources, or undefined when the loader did not read them. */
export const attachedReleases = (sources: LadderSources): Release[] | undefined => attached.get(sources);
