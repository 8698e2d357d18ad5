/**
 * A track's versions as the "What changed" page lists them, newest first: each release with its note and
 * its changes from the release before it, and "Unreleased" on top when the content differs from the last
 * release. Also what the "changed in <version>" marks need: what the current version changed.
 */
import { diffTracks, isUnchanged, type TrackChanges } from './diff';
import { releasedTrack, releasesOf, type Declarations, type ReleaseFile, type ReleasedTrack } from './release-file';

/** Parts of a track outside the diff whose text changed: shown as links to the pages that hold them. */
export type OtherChange = 'overview' | 'levels' | 'promotion' | 'ic-tracks' | 'pages';

export interface VersionEntry {
  version: string;
  released: string;
  /** Markdown. */
  note: string;
  /** Changes from the version before; undefined for the first release. */
  changes?: TrackChanges;
  other: OtherChange[];
}

export interface UnreleasedEntry {
  /** The version the content is compared with. */
  since: string;
  changes: TrackChanges;
  other: OtherChange[];
}

export interface VersionHistory {
  /** The track's current version (its last release), if released. */
  current?: string;
  unreleased?: UnreleasedEntry;
  /** Newest first. */
  versions: VersionEntry[];
}

/**
 * A track's own fields outside what diffTracks compares (its hire bar and total weight) and its lists
 * (levels, competencies, promotions, IC tracks, pages), and without its version.
 */
const headline = (track: ReleasedTrack) => {
  const {
    version: _version,
    released: _released,
    hireBar: _hireBar,
    totalWeight: _totalWeight,
    levels: _levels,
    competencies: _competencies,
    promotions: _promotions,
    icTracks: _icTracks,
    pages: _pages,
    ...rest
  } = track as ReleasedTrack & Record<string, unknown>;
  return rest;
};

/**
 * Deep equality on the fields both sides have: a field the export format added or dropped between two
 * releases is a change of format, not of the ladder, and must not read as "text changed".
 */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((one, i) => same(one, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const other = b as Record<string, unknown>;
    return Object.entries(a).every(([key, value]) => !(key in other) || same(value, other[key]));
  }
  return a === b;
}

/** Text outside what diffTracks compares: the track's headline, level bodies, promotions, IC tracks, pages. */
export function otherChanges(before: ReleasedTrack, after: ReleasedTrack): OtherChange[] {
  const field = (track: ReleasedTrack, name: string) => (track as Record<string, unknown>)[name];
  const levelText = (track: ReleasedTrack) =>
    track.levels.map(({ band: _band, title: _title, ...rest }) => rest as Record<string, unknown>);
  const other: OtherChange[] = [];
  if (!same(headline(before), headline(after))) other.push('overview');
  if (!same(levelText(before), levelText(after))) other.push('levels');
  if (!same(field(before, 'promotions'), field(after, 'promotions'))) other.push('promotion');
  if (!same(field(before, 'icTracks'), field(after, 'icTracks'))) other.push('ic-tracks');
  if (!same(field(before, 'pages'), field(after, 'pages'))) other.push('pages');
  return other;
}

/**
 * `current` is the track as the content has it now (its /ladder.json track), with the content's own
 * declarations; `releases` may hold every track's releases.
 */
export function versionHistory(
  current: ReleasedTrack,
  declarations: Declarations,
  releases: readonly ReleaseFile[],
): VersionHistory {
  const ordered = releasesOf(releases, current.slug);
  const versions = ordered.map((release, index): VersionEntry => {
    const previous = ordered[index - 1];
    const after = releasedTrack(release);
    const before = previous && releasedTrack(previous);
    return {
      version: release.version,
      released: release.released,
      note: release.note,
      ...(before ? { changes: diffTracks(before, after, release.declarations) } : {}),
      other: before ? otherChanges(before, after) : [],
    };
  });
  const last = ordered[ordered.length - 1];
  if (!last) return { versions };
  const lastTrack = releasedTrack(last);
  const changes = diffTracks(lastTrack, current, declarations);
  const other = otherChanges(lastTrack, current);
  const unreleased = isUnchanged(changes) && other.length === 0 ? undefined : { since: last.version, changes, other };
  return { current: last.version, ...(unreleased ? { unreleased } : {}), versions: versions.reverse() };
}

/** The anchor of a version's section on the "What changed" page: "v2026-1" (an id safe in CSS too). */
export const versionAnchor = (version: string): string => `v${version.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The anchor of a competency inside a version's section: "v2026-1--code-quality". */
export const versionCompetencyAnchor = (version: string, competency: string): string =>
  `${versionAnchor(version)}--${competency}`;

/** The anchor of the "Unreleased" section. */
export const UNRELEASED_ANCHOR = 'unreleased';

/** What the current version changed in a competency, if anything (for its "changed in" mark). */
export const changedInCurrent = (history: VersionHistory, competency: string): boolean =>
  Boolean(
    history.versions[0]?.version === history.current &&
    history.versions[0]?.changes?.competencies.some((one) => one.slug === competency && one.status !== 'retired'),
  );

/** Whether the current version changed a level's band or title, or anything a competency expects at it. */
export const levelChangedInCurrent = (history: VersionHistory, code: string): boolean => {
  const changes = history.versions[0]?.version === history.current ? history.versions[0]?.changes : undefined;
  if (!changes) return false;
  return (
    changes.levels.some((level) => level.code === code && level.status !== 'removed') ||
    changes.competencies.some((competency) => competency.levels.some((level) => level.level === code))
  );
};
