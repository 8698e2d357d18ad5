/** Files that refer to levels and competencies by name: promotion steps, IC tracks; and one page per kind. */
import { entrySlug } from '../collections';
import type { SourceEntry } from '../sources';
import { codesOf, fileName, list, type Report, type TrackFiles } from './context';

/** Steps between adjacent levels, one per pair; criteria name real competencies, levels and sub-tracks. */
export function checkPromotions({ levels, sources }: TrackFiles, report: Report): void {
  const codes = codesOf(levels);
  const expectedCodes = list(codes);
  const competencyIds = new Set(sources.competencies.map((competency) => entrySlug(competency.id)));
  const rankOf = new Map(levels.map((level) => [level.data.code, level.data.rank]));
  const subTracksOf = new Map(levels.map((level) => [level.data.code, level.data.subTracks.map((sub) => sub.id)]));
  const steps = new Map<string, SourceEntry<unknown>>();
  for (const promotion of sources.promotions) {
    const { from, to } = promotion.data;
    for (const field of ['from', 'to'] as const) {
      if (!rankOf.has(promotion.data[field])) {
        report(promotion, field, `"${promotion.data[field]}"`, `one of the level codes (${expectedCodes})`);
      }
    }
    if (rankOf.has(from) && rankOf.has(to) && rankOf.get(to) !== rankOf.get(from)! + 1) {
      report(promotion, 'to', `"${to}"`, `the level right after ${from}`);
    }
    const first = steps.get(`${from}→${to}`);
    if (first) {
      report(
        promotion,
        'from',
        `a second step from ${from} to ${to} (the first is ${fileName(first)})`,
        'one step per pair of levels',
      );
    } else steps.set(`${from}→${to}`, promotion);
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
        for (const check of criterion.checks) {
          if (!rankOf.has(check.atLeast)) {
            report(promotion, `${field}.atLeast`, `"${check.atLeast}"`, `one of the level codes (${expectedCodes})`);
          }
          if (check.competencies === 'all') continue;
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
    }
  }
}

/** IC tracks sit at a level, on one of its sub-tracks. */
export function checkIcTracks({ levels, sources }: TrackFiles, report: Report): void {
  const byCode = new Map(levels.map((level) => [level.data.code, level.data]));
  for (const ic of sources.icTracks) {
    const level = byCode.get(ic.data.level);
    if (!level) {
      report(ic, 'level', `"${ic.data.level}"`, `one of the level codes (${list(byCode.keys())})`);
      continue;
    }
    const subTracks = level.subTracks.map((sub) => sub.id);
    if (ic.data.subTrack && !subTracks.includes(ic.data.subTrack)) {
      report(ic, 'subTrack', `"${ic.data.subTrack}"`, `a sub-track of ${ic.data.level} (${list(subTracks)})`);
    }
  }
}

/** One page of each kind: a second FAQ would never be shown. */
export function checkPages({ sources }: TrackFiles, report: Report): void {
  const seen = new Map<string, SourceEntry<unknown>>();
  for (const page of sources.pages) {
    const first = seen.get(page.data.kind);
    if (first) {
      report(
        page,
        'kind',
        `"${page.data.kind}", the kind of ${fileName(first)} too`,
        `one ${page.data.kind} page per track`,
      );
    } else seen.set(page.data.kind, page);
  }
}
