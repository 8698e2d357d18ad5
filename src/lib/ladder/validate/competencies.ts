import { entrySlug, parentOf } from '../collections';
import { antiSignalId, cellId, competencyLevelLists, wouldSeeId } from '../item-ids';
import type { LevelData } from '../schemas';
import type { LadderSources, SourceEntry } from '../sources';
import { anchors } from '../../routes';
import { codesOf, list, type Report, type TrackFiles } from './context';

/**
 * A track has at least one competency: without any, there is nothing to score, and every file that names a
 * competency would be reported instead of the one cause. False when the rest of the track cannot be checked.
 */
export function checkHasCompetencies({ track, slug, sources }: TrackFiles, report: Report): boolean {
  if (sources.competencies.length > 0) return true;
  const folder = track.filePath.replace(/tracks\/[^/]+$/, `competencies/${slug}/`);
  report(
    folder,
    '(file)',
    'no competencies (the folder is empty or missing)',
    'at least one folder <competency>/ with index.mdx and one MDX file per level',
  );
  return false;
}

/** Weights add up; every level has a file, a target and a matrix cell; every anchor is used once. */
export function checkCompetencies({ track, levels, sources }: TrackFiles, report: Report): void {
  const codes = codesOf(levels);
  const expectedCodes = list(codes);
  const slugs = levels.map((level) => entrySlug(level.id));
  const { competencies, competencyLevels } = sources;
  const totalWeight = competencies.reduce((sum, competency) => sum + competency.data.weight, 0);
  // A competency folder without its index.mdx is reported on its own (folders.ts); its weight is unknown.
  const withoutIndex = competencyLevels.some((entry) => !competencies.some((c) => c.id === parentOf(entry.id)));
  if (!withoutIndex && Math.abs(totalWeight - track.data.totalWeight) > 1e-9) {
    report(
      track,
      'totalWeight',
      `${track.data.totalWeight}, but the weights of its ${competencies.length} competencies add up to ${totalWeight}`,
      'the sum of the competency weights',
    );
  }
  for (const competency of competencies) {
    const files = competencyLevels.filter((entry) => parentOf(entry.id) === competency.id);
    for (const file of files) {
      if (!slugs.includes(entrySlug(file.id))) {
        report(
          file,
          '(file)',
          `a file for level "${entrySlug(file.id)}", which the track does not have`,
          `one file per level, named like the level files (${list(slugs.map((name) => `${name}.mdx`))})`,
        );
      }
    }
    const missing = levels.filter((level) => !files.some((file) => entrySlug(file.id) === entrySlug(level.id)));
    if (missing.length > 0) {
      report(
        competency,
        'levels',
        `no file for ${list(missing.map((level) => `${level.data.code} (${entrySlug(level.id)}.mdx)`))}`,
        `one MDX file per level next to index.mdx (${list(slugs.map((name) => `${name}.mdx`))})`,
      );
    }
    checkLevelKeys(competency, 'targets', competency.data.targets, codes, expectedCodes, report);
    for (const [code, target] of Object.entries(competency.data.targets)) {
      if (target > levels.length) {
        report(competency, `targets.${code}`, String(target), `a competency level from 1 to ${levels.length}`);
      }
    }
    competency.data.dimensions.forEach((dimension, index) =>
      checkLevelKeys(
        competency,
        `dimensions[${index}] (${dimension.name}).cells`,
        dimension.cells,
        codes,
        expectedCodes,
        report,
      ),
    );
    checkAnchors(competency, files, levels, report);
  }
}

/**
 * Every anchor on a competency's page is used once: the items of every level (given ids or positional
 * ones), the matrix cells, and the page's own anchors (a section per level, the matrix).
 */
function checkAnchors(
  competency: LadderSources['competencies'][number],
  files: LadderSources['competencyLevels'],
  levels: SourceEntry<LevelData>[],
  report: Report,
): void {
  const owners = new Map<string, string>();
  for (const level of levels) {
    owners.set(anchors.competencyLevel(level.data.code), `the anchor of the ${level.data.code} section`);
    owners.set(`${anchors.competencyLevel(level.data.code)}-title`, `the anchor of the ${level.data.code} heading`);
    for (const dimension of competency.data.dimensions) {
      owners.set(
        cellId(dimension.id, level.data.code),
        `the anchor of the ${dimension.name} cell at ${level.data.code}`,
      );
    }
  }
  owners.set(anchors.matrix(), 'the anchor of the measurement matrix');
  const codeOf = new Map(levels.map((level) => [entrySlug(level.id), level.data.code]));
  // Positional ids first, so that a given id that repeats one is the one reported.
  const items = files.flatMap((file) => {
    const code = codeOf.get(entrySlug(file.id));
    if (!code) return [];
    const lists = competencyLevelLists(code, file.data);
    const fixed = [
      { id: wouldSeeId(code), given: false, field: 'body', what: `the ${code} example` },
      { id: antiSignalId(code), given: false, field: 'antiSignal', what: `the ${code} anti-signal` },
    ];
    const listed = (['behaviours', 'outputs', 'traps'] as const).flatMap((field) =>
      lists[field].map((item, index) => ({
        id: item.id,
        given: typeof file.data[field][index] !== 'string',
        field: `${field}[${index}].id`,
        what: `${code} ${field.replace(/s$/, '')} ${index + 1}`,
      })),
    );
    return [...fixed, ...listed].map((item) => ({ ...item, file }));
  });
  for (const item of [...items.filter((one) => !one.given), ...items.filter((one) => one.given)]) {
    const owner = owners.get(item.id);
    if (owner) {
      report(item.file, item.field, `"${item.id}", ${owner} too`, 'an id used once on the competency page');
    } else owners.set(item.id, `the anchor of ${item.what}`);
  }
}

function checkLevelKeys(
  entry: SourceEntry<unknown>,
  field: string,
  record: Record<string, unknown>,
  codes: string[],
  expectedCodes: string,
  report: Report,
) {
  const keys = Object.keys(record);
  const missing = codes.filter((code) => !keys.includes(code));
  const unknown = keys.filter((key) => !codes.includes(key));
  if (missing.length || unknown.length) {
    const found = [missing.length ? `missing ${list(missing)}` : '', unknown.length ? `unknown ${list(unknown)}` : '']
      .filter(Boolean)
      .join(', ');
    report(entry, field, found, `one entry for each level (${expectedCodes})`);
  }
}
