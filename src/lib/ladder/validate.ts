/**
 * Checks that need more than one file, and the MDX bodies: references between files, weights that must add
 * up, level bands that must tile the score range, anchors that must be unique on their page, bodies that
 * hold what their collection says (collections.ts). Each problem names the file, the field, what was found
 * and what was expected, so that whoever edits the ladder can fix it without reading code.
 *
 * One mistake gives one message: a track whose levels are not sound (a code used twice, ranks with a gap)
 * gets its level problems only, since every other file of the track refers to levels by code.
 */
import { bodyBlocks, BodySyntaxError, splitSummaryAndExample, type Block } from './body';
import { ladderCollections, entrySlug, parentOf, trackOf, type BodyRule, type CollectionName } from './collections';
import type { ContentIssue } from './issues';
import { antiSignalId, cellId, competencyLevelLists, wouldSeeId } from './item-ids';
import { defaultLabels } from './labels';
import type { LevelData, TrackData } from './schemas';
import type { LadderSources, SourceEntry } from './sources';
import { anchors } from '../routes';

type Report = (entry: { filePath: string } | string, field: string, found: string, expected: string) => void;

/** Scores and bands use one decimal; compare them as integer tenths to avoid floating-point noise. */
const tenths = (n: number) => Math.round(n * 10);
const list = (values: Iterable<string>) => [...values].join(', ') || 'none';
const fileName = (entry: SourceEntry<unknown>) => entry.filePath.split('/').pop() ?? entry.filePath;

/** The folder of a track inside a collection folder, as a path for messages: "content/levels/x/". */
function trackFolder(entry: SourceEntry<unknown>, collection: CollectionName): string {
  const marker = `${ladderCollections[collection].folder}/${trackOf(entry.id)}/`;
  const at = entry.filePath.lastIndexOf(marker);
  return at < 0 ? marker : entry.filePath.slice(0, at + marker.length);
}

/** Every entry of a track, by collection. */
interface TrackFiles {
  track: SourceEntry<TrackData>;
  slug: string;
  /** In rank order. */
  levels: SourceEntry<LevelData>[];
  sources: { [K in keyof LadderSources]: LadderSources[K] };
}

export function validateLadderSources(sources: LadderSources): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (entry, field, found, expected) =>
    issues.push({ file: typeof entry === 'string' ? entry : entry.filePath, field, found, expected });

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
    checkTrackScales(files, report);
    checkBands(files, report);
    checkCompetencies(files, report);
    checkPromotions(files, report);
    checkIcTracks(files, report);
    checkPages(files, report);
    checkBodies(files, report);
  }
  return issues;
}

/** Folders that belong to no track, and competency folders without their index.mdx: one message per folder. */
function checkFolders(sources: LadderSources, report: Report): void {
  const tracks = new Set(sources.tracks.map((track) => track.id));
  const reported = new Set<string>();
  const once = (folder: string, found: string, expected: string) => {
    if (!reported.has(folder)) report(folder, '(file)', found, expected);
    reported.add(folder);
  };
  for (const [collection, entries] of Object.entries(sources) as [CollectionName, SourceEntry<unknown>[]][]) {
    if (collection === 'tracks') continue;
    for (const entry of entries) {
      const track = trackOf(entry.id);
      if (!tracks.has(track)) {
        once(
          trackFolder(entry, collection),
          `a folder for track "${track}", which has no track file`,
          `a file tracks/${track}.yaml, or the folder named after one of the tracks (${list(tracks)})`,
        );
      }
    }
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

/** At least one level, a code of its own for each, ranks 1 to N. False when other files cannot be checked. */
function checkLevels({ track, slug, levels }: TrackFiles, report: Report): boolean {
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
  return sound;
}

const codesOf = (levels: SourceEntry<LevelData>[]) => levels.map((level) => level.data.code);

function checkTrackScales({ track, levels }: TrackFiles, report: Report): void {
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
function checkBands({ levels }: TrackFiles, report: Report): void {
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

/** Weights add up; every level has a file, a target and a matrix cell; every anchor is used once. */
function checkCompetencies({ track, levels, sources }: TrackFiles, report: Report): void {
  const codes = codesOf(levels);
  const expectedCodes = list(codes);
  const slugs = levels.map((level) => entrySlug(level.id));
  const { competencies, competencyLevels } = sources;
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

/** Steps between adjacent levels, one per pair; criteria name real competencies, levels and sub-tracks. */
function checkPromotions({ levels, sources }: TrackFiles, report: Report): void {
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
function checkIcTracks({ levels, sources }: TrackFiles, report: Report): void {
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
function checkPages({ sources }: TrackFiles, report: Report): void {
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

/** Every MDX body is valid MDX and holds what its collection says it holds. */
function checkBodies({ track, sources }: TrackFiles, report: Report): void {
  const label = track.data.labels.whatYouWouldSee ?? defaultLabels.whatYouWouldSee;
  for (const [collection, entries] of Object.entries(sources) as [CollectionName, SourceEntry<unknown>[]][]) {
    const spec = ladderCollections[collection];
    if (!('body' in spec) || !spec.body) continue;
    for (const entry of entries) checkBody(entry, spec.body, spec.bodyHolds ?? 'the body', label, report);
  }
}

const describeBlocks = (blocks: readonly Block[]): string => {
  if (blocks.length === 0) return 'nothing';
  const kinds = blocks.map((block) => (block.type === 'heading' ? `a heading "${block.text}"` : `a ${block.type}`));
  return blocks.length === 1 ? kinds[0]! : `${blocks.length} blocks (${kinds.join(', ')})`;
};

function checkBody(entry: SourceEntry<unknown>, rule: BodyRule, holds: string, label: string, report: Report): void {
  const body = entry.body ?? '';
  const at = (line: number) => (entry.bodyLine ? `line ${entry.bodyLine + line - 1}` : `line ${line} of the body`);
  if (rule === 'none') {
    if (body.trim()) {
      report(
        entry,
        'body',
        'text below the front matter',
        'none: what the competency expects at each level goes in the level files next to index.mdx',
      );
    }
    return;
  }
  let blocks: Block[];
  try {
    blocks = bodyBlocks(body);
  } catch (error) {
    if (!(error instanceof BodySyntaxError)) throw error;
    report(
      entry,
      'body',
      `invalid MDX at ${at(error.line)}: ${error.reason}`,
      'Markdown (write \\< and \\{ for a literal < or {)',
    );
    return;
  }
  if (rule === 'paragraph') {
    if (blocks.length !== 1 || blocks[0]!.type !== 'paragraph') {
      report(entry, 'body', describeBlocks(blocks), `one paragraph: ${holds}`);
    }
    return;
  }
  if (rule !== 'summary-and-example') return;
  const heading = `"## ${label}"`;
  const { summary, heading: found, example } = splitSummaryAndExample(blocks);
  const shape = `the summary, then the heading ${heading}, then the example`;
  if (!found) {
    report(entry, 'body', `no ${heading} heading`, shape);
  } else if (found.text.toLowerCase() !== label.toLowerCase()) {
    report(
      entry,
      'body',
      `the heading "## ${found.text}" at ${at(found.line)}`,
      `${heading}, the track's whatYouWouldSee label`,
    );
  } else if (summary.length === 0) {
    report(entry, 'body', `nothing before ${heading}`, shape);
  } else if (example.length === 0) {
    report(entry, 'body', `nothing after ${heading}`, shape);
  } else {
    const extra = [...summary, ...example].find((block) => block.type === 'heading');
    if (extra)
      report(
        entry,
        'body',
        `a second heading "${extra.text}" at ${at(extra.line)}`,
        `one heading, ${heading}, between the summary and the example`,
      );
  }
}
