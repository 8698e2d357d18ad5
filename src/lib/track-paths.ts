/**
 * getStaticPaths helpers for the per-track pages. Each route carries what its page shows, looked up once
 * here, so a page only renders its props (Starlight's "routes carry their entry").
 */
import { getLadder } from './ladder/load';
import { neighbours, pageOfKind, stepsAround } from './ladder/lookup';
import type { Competency, Ladder, Level, Page, Promotion, Track } from './ladder/model';
import { levelPairs } from './reading/pairs';
import { comparePair } from './routes';

export interface TrackProps {
  ladder: Ladder;
  track: Track;
}

/** One path per track: { params: { track }, props: { ladder, track } }. */
export async function trackPaths() {
  const ladder = await getLadder();
  return ladder.tracks.map((track) => ({
    params: { track: track.slug },
    props: { ladder, track } satisfies TrackProps,
  }));
}

/** One path per track that has content for the page (IC tracks, promotion steps, two levels to compare). */
export async function trackPathsWhere(hasContent: (track: Track) => boolean) {
  return (await trackPaths()).filter(({ props }) => hasContent(props.track));
}

export interface PageProps extends TrackProps {
  page: Page;
}

/** One path per track that has a page of this kind (FAQ, self-assessment), with that page. */
export async function pagePaths(kind: Page['kind']) {
  return (await trackPaths()).flatMap(({ params, props }) => {
    const page = pageOfKind(props.track, kind);
    return page ? [{ params, props: { ...props, page } satisfies PageProps }] : [];
  });
}

export interface LevelProps {
  track: Track;
  level: Level;
  prev: Level | undefined;
  next: Level | undefined;
  /** The promotion steps into and out of the level. */
  into: Promotion[];
  outOf: Promotion[];
}

/** One path per level: /<track>/levels/<level>/. */
export async function levelPaths() {
  const ladder = await getLadder();
  return ladder.tracks.flatMap((track) =>
    track.levels.map((level) => ({
      params: { track: track.slug, level: level.slug },
      props: { track, level, ...neighbours(track.levels, level), ...stepsAround(track, level) } satisfies LevelProps,
    })),
  );
}

export interface CompetencyProps {
  track: Track;
  competency: Competency;
  prev: Competency | undefined;
  next: Competency | undefined;
}

/** One path per competency: /<track>/competencies/<competency>/. */
export async function competencyPaths() {
  const ladder = await getLadder();
  return ladder.tracks.flatMap((track) =>
    track.competencies.map((competency) => ({
      params: { track: track.slug, competency: competency.slug },
      props: { track, competency, ...neighbours(track.competencies, competency) } satisfies CompetencyProps,
    })),
  );
}

export interface CompareProps {
  track: Track;
  /** The lower of the two levels. */
  from: Level;
  to: Level;
}

/** One path per pair of levels, lower first: /<track>/compare/l2-l3/. */
export async function comparePaths() {
  const ladder = await getLadder();
  return ladder.tracks.flatMap((track) =>
    levelPairs(track.levels).map(({ from, to }) => ({
      params: { track: track.slug, pair: comparePair(from.slug, to.slug) },
      props: { track, from, to } satisfies CompareProps,
    })),
  );
}
