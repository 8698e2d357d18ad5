/**
 * Finding one part of a track from what a page knows about it (a level code, a page kind). The pages and
 * components ask these questions in many places; answering them here keeps the answers the same.
 */
import type { Competency, CompetencyLevel, Level, Page, Promotion, Track } from './model';

/** The level with this code ("L3"), if the track has it. */
export const levelByCode = (track: Track, code: string): Level | undefined =>
  track.levels.find((level) => level.code === code);

/** The level a new hire must reach (the track's `hireBar`). */
export const hireBarLevel = (track: Track): Level | undefined => track.levels.find((level) => level.isHireBar);

/** What a competency expects at one level, by level code. */
export const blockAt = (competency: Competency, code: string): CompetencyLevel | undefined =>
  competency.levels.find((block) => block.level === code);

/** The track's page of one kind (its FAQ, its self-assessment introduction). */
export const pageOfKind = (track: Track, kind: Page['kind']): Page | undefined =>
  track.pages.find((page) => page.kind === kind);

/** The promotion steps that lead into a level and those that lead out of it. */
export const stepsAround = (track: Track, level: Level): { into: Promotion[]; outOf: Promotion[] } => ({
  into: track.promotions.filter((step) => step.to === level.code),
  outOf: track.promotions.filter((step) => step.from === level.code),
});

/** A sub-track's name ("Tech Lead") from its id, or undefined when no level of the track has it. */
export const subTrackName = (track: Track, id: string | undefined): string | undefined =>
  id === undefined
    ? undefined
    : track.levels.flatMap((level) => level.subTracks).find((subTrack) => subTrack.id === id)?.name;

/** The items before and after `item` in `list` (the previous and next level or competency). */
export function neighbours<T>(list: readonly T[], item: T): { prev: T | undefined; next: T | undefined } {
  const index = list.indexOf(item);
  return { prev: index > 0 ? list[index - 1] : undefined, next: list[index + 1] };
}
