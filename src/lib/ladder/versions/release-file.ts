/**
 * A released version of a track, as kept in content/releases/<track>/<version>.json (written by
 * `npm run ladder:release`): the day, the note saying why it changed, the declarations that could not be
 * inferred (dimensions that replace others, things retired), and the track exactly as /ladder.json held it.
 *
 * The schema names only what the "What changed" page and the rating migration compare, and keeps every
 * other field unread (loose objects): a release written by an older or newer site still reads, and text
 * outside the diff (taglines, promotion steps) can still be compared as a whole.
 */
import { z } from 'zod';
import { isoDay, slug, versionName } from '../schemas';

const item = z.object({ id: z.string(), text: z.string() });

/** What one competency expects at one level, as released. */
const releasedCompetencyLevel = z.looseObject({
  level: z.string(),
  quote: z.string(),
  summary: z.string(),
  behaviours: z.array(item),
  outputs: z.array(item),
  traps: z.array(item),
  wouldSee: item,
  antiSignal: item,
});

const releasedDimension = z.object({ id: z.string(), name: z.string(), cells: z.record(z.string(), item) });

const releasedCompetency = z.looseObject({
  slug: z.string(),
  name: z.string(),
  weight: z.number(),
  targets: z.record(z.string(), z.number()),
  rule: z.object({ k: z.number(), m: z.number(), label: z.string(), text: z.string() }),
  levels: z.array(releasedCompetencyLevel),
  dimensions: z.array(releasedDimension),
});

/** A track as a release keeps it: the parts of /ladder.json's track that changes are read from. */
export const releasedTrackSchema = z.looseObject({
  slug: z.string(),
  name: z.string(),
  hireBar: z.string(),
  totalWeight: z.number(),
  levels: z.array(
    z.looseObject({
      slug: z.string(),
      code: z.string(),
      title: z.string(),
      band: z.object({ min: z.number(), max: z.number() }),
    }),
  ),
  competencies: z.array(releasedCompetency),
});

/** Declarations of a release: what the content said about ids of the release before it. */
export const declarationsSchema = z.object({
  /** A dimension of this release that takes over from dimensions of the previous one (a rename, a merge). */
  replaces: z.array(z.object({ competency: slug, dimension: slug, replaces: z.array(slug).min(1) })),
  /** A dimension (or, without `dimension`, a whole competency) of the previous release taken out on purpose. */
  retired: z.array(z.object({ competency: slug, dimension: slug.optional(), reason: z.string().min(1) })),
});

export const releaseFileSchema = z.object({
  /** The track's file name: "software-engineer". */
  track: slug,
  version: versionName,
  released: isoDay,
  /** Why this version changed: one paragraph of Markdown. */
  note: z.string().trim().min(1),
  declarations: declarationsSchema,
  /** The track as /ladder.json held it on release day (the document's header, and this one track). */
  ladder: z.object({
    version: z.object({ format: z.string(), package: z.string() }).loose(),
    tracks: z.tuple([releasedTrackSchema]),
  }),
});

export type ReleasedTrack = z.infer<typeof releasedTrackSchema>;
export type ReleasedCompetency = ReleasedTrack['competencies'][number];
export type Declarations = z.infer<typeof declarationsSchema>;
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

/** A release as the site reads it: the file, and where it is (for messages). */
export interface Release extends ReleaseFile {
  filePath: string;
}

/** The track a release holds. */
export const releasedTrack = (release: ReleaseFile): ReleasedTrack => release.ladder.tracks[0];

/** Releases oldest first: by day, then by version (numbers compared as numbers: 2026.10 after 2026.9). */
export const byRelease = (a: ReleaseFile, b: ReleaseFile): number =>
  a.released.localeCompare(b.released) || a.version.localeCompare(b.version, 'en', { numeric: true });

/** A track's releases, oldest first. */
export const releasesOf = <R extends ReleaseFile>(releases: readonly R[], track: string): R[] =>
  releases.filter((release) => release.track === track).sort(byRelease);
