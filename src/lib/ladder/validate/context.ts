/** What the checks share: how they report, and the files of one track. */
import { ladderCollections, trackOf, type CollectionName } from '../collections';
import type { LevelData, TrackData } from '../schemas';
import type { LadderSources, SourceEntry } from '../sources';

export type Report = (entry: { filePath: string } | string, field: string, found: string, expected: string) => void;

/** Scores and bands use one decimal; compare them as integer tenths to avoid floating-point noise. */
export const tenths = (n: number) => Math.round(n * 10);
export const list = (values: Iterable<string>) => [...values].join(', ') || 'none';
export const fileName = (entry: SourceEntry<unknown>) => entry.filePath.split('/').pop() ?? entry.filePath;
export const codesOf = (levels: SourceEntry<LevelData>[]) => levels.map((level) => level.data.code);

/** The folder of a track inside a collection folder, as a path for messages: "content/levels/x/". */
export function trackFolder(entry: SourceEntry<unknown>, collection: CollectionName): string {
  const marker = `${ladderCollections[collection].folder}/${trackOf(entry.id)}/`;
  const at = entry.filePath.lastIndexOf(marker);
  return at < 0 ? marker : entry.filePath.slice(0, at + marker.length);
}

/** Every entry of a track, by collection. */
export interface TrackFiles {
  track: SourceEntry<TrackData>;
  slug: string;
  /** In rank order. */
  levels: SourceEntry<LevelData>[];
  sources: { [K in keyof LadderSources]: LadderSources[K] };
}
