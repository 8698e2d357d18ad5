/**
 * The version history of every track, for the pages: read from the content folder with the node reader
 * (which also reads the releases and the `replaces`/`retired` declarations that the Astro collections'
 * ladder does not carry). Read once per build.
 */
import { resolve } from 'node:path';
import { toExport } from '../export';
import { buildLadder } from '../model';
import { readContentDir } from '../read-content-dir';
import { siteConfig } from '../../site-config';
import { attachedReleases } from './attached-releases';
import { declarationsOf } from './declarations';
import { versionHistory, type VersionHistory } from './history';
import { releasedTrackSchema } from './release-file';

let histories: Map<string, VersionHistory> | undefined;

function readHistories(): Map<string, VersionHistory> {
  const contentDir = resolve(siteConfig.contentDir);
  const sources = readContentDir(contentDir);
  const releases = attachedReleases(sources) ?? [];
  // The package version does not matter here: only the tracks are compared.
  const exported = toExport(buildLadder(sources), '0');
  return new Map(
    exported.tracks.map((track) => [
      track.slug,
      versionHistory(releasedTrackSchema.parse(track), declarationsOf(sources, track.slug), releases),
    ]),
  );
}

/** A track's version history. */
export function getVersionHistory(track: string): VersionHistory {
  // In `astro dev` the content changes under a running server: read it afresh there.
  if (!histories || import.meta.env?.DEV) histories = readHistories();
  return histories.get(track) ?? { versions: [] };
}
