/** A track's levels: their codes and ranks, the track's scales, and the score bands. */
import type { LevelData } from '../schemas';
import type { SourceEntry } from '../sources';
import { codesOf, fileName, list, tenths, trackFolder, type Report, type TrackFiles } from './context';

/** At least one level, a code of its own for each, ranks 1 to N. False when other files cannot be checked. */
export function checkLevels(files: TrackFiles, report: Report): boolean {
  const { track, slug, levels } = files;
  if (levels.length === 0) {
    report(track, 'levels', 'no level files', `at least one file in the folder levels/${slug}/`);
    return false;
  }
  let sound = true;
  const byCode = new Map<string, SourceEntry<LevelData>>();
  for (const level of levels) {
    const first = byCode.get(level.data.code);
    if (first) {
      report(level, 'code', `"${level.data.code}", the code of ${fileName(first)} too`, 'a code of its own');
      sound = false;
    } else byCode.set(level.data.code, level);
  }
  levels.forEach((level, index) => {
    if (level.data.rank !== index + 1) {
      report(
        level,
        'rank',
        String(level.data.rank),
        `ranks 1 to ${levels.length} with no gap or repeat (this would be ${index + 1})`,
      );
      sound = false;
    }
  });
  return sound && checkCodesNamedElsewhere(files, report);
}

/**
 * Other files name levels by code (the hire bar, targets, matrix cells, promotion steps). A level whose code
 * none of them uses, while they use a code no level has, was mistyped in its own file (`code: l2` or `L9`
 * in l2.mdx): that file is named, alone, rather than every file that names the level correctly.
 */
function checkCodesNamedElsewhere(files: TrackFiles, report: Report): boolean {
  const { track, levels, sources } = files;
  const named = new Set<string>([track.data.hireBar]);
  for (const competency of sources.competencies) {
    for (const code of Object.keys(competency.data.targets)) named.add(code);
  }
  for (const promotion of sources.promotions) named.add(promotion.data.from).add(promotion.data.to);
  const codes = new Set(codesOf(levels));
  const orphans = [...named].filter((code) => !codes.has(code));
  const unnamed = levels.filter((level) => !named.has(level.data.code));
  if (orphans.length === 0) return true;
  if (unnamed.length === 0) return checkMissingLevelFiles(files, orphans, report);
  for (const level of unnamed) {
    const own = fileName(level)
      .replace(/\.mdx$/, '')
      .toUpperCase();
    const meant = orphans.length === 1 ? orphans[0] : orphans.find((code) => code.toUpperCase() === own);
    report(
      level,
      'code',
      `"${level.data.code}", which no other file of the track names (they name ${list(orphans)})`,
      meant ? `"${meant}", the code the other files give this level` : `one of the codes the other files use`,
    );
  }
  return false;
}

/**
 * A code that every competency's targets name, but no level file has: the level's file is missing (deleted,
 * or not yet written). One line on the levels folder, instead of one for every file that names the level.
 */
function checkMissingLevelFiles({ levels, sources }: TrackFiles, orphans: string[], report: Report): boolean {
  const { competencies } = sources;
  const missing = orphans.filter(
    (code) => competencies.length > 0 && competencies.every((competency) => code in competency.data.targets),
  );
  if (missing.length === 0) return true;
  const folder = trackFolder(levels[0]!, 'levels');
  const [code] = missing;
  report(
    folder,
    '(file)',
    `no level file with the code${missing.length > 1 ? 's' : ''} ${list(missing)}, which the targets of every competency name`,
    missing.length > 1
      ? `a level file for each of ${list(missing)}, or them taken out of the files that name them`
      : `a level file with "code: ${code}", or ${code} taken out of the files that name it`,
  );
  return false;
}

export function checkTrackScales({ track, levels }: TrackFiles, report: Report): void {
  const codes = codesOf(levels);
  if (!codes.includes(track.data.hireBar)) {
    report(track, 'hireBar', `"${track.data.hireBar}"`, `one of the level codes (${list(codes)})`);
  }
  for (const field of ['scaleLegend', 'matrixScale'] as const) {
    if (track.data[field].length !== levels.length) {
      report(track, field, `${track.data[field].length} names`, `one name per level, ${levels.length}`);
    }
  }
}

/** Bands: ordered by rank, contiguous at one decimal, covering 1.0 to N.0 (the range of a score). */
export function checkBands({ levels }: TrackFiles, report: Report): void {
  const first = levels[0]!;
  const last = levels[levels.length - 1]!;
  if (tenths(first.data.band.min) !== 10) {
    report(first, 'band.min', String(first.data.band.min), '1.0, the lowest possible score');
  }
  if (tenths(last.data.band.max) !== levels.length * 10) {
    report(last, 'band.max', String(last.data.band.max), `${levels.length}.0, the highest possible score`);
  }
  for (let index = 1; index < levels.length; index++) {
    const previous = levels[index - 1]!;
    const current = levels[index]!;
    const gap = tenths(current.data.band.min) - tenths(previous.data.band.max);
    if (gap !== 1) {
      const what = gap <= 0 ? 'an overlap with' : 'a gap after';
      report(
        current,
        'band.min',
        `${current.data.band.min} (${what} ${previous.data.code}'s max ${previous.data.band.max})`,
        `${(tenths(previous.data.band.max) + 1) / 10}, right after ${previous.data.code}'s band`,
      );
    }
  }
}
