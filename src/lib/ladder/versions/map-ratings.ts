/**
 * Carries ratings made under one released version of a track to a later one, release by release, using
 * what each release declared (release-file.ts): a dimension that kept its id keeps its rating; one that
 * replaces others takes their rating (of several, the first rated in the order `replaces` lists them, the
 * others kept as candidates so the calculator can ask); a rating of a retired dimension or competency is
 * kept aside with the reason, not scored; a dimension new since the ratings were made is listed as new.
 *
 * Pure, and generic in what a rating is, so the calculator's saved people, snapshots, links and exports can
 * all migrate through it.
 */
import type { Declarations } from './release-file';

/**
 * What the migration reads of a release: its ids and declarations. A release file is one; so is the small
 * summary the calculator page carries (src/lib/assessment/ladder-versions.ts), which has no zod to ship.
 */
export interface ReleaseIds {
  track: string;
  version: string;
  released: string;
  declarations: Declarations;
  ladder: {
    tracks: readonly [{ competencies: readonly { slug: string; dimensions: readonly { id: string }[] }[] }];
  };
}

/** A track's releases, oldest first (release-file.ts's order, without its zod import). */
const releasesOf = <R extends ReleaseIds>(releases: readonly R[], track: string): R[] =>
  releases
    .filter((release) => release.track === track)
    .sort(
      (a, b) => a.released.localeCompare(b.released) || a.version.localeCompare(b.version, 'en', { numeric: true }),
    );

const releasedTrack = (release: ReleaseIds) => release.ladder.tracks[0];

/** Ratings by competency (folder name), then dimension id. */
export type Ratings<R> = Record<string, Record<string, R>>;

export interface DimensionRef {
  competency: string;
  dimension: string;
}

export interface ReplacedRating<R> {
  /** The dimension the rating now belongs to. */
  to: DimensionRef;
  /** Every earlier dimension it replaces that had a rating, in the order `replaces` lists them. */
  from: (DimensionRef & { rating: R })[];
  /** The one whose rating was taken: the first of `from`. */
  taken: DimensionRef;
  /** The version that declared it. */
  version: string;
}

export interface RetiredRating<R> extends DimensionRef {
  rating: R;
  reason: string;
  /** The version that retired it. */
  version: string;
}

export interface RatingMigration<R> {
  ok: true;
  from: string;
  to: string;
  /** The ratings under version `to`: only its dimensions. */
  ratings: Ratings<R>;
  /** Ratings that moved to a dimension replacing their own. */
  replaced: ReplacedRating<R>[];
  /** Ratings of dimensions (or competencies) no longer in the ladder: kept, not scored. */
  retired: RetiredRating<R>[];
  /** Dimensions of `to` that did not exist at `from` and so have no rating yet. */
  added: DimensionRef[];
}

export type MigrationError =
  | { ok: false; reason: 'unknown-version'; version: string }
  /** The ratings were made under a later version than the one asked for. */
  | { ok: false; reason: 'newer-version'; version: string };

const key = (ref: DimensionRef) => `${ref.competency}/${ref.dimension}`;

/**
 * `releases` are the track's releases (any order, other tracks' ignored by `track`); `from` is the version
 * the ratings were made under, `to` the version to carry them to.
 */
export function migrateRatings<R>(
  releases: readonly ReleaseIds[],
  track: string,
  from: string,
  to: string,
  ratings: Ratings<R>,
): RatingMigration<R> | MigrationError {
  const ordered = releasesOf(releases, track);
  const start = ordered.findIndex((release) => release.version === from);
  const end = ordered.findIndex((release) => release.version === to);
  if (start < 0) return { ok: false, reason: 'unknown-version', version: from };
  if (end < 0) return { ok: false, reason: 'unknown-version', version: to };
  if (start > end) return { ok: false, reason: 'newer-version', version: from };

  const startTrack = releasedTrack(ordered[start]!);
  let state: Carried<R> = { current: ratedIn(startTrack, ratings), added: new Set(), replaced: [], retired: [] };
  /** The release before the one being applied. */
  let previous = startTrack;
  for (const release of ordered.slice(start + 1, end + 1)) {
    state = applyRelease(state, previous, release);
    previous = releasedTrack(release);
  }

  const migrated: Ratings<R> = {};
  for (const { ref, rating } of state.current.values()) (migrated[ref.competency] ??= {})[ref.dimension] = rating;
  return {
    ok: true,
    from,
    to,
    ratings: migrated,
    replaced: state.replaced,
    retired: state.retired,
    added: [...state.added].map((id) => {
      const [competency = '', dimension = ''] = id.split('/');
      return { competency, dimension };
    }),
  };
}

type ReleasedTrack = ReturnType<typeof releasedTrack>;
type RatedDimensions<R> = Map<string, { ref: DimensionRef; rating: R }>;

/** The migration so far: the ratings under the last release applied, and what happened on the way. */
interface Carried<R> {
  current: RatedDimensions<R>;
  /** Dimensions that did not exist at `from`, carried through later renames. */
  added: Set<string>;
  replaced: ReplacedRating<R>[];
  retired: RetiredRating<R>[];
}

/**
 * The ratings by `competency/dimension` key. Ratings of dimensions the `from` version did not have
 * (tampered or stray) are left out from the start.
 */
function ratedIn<R>(startTrack: ReleasedTrack, ratings: Ratings<R>): RatedDimensions<R> {
  const known = new Set(
    startTrack.competencies.flatMap((competency) =>
      competency.dimensions.map((dimension) => key({ competency: competency.slug, dimension: dimension.id })),
    ),
  );
  const current: RatedDimensions<R> = new Map();
  for (const [competency, byDimension] of Object.entries(ratings)) {
    for (const [dimension, rating] of Object.entries(byDimension)) {
      const ref = { competency, dimension };
      if (known.has(key(ref))) current.set(key(ref), { ref, rating });
    }
  }
  return current;
}

/** Carries the ratings one release on: from the dimensions of `previous` to those of `release`. */
function applyRelease<R>(state: Carried<R>, previous: ReleasedTrack, release: ReleaseIds): Carried<R> {
  const { current, added } = state;
  const previousHas = (ref: DimensionRef): boolean =>
    previous.competencies.some(
      (competency) =>
        competency.slug === ref.competency && competency.dimensions.some((one) => one.id === ref.dimension),
    );
  const next: RatedDimensions<R> = new Map();
  const nextAdded = new Set<string>();
  const used = new Set<string>();
  const replaced = [...state.replaced];
  for (const competency of releasedTrack(release).competencies) {
    for (const dimension of competency.dimensions) {
      const ref = { competency: competency.slug, dimension: dimension.id };
      // A declaration applies to the step it was made for: a dimension already in the previous release
      // keeps its own rating (a release also keeps the declarations of earlier steps, still in the content).
      const declared = previousHas(ref)
        ? undefined
        : release.declarations.replaces.find(
            (one) => one.competency === ref.competency && one.dimension === ref.dimension,
          );
      const sources = declared
        ? declared.replaces.map((id) => ({ competency: ref.competency, dimension: id })).filter(previousHas)
        : [ref];
      const rated = sources.flatMap((source) => current.get(key(source)) ?? []);
      sources.forEach((source) => used.add(key(source)));
      const first = rated[0];
      if (first) {
        next.set(key(ref), { ref, rating: first.rating });
        if (declared) {
          replaced.push({
            to: ref,
            from: rated.map((one) => ({ ...one.ref, rating: one.rating })),
            taken: first.ref,
            version: release.version,
          });
        }
      } else if (sources.every((source) => !previousHas(source) || added.has(key(source)))) {
        nextAdded.add(key(ref));
      }
    }
  }
  return {
    current: next,
    added: nextAdded,
    replaced,
    retired: [...state.retired, ...retiredBy(release, current, used)],
  };
}

/** The ratings `release` no longer has a place for (not used by any of its dimensions), with the reason. */
function retiredBy<R>(release: ReleaseIds, current: RatedDimensions<R>, used: Set<string>): RetiredRating<R>[] {
  const retired: RetiredRating<R>[] = [];
  for (const [id, { ref, rating }] of current) {
    if (used.has(id)) continue;
    const reason =
      release.declarations.retired.find(
        (one) => one.competency === ref.competency && (one.dimension === ref.dimension || !one.dimension),
      )?.reason ?? '';
    retired.push({ ...ref, rating, reason, version: release.version });
  }
  return retired;
}
