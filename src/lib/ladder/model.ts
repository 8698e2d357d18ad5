/**
 * The ladder as the pages and the calculator use it: every collection entry joined to its track, sorted,
 * and every behaviour, output, trap, matrix cell and criterion given a stable id for anchors and search.
 *
 * buildLadder() validates across files first (validate.ts) and throws a LadderValidationError that names
 * each bad file and field, so bad content fails the build.
 */
import type { z } from 'zod';
import type { CompetencyData, ListItem, PromotionData, TrackData } from './schemas';
import type { ladderShape } from './ladder-schema';
import { defaultLabels } from './labels';
import { LadderValidationError } from './issues';
import type { LadderSources, SourceEntry } from './sources';
import { validateLadderSources } from './validate';

/** What buildLadder() takes: the entries of every collection (see sources.ts). */
export type { LadderSources, SourceEntry } from './sources';

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

/** The file name without folder and extension: "software-engineer/l1" -> "l1". */
export const entrySlug = (id: string): string => id.split('/').pop() ?? id;

/**
 * An entry's Markdown body without surrounding blank lines. Astro's loader trims bodies and the disk reader
 * keeps the newline after the front matter; normalising here makes the ladder the same whichever loaded it.
 */
const bodyOf = (entry: { body?: string }): string => (entry.body ?? '').trim();

/** The track an entry belongs to, from its `track` field. */
const inTrack = <T extends { track: string }>(entries: SourceEntry<T>[], track: string) =>
  entries.filter((entry) => entry.data.track === track);

function toItems(items: ListItem[], prefix: string): Item[] {
  return items.map((item, index) =>
    typeof item === 'string' ? { id: `${prefix}-${index + 1}`, text: item } : { id: item.id, text: item.text },
  );
}

function buildCompetency(entry: SourceEntry<CompetencyData>, levels: Level[]): Competency {
  const { data } = entry;
  const rankOf = new Map(levels.map((level) => [level.code, level.rank]));
  const perLevel = [...data.levels]
    .sort((a, b) => (rankOf.get(a.level) ?? 0) - (rankOf.get(b.level) ?? 0))
    .map((block): CompetencyLevel => {
      const code = block.level.toLowerCase();
      return {
        level: block.level,
        quote: block.quote,
        summary: block.summary,
        behaviours: toItems(block.behaviours, `${code}-behaviour`),
        outputs: toItems(block.outputs, `${code}-output`),
        wouldSee: { id: `${code}-would-see`, text: block.wouldSee },
        traps: toItems(block.traps, `${code}-trap`),
        antiSignal: { id: `${code}-anti-signal`, text: block.antiSignal },
      };
    });
  const dimensions = data.dimensions.map((dimension) => ({
    id: dimension.id,
    name: dimension.name,
    cells: Object.fromEntries(
      levels.map((level) => [
        level.code,
        { id: `${dimension.id}-${level.code.toLowerCase()}`, text: dimension.cells[level.code] ?? '' },
      ]),
    ),
  }));
  return {
    slug: entrySlug(entry.id),
    filePath: entry.filePath,
    name: data.name,
    shortName: data.shortName,
    weight: data.weight,
    targets: data.targets,
    rule: data.rule,
    levels: perLevel,
    dimensions,
  };
}

const toCriteria = (criteria: PromotionData['demonstrate'], prefix: string): Criterion[] =>
  criteria.map((criterion, index) => ({ id: `${prefix}-${index + 1}`, ...criterion }));

function buildPromotion(entry: SourceEntry<PromotionData>): Promotion {
  const { data } = entry;
  return {
    slug: entrySlug(entry.id),
    filePath: entry.filePath,
    from: data.from,
    to: data.to,
    summary: data.summary,
    demonstrate: toCriteria(data.demonstrate, 'demonstrate'),
    portfolio: toCriteria(data.portfolio, 'portfolio'),
    verification: data.verification.map((text, index) => ({ id: `verification-${index + 1}`, text })),
  };
}

/** A track in the ladder, with its `order` for sorting the tracks (the ladder itself keeps only the order). */
function buildTrack(entry: SourceEntry<TrackData>, sources: LadderSources): { order: number; track: Track } {
  const slug = entrySlug(entry.id);
  const { labels, order, ...data } = entry.data;
  const levels: Level[] = inTrack(sources.levels, slug)
    .map(({ data: { track: _track, ...level }, ...source }) => ({
      ...level,
      slug: entrySlug(source.id),
      filePath: source.filePath,
      isHireBar: level.code === data.hireBar,
      scaleName: data.scaleLegend[level.rank - 1] ?? '',
      matrixName: data.matrixScale[level.rank - 1] ?? '',
    }))
    .sort((a, b) => a.rank - b.rank);
  const rankOf = new Map(levels.map((level) => [level.code, level.rank]));
  const track: Track = {
    ...data,
    slug,
    filePath: entry.filePath,
    labels: { ...defaultLabels, ...labels },
    levels,
    competencies: byOrder(inTrack(sources.competencies, slug)).map((competency) => buildCompetency(competency, levels)),
    promotions: inTrack(sources.promotions, slug)
      .map(buildPromotion)
      .sort((a, b) => (rankOf.get(a.from) ?? 0) - (rankOf.get(b.from) ?? 0)),
    icTracks: byOrder(inTrack(sources.icTracks, slug)).map(
      ({ data: { track: _track, order: _order, ...ic }, ...source }) => ({
        ...ic,
        slug: entrySlug(source.id),
        filePath: source.filePath,
        body: bodyOf(source),
      }),
    ),
    pages: inTrack(sources.pages, slug).map(({ data: { track: _track, ...page }, ...source }) => ({
      ...page,
      slug: entrySlug(source.id),
      filePath: source.filePath,
      body: bodyOf(source),
    })),
  };
  return { order, track };
}

/** Entries sorted by their `order` field (a stable sort: equal orders keep their file order). */
const byOrder = <T extends { order: number }>(entries: SourceEntry<T>[]) =>
  [...entries].sort((a, b) => a.data.order - b.data.order);

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
