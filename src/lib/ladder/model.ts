/**
 * The ladder as the pages and the calculator use it: every collection entry joined to its track, sorted,
 * every behaviour, output, trap, matrix cell and criterion given a stable id for anchors and search, and
 * every MDX body given its plain text.
 *
 * buildLadder() validates across files first (validate/) and throws a LadderValidationError that names
 * each bad file and field, so bad content fails the build.
 */
import type { z } from 'zod';
import { blocksText, bodyBlocks, splitSummaryAndExample } from './body';
import { entrySlug, parentOf, trackOf } from './collections';
import { LadderValidationError } from './issues';
import { antiSignalId, cellId, competencyLevelLists, wouldSeeId } from './item-ids';
import { defaultLabels } from './labels';
import type { EntryRef, ladderShape } from './ladder-schema';
import type { CompetencyData, CompetencyLevelData, PromotionData, TrackData } from './schemas';
import type { LadderSources, SourceEntry } from './sources';
import { validateLadderSources } from './validate/index';

/** What buildLadder() takes: the entries of every collection (see sources.ts). */
export type { LadderSources, SourceEntry } from './sources';
export type { EntryRef } from './ladder-schema';

// The ladder's types, inferred from its one declaration (ladder-schema.ts).
type Shape = typeof ladderShape;
export type Item = z.infer<Shape['item']>;
export type Level = z.infer<Shape['level']>;
export type CompetencyLevel = z.infer<Shape['competencyLevel']>;
export type Dimension = z.infer<Shape['dimension']>;
export type Competency = z.infer<Shape['competency']>;
export type Criterion = z.infer<Shape['criterion']>;
export type Promotion = z.infer<Shape['promotion']>;
export type IcTrack = z.infer<Shape['icTrack']>;
export type Page = z.infer<Shape['page']>;
export type Track = z.infer<Shape['track']>;
export type Ladder = z.infer<Shape['ladder']>;

/** An entry's MDX body as written, with line ends as "\n" whatever the checkout uses. */
const bodyOf = (entry: { body?: string }): string => (entry.body ?? '').replace(/\r\n?/g, '\n').trim();

/** The body, where it came from, and its plain text: what every MDX entry of the ladder carries. */
function mdxEntry(collection: EntryRef['collection'], source: SourceEntry<unknown>) {
  const body = bodyOf(source);
  return {
    slug: entrySlug(source.id),
    filePath: source.filePath,
    entry: { collection, id: source.id },
    body,
    bodyText: blocksText(bodyBlocks(body)),
  };
}

/** Entries sorted by their `order` field (a stable sort: equal orders keep their file order). */
const byOrder = <T extends { order: number }>(entries: SourceEntry<T>[]) =>
  [...entries].sort((a, b) => a.data.order - b.data.order);

function buildCompetencyLevel(level: Level, source: SourceEntry<CompetencyLevelData>): CompetencyLevel {
  const { slug: _slug, bodyText: _text, ...mdx } = mdxEntry('competencyLevels', source);
  const { summary, example } = splitSummaryAndExample(bodyBlocks(mdx.body));
  return {
    level: level.code,
    quote: source.data.quote,
    summary: blocksText(summary),
    ...competencyLevelLists(level.code, source.data),
    wouldSee: { id: wouldSeeId(level.code), text: blocksText(example) },
    antiSignal: { id: antiSignalId(level.code), text: source.data.antiSignal },
    ...mdx,
  };
}

function buildCompetency(
  entry: SourceEntry<CompetencyData>,
  levels: Level[],
  levelFiles: SourceEntry<CompetencyLevelData>[],
): Competency {
  const { data } = entry;
  const fileOf = new Map(levelFiles.map((file) => [entrySlug(file.id), file]));
  return {
    slug: entrySlug(entry.id),
    filePath: entry.filePath,
    name: data.name,
    shortName: data.shortName,
    weight: data.weight,
    targets: data.targets,
    rule: data.rule,
    levels: levels.flatMap((level) => {
      const file = fileOf.get(level.slug);
      return file ? [buildCompetencyLevel(level, file)] : [];
    }),
    dimensions: data.dimensions.map((dimension) => ({
      id: dimension.id,
      name: dimension.name,
      cells: Object.fromEntries(
        levels.map((level) => [
          level.code,
          { id: cellId(dimension.id, level.code), text: dimension.cells[level.code] ?? '' },
        ]),
      ),
    })),
  };
}

const toCriteria = (criteria: PromotionData['demonstrate'], prefix: string): Criterion[] =>
  criteria.map((criterion, index) => ({ id: `${prefix}-${index + 1}`, ...criterion }));

function buildPromotion(entry: SourceEntry<PromotionData>): Promotion {
  const { data } = entry;
  const { bodyText, ...mdx } = mdxEntry('promotions', entry);
  return {
    ...mdx,
    from: data.from,
    to: data.to,
    summary: bodyText,
    demonstrate: toCriteria(data.demonstrate, 'demonstrate'),
    portfolio: toCriteria(data.portfolio, 'portfolio'),
    verification: data.verification.map((text, index) => ({ id: `verification-${index + 1}`, text })),
  };
}

/** A track in the ladder, with its `order` for sorting the tracks (the ladder itself keeps only the order). */
function buildTrack(entry: SourceEntry<TrackData>, sources: LadderSources): { order: number; track: Track } {
  const slug = entry.id;
  const inTrack = <T>(entries: SourceEntry<T>[]) => entries.filter((source) => trackOf(source.id) === slug);
  const { labels, order, retired: _retired, ...data } = entry.data;
  const levels: Level[] = inTrack(sources.levels)
    .map((level) => {
      const { bodyText, ...mdx } = mdxEntry('levels', level);
      return {
        ...level.data,
        ...mdx,
        tagline: bodyText,
        isHireBar: level.data.code === data.hireBar,
        scaleName: data.scaleLegend[level.data.rank - 1] ?? '',
        matrixName: data.matrixScale[level.data.rank - 1] ?? '',
      };
    })
    .sort((a, b) => a.rank - b.rank);
  const rankOf = new Map(levels.map((level) => [level.code, level.rank]));
  const levelFiles = inTrack(sources.competencyLevels);
  const track: Track = {
    ...data,
    slug,
    filePath: entry.filePath,
    labels: { ...defaultLabels, ...labels },
    levels,
    competencies: byOrder(inTrack(sources.competencies)).map((competency) =>
      buildCompetency(
        competency,
        levels,
        levelFiles.filter((file) => parentOf(file.id) === competency.id),
      ),
    ),
    promotions: inTrack(sources.promotions)
      .map(buildPromotion)
      .sort((a, b) => (rankOf.get(a.from) ?? 0) - (rankOf.get(b.from) ?? 0)),
    icTracks: byOrder(inTrack(sources.icTracks)).map(({ data: { order: _order, ...ic }, ...source }) => ({
      ...ic,
      ...mdxEntry('icTracks', { ...source, data: ic }),
    })),
    pages: inTrack(sources.pages).map((page) => ({ ...page.data, ...mdxEntry('pages', page) })),
  };
  return { order, track };
}

/** Validates the sources across files, then joins them into the ladder. Throws LadderValidationError. */
export function buildLadder(sources: LadderSources): Ladder {
  const issues = validateLadderSources(sources);
  if (issues.length > 0) throw new LadderValidationError(issues);
  const tracks = sources.tracks
    .map((track) => buildTrack(track, sources))
    .sort((a, b) => a.order - b.order || a.track.name.localeCompare(b.track.name))
    .map(({ track }) => track);
  return { tracks };
}
