/**
 * The content files as the loaders hand them over, before they are joined into the ladder (model.ts):
 * one list of entries per collection, each entry with its file path and its validated data.
 */
import type {
  CompetencyData,
  CompetencyLevelData,
  IcTrackData,
  LevelData,
  PageData,
  PromotionData,
  TrackData,
} from './schemas';

/** One collection entry as a loader hands it over (Astro's getCollection or the node reader). */
export interface SourceEntry<T> {
  /** The path inside the collection folder without extension (collections.ts, entryId): "software-engineer/l1". */
  id: string;
  /** Path of the source file relative to the project root, for error messages and "edit this page". */
  filePath: string;
  data: T;
  /** The MDX body as written, without surrounding blank lines (MDX files only). */
  body?: string;
  /** The line of the file the body starts on, when the loader knows it (for messages). */
  bodyLine?: number;
}

export interface LadderSources {
  tracks: SourceEntry<TrackData>[];
  levels: SourceEntry<LevelData>[];
  competencies: SourceEntry<CompetencyData>[];
  competencyLevels: SourceEntry<CompetencyLevelData>[];
  promotions: SourceEntry<PromotionData>[];
  icTracks: SourceEntry<IcTrackData>[];
  pages: SourceEntry<PageData>[];
}
