/**
 * Checks that need more than one content file: references between files, weights that must add up, level
 * bands that must tile the score range. Each problem names the file, the field, what was found and what
 * was expected, so that whoever edits the ladder can fix it without reading code.
 */
import type { ContentIssue } from './issues';
import type { LadderSources, SourceEntry } from './sources';

/** Scores and bands use one decimal; compare them as integer tenths to avoid floating-point noise. */
const tenths = (n: number) => Math.round(n * 10);
const list = (values: Iterable<string>) => [...values].join(', ') || 'none';
const trackOf = (id: string) => id.split('/')[0] ?? id;

export function validateLadderSources(sources: LadderSources): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (entry: SourceEntry<unknown>, field: string, found: string, expected: string) =>
    issues.push({ file: entry.filePath, field, found, expected });

  const trackIds = new Set(sources.tracks.map((track) => track.id));

  // Every entry names its track, and sits in that track's folder.
  const tracked = [
    ...sources.levels,
    ...sources.competencies,
    ...sources.promotions,
    ...sources.icTracks,
    ...sources.pages,
  ];
  for (const entry of tracked) {
    if (!trackIds.has(entry.data.track)) {
      report(entry, 'track', `"${entry.data.track}"`, `one of the tracks in content/tracks/ (${list(trackIds)})`);
    } else if (trackOf(entry.id) !== entry.data.track) {
      report(entry, 'track', `"${entry.data.track}"`, `"${trackOf(entry.id)}", the name of the folder the file is in`);
    }
  }

  for (const track of sources.tracks) {
    const slug = track.id;
    const levels = sources.levels.filter((level) => level.data.track === slug);
    const levelCodes = new Set(levels.map((level) => level.data.code));
    const levelCount = levels.length;
    const expectedCodes = list([...levels].sort((a, b) => a.data.rank - b.data.rank).map((level) => level.data.code));

    // Levels: at least one, ranks 1..N without gaps, unique codes.
    if (levelCount === 0) {
      report(track, 'levels', 'no level files', `at least one file in content/levels/${slug}/`);
      continue;
    }
    const seenCodes = new Set<string>();
    for (const level of levels) {
      if (seenCodes.has(level.data.code)) {
        report(level, 'code', `"${level.data.code}" a second time`, 'a code used by one level only');
      }
      seenCodes.add(level.data.code);
    }
    const ranks = levels.map((level) => level.data.rank).sort((a, b) => a - b);
    ranks.forEach((rank, index) => {
      if (rank !== index + 1) {
        const level = levels.find((candidate) => candidate.data.rank === rank)!;
        report(
          level,
          'rank',
          String(rank),
          `ranks 1 to ${levelCount} with no gap or repeat (this would be ${index + 1})`,
        );
      }
    });

    if (!levelCodes.has(track.data.hireBar)) {
      report(track, 'hireBar', `"${track.data.hireBar}"`, `one of the level codes (${expectedCodes})`);
    }
    for (const field of ['scaleLegend', 'matrixScale'] as const) {
      if (track.data[field].length !== levelCount) {
        report(track, field, `${track.data[field].length} names`, `one name per level, ${levelCount}`);
      }
    }

    // Bands: ordered by rank, contiguous at one decimal, covering 1.0 to N.0 (the range of a score).
    const byRank = [...levels].sort((a, b) => a.data.rank - b.data.rank);
    const first = byRank[0]!;
    const last = byRank[byRank.length - 1]!;
    if (tenths(first.data.band.min) !== 10) {
      report(first, 'band.min', String(first.data.band.min), '1.0, the lowest possible score');
    }
    if (tenths(last.data.band.max) !== levelCount * 10) {
      report(last, 'band.max', String(last.data.band.max), `${levelCount}.0, the highest possible score`);
    }
    for (let index = 1; index < byRank.length; index++) {
      const previous = byRank[index - 1]!;
      const current = byRank[index]!;
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

    // Competencies: weights add up; every level and every matrix cell present; targets within the scale.
    const competencies = sources.competencies.filter((competency) => competency.data.track === slug);
    const competencyIds = new Set(competencies.map((competency) => competency.id.split('/').pop()!));
    const totalWeight = competencies.reduce((sum, competency) => sum + competency.data.weight, 0);
    if (Math.abs(totalWeight - track.data.totalWeight) > 1e-9) {
      report(
        track,
        'totalWeight',
        `${track.data.totalWeight}, but the weights of its ${competencies.length} competencies add up to ${totalWeight}`,
        'the sum of the competency weights',
      );
    }
    for (const competency of competencies) {
      const { data } = competency;
      const blocks = data.levels.map((block) => block.level);
      const missing = [...levelCodes].filter((code) => !blocks.includes(code));
      const unknown = blocks.filter((code) => !levelCodes.has(code));
      const repeated = blocks.filter((code, index) => blocks.indexOf(code) !== index);
      if (missing.length || unknown.length || repeated.length) {
        const found = [
          missing.length ? `missing ${list(missing)}` : '',
          unknown.length ? `unknown ${list(unknown)}` : '',
          repeated.length ? `repeated ${list(repeated)}` : '',
        ].filter(Boolean);
        report(competency, 'levels', found.join(', '), `one block for each level (${expectedCodes})`);
      }
      checkLevelKeys(competency, 'targets', data.targets, levelCodes, expectedCodes, report);
      for (const [code, target] of Object.entries(data.targets)) {
        if (target > levelCount) {
          report(competency, `targets.${code}`, String(target), `a competency level from 1 to ${levelCount}`);
        }
      }
      data.dimensions.forEach((dimension, index) =>
        checkLevelKeys(
          competency,
          `dimensions[${index}] (${dimension.name}).cells`,
          dimension.cells,
          levelCodes,
          expectedCodes,
          report,
        ),
      );
    }

    // Promotion steps: levels exist and are adjacent; checks name real competencies, levels, sub-tracks.
    const subTracksOf = new Map(levels.map((level) => [level.data.code, level.data.subTracks.map((sub) => sub.id)]));
    const rankOf = new Map(levels.map((level) => [level.data.code, level.data.rank]));
    for (const promotion of sources.promotions.filter((entry) => entry.data.track === slug)) {
      const { from, to } = promotion.data;
      for (const field of ['from', 'to'] as const) {
        if (!levelCodes.has(promotion.data[field])) {
          report(promotion, field, `"${promotion.data[field]}"`, `one of the level codes (${expectedCodes})`);
        }
      }
      if (rankOf.has(from) && rankOf.has(to) && rankOf.get(to) !== rankOf.get(from)! + 1) {
        report(promotion, 'to', `"${to}"`, `the level right after ${from}`);
      }
      const subTracks = subTracksOf.get(to) ?? [];
      for (const group of ['demonstrate', 'portfolio'] as const) {
        promotion.data[group].forEach((criterion, index) => {
          const field = `${group}[${index}]`;
          if (criterion.subTrack && !subTracks.includes(criterion.subTrack)) {
            report(
              promotion,
              `${field}.subTrack`,
              `"${criterion.subTrack}"`,
              `a sub-track of ${to} (${list(subTracks)})`,
            );
          }
          criterion.checks.forEach((check) => {
            if (!levelCodes.has(check.atLeast)) {
              report(promotion, `${field}.atLeast`, `"${check.atLeast}"`, `one of the level codes (${expectedCodes})`);
            }
            if (check.competencies !== 'all') {
              for (const id of check.competencies.filter((candidate) => !competencyIds.has(candidate))) {
                report(
                  promotion,
                  `${field}.competencies`,
                  `"${id}"`,
                  `a competency of this track (${list(competencyIds)})`,
                );
              }
            }
          });
        });
      }
    }

    // IC tracks sit at a level, on one of its sub-tracks.
    for (const ic of sources.icTracks.filter((entry) => entry.data.track === slug)) {
      if (!levelCodes.has(ic.data.level)) {
        report(ic, 'level', `"${ic.data.level}"`, `one of the level codes (${expectedCodes})`);
      } else if (ic.data.subTrack && !(subTracksOf.get(ic.data.level) ?? []).includes(ic.data.subTrack)) {
        report(
          ic,
          'subTrack',
          `"${ic.data.subTrack}"`,
          `a sub-track of ${ic.data.level} (${list(subTracksOf.get(ic.data.level) ?? [])})`,
        );
      }
    }

    const selfAssessments = sources.pages.filter(
      (page) => page.data.track === slug && page.data.kind === 'self-assessment',
    );
    for (const extra of selfAssessments.slice(1)) {
      report(extra, 'kind', '"self-assessment" a second time', 'one self-assessment page per track');
    }
  }
  return issues;
}

function checkLevelKeys(
  entry: SourceEntry<unknown>,
  field: string,
  record: Record<string, unknown>,
  levelCodes: Set<string>,
  expectedCodes: string,
  report: (entry: SourceEntry<unknown>, field: string, found: string, expected: string) => void,
) {
  const keys = Object.keys(record);
  const missing = [...levelCodes].filter((code) => !keys.includes(code));
  const unknown = keys.filter((key) => !levelCodes.has(key));
  if (missing.length || unknown.length) {
    const found = [missing.length ? `missing ${list(missing)}` : '', unknown.length ? `unknown ${list(unknown)}` : '']
      .filter(Boolean)
      .join(', ');
    report(entry, field, found, `one entry for each level (${expectedCodes})`);
  }
}
