import { parentOf, trackOf, type CollectionName } from '../collections';
import type { LadderSources, SourceEntry } from '../sources';
import { fileName, list, trackFolder, type Report } from './context';

/** "competencies/x/" from "content/competencies/x/": the folder inside the content folder. */
const shortFolder = (folder: string) => folder.split('/').slice(-3).join('/');

/** Folders that belong to no track, and competency folders without their index.mdx: one message per folder. */
export function checkFolders(sources: LadderSources, report: Report): void {
  const tracks = new Set(sources.tracks.map((track) => track.id));
  const reported = new Set<string>();
  const once = (folder: string, found: string, expected: string) => {
    if (!reported.has(folder)) report(folder, '(file)', found, expected);
    reported.add(folder);
  };
  // One line per missing track file, however many folders name the track.
  const orphanFolders = new Map<string, string[]>();
  for (const [collection, entries] of Object.entries(sources) as [CollectionName, SourceEntry<unknown>[]][]) {
    if (collection === 'tracks') continue;
    for (const entry of entries) {
      const track = trackOf(entry.id);
      if (tracks.has(track)) continue;
      const folders = orphanFolders.get(track) ?? [];
      const folder = trackFolder(entry, collection);
      if (!folders.includes(folder)) folders.push(folder);
      orphanFolders.set(track, folders);
    }
  }
  for (const [track, [first, ...more]] of orphanFolders) {
    const others = more.length ? ` (and ${more.length} more: ${more.map(shortFolder).join(', ')})` : '';
    once(
      first!,
      `a folder for track "${track}"${others}, which has no track file`,
      `a file tracks/${track}.yaml, or the folder named after one of the tracks (${list(tracks)})`,
    );
  }
  const competencies = new Set(sources.competencies.map((competency) => competency.id));
  for (const entry of sources.competencyLevels) {
    if (tracks.has(trackOf(entry.id)) && !competencies.has(parentOf(entry.id))) {
      const folder = entry.filePath.slice(0, entry.filePath.length - fileName(entry).length);
      once(
        folder,
        'a competency folder without index.mdx',
        "index.mdx with the competency's weight, targets, rule and matrix",
      );
    }
  }
}
