/**
 * Ratings carried across ladder versions in the browser. The calculator page carries a small summary of
 * the track's releases (LadderVersions: each release's ids and its `replaces`/`retired` declarations, built
 * by src/lib/ladder/versions/calculator-versions.ts); saved people, snapshots, exports and links record the
 * version they were made under, and anything older is brought forward here with migrateRatings(): nothing
 * is refused that the site can read, nothing is dropped (retired ratings are kept aside, not scored).
 *
 * Pure and zod-free: it runs in the calculator island.
 */
import { migrateRatings, type ReleaseIds } from '../ladder/versions/map-ratings';
import type { Declarations } from '../ladder/versions/release-file';
import { RATER_ROLES, type Raters } from './raters';

/** One release as the calculator page carries it. */
export interface ReleaseSummary {
  version: string;
  /** Dimension ids per competency id, in the ladder's order. */
  competencies: { id: string; dimensions: string[] }[];
  /** Number of levels. */
  levels: number;
  /** Promotion steps and their criteria ids (demonstrate, then portfolio), in order: a share link's layout. */
  promotions: { id: string; criteria: string[] }[];
  declarations: Declarations;
}

/** The track's releases, oldest first; the last is the content the page was built from. */
export interface LadderVersions {
  track: string;
  /** The version the page's ladder is (the track's `version`). */
  current: string;
  releases: ReleaseSummary[];
  /** Names of dimensions no longer in the ladder, by "competency/id" (what the notice calls them). */
  goneNames?: Record<string, string>;
  /** The track's "What changed" page. */
  changesHref: string;
}

export interface DimensionKey {
  competency: string;
  dimension: string;
}

/** What changed for one person's ratings since the version they were made under (saved with the person). */
export interface Carried {
  /** The version the ratings were made under. */
  from: string;
  /** Ratings that moved to a dimension replacing theirs: `taken` is the dimension whose rating was used. */
  replaced: (DimensionKey & { taken: string; others: string[] })[];
  /** Ratings of dimensions no longer in the ladder: kept, shown as retired, not scored. */
  retired: (DimensionKey & { reason: string; self?: number; manager?: number })[];
  /** Dimensions new since the ratings were made. */
  added: DimensionKey[];
  /** The person has read the notice. */
  seen?: boolean;
}

const asReleaseIds = (versions: LadderVersions): ReleaseIds[] =>
  versions.releases.map((release, index) => ({
    track: versions.track,
    version: release.version,
    // The summary is already in order: the index keeps it.
    released: String(index).padStart(6, '0'),
    declarations: release.declarations,
    ladder: {
      tracks: [
        {
          competencies: release.competencies.map((competency) => ({
            slug: competency.id,
            dimensions: competency.dimensions.map((id) => ({ id })),
          })),
        },
      ],
    },
  }));

export const knowsVersion = (versions: LadderVersions, version: string): boolean =>
  versions.releases.some((release) => release.version === version);

/** The message for data made under a version this site does not have. */
export function unknownVersion(versions: LadderVersions, version: string): string {
  const known = versions.releases.map((release) => release.version).join(', ');
  return `it was made under ladder version “${version}”, which this site does not know (it has ${known}); open it on the site it came from`;
}

export type RatersMigration = { ok: true; raters: Raters; carried: Carried } | { ok: false; reason: string };

const sameKey = (a: DimensionKey, b: DimensionKey) => a.competency === b.competency && a.dimension === b.dimension;

/** Both raters' input made under version `from`, as it reads under the current version. */
export function migrateRaters(versions: LadderVersions, from: string, raters: Raters): RatersMigration {
  if (!knowsVersion(versions, from)) return { ok: false, reason: unknownVersion(versions, from) };
  const releases = asReleaseIds(versions);
  const current = versions.releases.at(-1)!;
  const competencies = new Map(current.competencies.map((competency) => [competency.id, competency]));
  const criteria = new Set(current.promotions.flatMap((step) => step.criteria.map((id) => `${step.id}-${id}`)));
  const carried: Carried = { from, replaced: [], retired: [], added: [] };
  const next = { ...raters };
  for (const role of RATER_ROLES) {
    const rater = raters[role];
    const moved = migrateRatings(releases, versions.track, from, versions.current, rater.ratings);
    if (!moved.ok) return { ok: false, reason: unknownVersion(versions, moved.version) };
    for (const one of moved.replaced) {
      const entry = { ...one.to, taken: one.taken.dimension, others: one.from.slice(1).map((f) => f.dimension) };
      if (!carried.replaced.some((known) => sameKey(known, entry) && known.taken === entry.taken))
        carried.replaced.push(entry);
    }
    for (const one of moved.retired) {
      let entry = carried.retired.find((known) => sameKey(known, one));
      if (!entry)
        carried.retired.push((entry = { competency: one.competency, dimension: one.dimension, reason: one.reason }));
      entry[role] = one.rating;
    }
    carried.added = moved.added;
    const antiSignals = Object.fromEntries(
      Object.entries(rater.antiSignals)
        .filter(([id]) => competencies.has(id))
        .map(([id, levels]) => [id, levels.filter((level) => level <= current.levels)]),
    );
    const evidence = rater.evidence?.filter((key) => criteria.has(key));
    next[role] = { ...rater, ratings: moved.ratings, antiSignals, ...(evidence ? { evidence } : {}) };
  }
  return { ok: true, raters: next, carried };
}

/**
 * A second migration on top of an earlier one: one notice says both when the first was not read yet; the
 * retired ratings kept by the first always stay (nothing is dropped).
 */
export function combineCarried(earlier: Carried | undefined, later: Carried): Carried {
  if (!earlier) return later;
  const retired = [...earlier.retired, ...later.retired];
  if (earlier.seen) return { ...later, retired };
  return {
    from: earlier.from,
    replaced: [...earlier.replaced, ...later.replaced],
    retired,
    added: [...earlier.added.filter((one) => !later.replaced.some((r) => sameKey(r, one))), ...later.added],
  };
}

/** The person has read the "ladder changed" notice: it and the team mark go, the kept ratings stay. */
export const dismissCarried = <P extends { carried?: Carried }>(person: P): P =>
  person.carried ? { ...person, carried: { ...person.carried, seen: true } } : person;

/** Dimensions new since the person was rated and still unrated by both raters: marked new. */
export function unratedNew(carried: Carried | undefined, raters: Raters): DimensionKey[] {
  if (!carried) return [];
  return carried.added.filter((one) =>
    RATER_ROLES.every((role) => raters[role].ratings[one.competency]?.[one.dimension] === undefined),
  );
}
