/**
 * Checks that need more than one file, and the MDX bodies: references between files, weights that must add
 * up, level bands that must tile the score range, anchors that must be unique on their page, bodies that
 * hold what their collection says (collections.ts). Each problem names the file, the field, what was found
 * and what was expected, so that whoever edits the ladder can fix it without reading code.
 *
 * One mistake gives one message: a track whose levels are not sound (a code used twice, ranks with a gap)
 * gets its level problems only, since every other file of the track refers to levels by code.
 */
import type { ContentIssue } from '../issues';
import type { LadderSources, SourceEntry } from '../sources';
import { trackOf } from '../collections';
import { checkBodies } from './bodies';
import { checkCompetencies, checkHasCompetencies } from './competencies';
import type { Report, TrackFiles } from './context';
import { checkFolders } from './folders';
import { checkBands, checkLevels, checkTrackScales } from './levels';
import { checkUniqueOrder } from './order';
import { checkIcTracks, checkPages, checkPromotions } from './references';
import { checkTrackIds } from './tracks';
import { checkReleases } from './releases';
import { attachedReleases } from '../versions/attached-releases';

export function validateLadderSources(sources: LadderSources): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (entry, field, found, expected) =>
    issues.push({ file: typeof entry === 'string' ? entry : entry.filePath, field, found, expected });

  // A track that takes a page's address is reported alone: its folders would only be named after it.
  if (!checkTrackIds(sources.tracks, report)) return issues;
  checkFolders(sources, report);
  for (const track of sources.tracks) {
    const slug = track.id;
    const ofTrack = <T>(entries: SourceEntry<T>[]) => entries.filter((entry) => trackOf(entry.id) === slug);
    const files: TrackFiles = {
      track,
      slug,
      levels: ofTrack(sources.levels).sort((a, b) => a.data.rank - b.data.rank),
      sources: {
        tracks: [track],
        levels: ofTrack(sources.levels),
        competencies: ofTrack(sources.competencies),
        competencyLevels: ofTrack(sources.competencyLevels),
        promotions: ofTrack(sources.promotions),
        icTracks: ofTrack(sources.icTracks),
        pages: ofTrack(sources.pages),
      },
    };
    if (!checkLevels(files, report)) continue;
    if (!checkHasCompetencies(files, report)) continue;
    checkTrackScales(files, report);
    checkBands(files, report);
    checkUniqueOrder(files.sources.competencies, 'competency', report);
    checkUniqueOrder(files.sources.icTracks, 'IC track', report);
    checkCompetencies(files, report);
    checkPromotions(files, report);
    checkIcTracks(files, report);
    checkPages(files, report);
    checkBodies(files, report);
    // Compared with the last release only when the track's files are sound: a missing or broken file would
    // otherwise be reported a second time as an id that disappeared.
    if (!issues.some((issue) => namesTrack(issue.file, slug))) checkReleases(files, attachedReleases(sources), report);
  }
  return issues;
}

/** Whether a reported file belongs to the track: its track file or a file in one of its folders. */
function namesTrack(file: string, slug: string): boolean {
  return file.includes(`/${slug}/`) || file.includes(`tracks/${slug}.`);
}
