/**
 * What `npm run ladder:release` writes (scripts/ladder-release.mjs): the release file of a track's new
 * version, and the track file with its `version` and `released` set to it. Pure apart from reading the
 * content folder, so the script only asks, then writes what this returns.
 */
import { buildLadder } from '../model';
import { toExport } from '../export';
import { readContentDir } from '../read-content-dir';
import { declarationsOf } from './declarations';
import { attachedReleases } from './attached-releases';
import { releasePath } from './read-releases';
import { byRelease, releaseFileSchema, releasesOf, type ReleaseFile } from './release-file';

export interface ReleaseRequest {
  contentDir: string;
  /** What file paths are relative to (the project root). */
  root: string;
  track: string;
  version: string;
  /** "YYYY-MM-DD". */
  released: string;
  note: string;
  /** The site's package version, as /ladder.json's header carries it. */
  packageVersion: string;
}

export interface ReleaseOutput {
  /** Relative to the content folder. */
  releaseFile: string;
  releaseJson: string;
  trackFile: string;
  trackYaml: string;
}

/** The version after the last one: "<year>.<n + 1>" within the same year, else "<year>.1". */
export function nextVersion(releases: readonly ReleaseFile[], today: string): string {
  const year = today.slice(0, 4);
  const numbers = releases
    .map((release) => /^(\d{4})\.(\d+)$/.exec(release.version))
    .filter((match) => match?.[1] === year)
    .map((match) => Number(match![2]));
  return `${year}.${Math.max(0, ...numbers) + 1}`;
}

/** The track file's text with `version` and `released` set (added at the end when missing), comments kept. */
export function setTrackVersion(yaml: string, version: string, released: string): string {
  const lines = { version: `version: "${version}"`, released: `released: "${released}"` };
  let text = yaml;
  for (const [field, line] of Object.entries(lines)) {
    const pattern = new RegExp(`^${field}:.*$`, 'm');
    text = pattern.test(text)
      ? text.replace(pattern, line)
      : `${text.replace(/\n*$/, '\n')}${field === 'version' ? '# The last released version (set by npm run ladder:release; content/releases/ keeps each one).\n' : ''}${line}\n`;
  }
  return text;
}

/** A release the script will not write (a version already released, a day before the last release). */
export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
}

export function makeRelease(request: ReleaseRequest, readTrackYaml: (file: string) => string): ReleaseOutput {
  const sources = readContentDir(request.contentDir, request.root);
  const ladder = buildLadder(sources);
  const track = ladder.tracks.find((one) => one.slug === request.track);
  if (!track) {
    throw new ReleaseRefused(
      `No track "${request.track}"; the tracks are ${ladder.tracks.map((one) => one.slug).join(', ')}.`,
    );
  }
  const earlier = releasesOf(attachedReleases(sources) ?? [], request.track);
  if (earlier.some((release) => release.version === request.version)) {
    throw new ReleaseRefused(`${request.track} ${request.version} is already released; give a new version.`);
  }
  // The release keeps the whole exported track, as /ladder.json has it (the schema reads only part of it).
  const exported = toExport(ladder, request.packageVersion);
  const whole = exported.tracks.find((one) => one.slug === request.track)!;
  const file = {
    track: request.track,
    version: request.version,
    released: request.released,
    note: request.note.trim(),
    declarations: declarationsOf(sources, request.track),
    ladder: {
      version: exported.version,
      tracks: [{ ...whole, version: request.version, released: request.released }],
    },
  };
  const release = releaseFileSchema.parse(file);
  const last = earlier[earlier.length - 1];
  if (last && byRelease(last, release) > 0) {
    throw new ReleaseRefused(`${request.released} is before the last release, ${last.version} of ${last.released}.`);
  }
  const trackFile = track.filePath;
  return {
    releaseFile: releasePath(request.track, request.version),
    releaseJson: `${JSON.stringify(file, null, 2)}\n`,
    trackFile,
    trackYaml: setTrackVersion(readTrackYaml(trackFile), request.version, request.released),
  };
}
