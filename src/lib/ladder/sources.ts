/**
 * The content files as the loaders hand them over, before they are joined into the ladder (model.ts):
 * one list of entries per collection, each entry with its file path and its validated data.
 */
import type { CompetencyData, IcTrackData, LevelData, PageData, PromotionData, TrackData } from './schemas';

/** One collection entry as a loader hands it over (Astro's getCollection or the test reader). */
export interface SourceEntry<T> {
  /** "software-engineer/l1" for files in a track folder, "software-engineer" for track files. */
  id: string;
  /** Path of the source file relative to the project root, for error messages and "edit this page". */
  filePath: string;
  data: T;
  /** Raw Markdown/MDX body, where the file has one. */
  body?: string;
}

export interface LadderSources {
  tracks: SourceEntry<TrackData>[];
  levels: SourceEntry<LevelData>[];
  competencies: SourceEntry<CompetencyData>[];
  promotions: SourceEntry<PromotionData>[];
  icTracks: SourceEntry<IcTrackData>[];
  pages: SourceEntry<PageData>[];
}
