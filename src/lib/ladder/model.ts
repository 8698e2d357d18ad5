/**
 * The ladder as the pages and the calculator use it: every collection entry joined to its track, sorted,
 * and every behaviour, output, trap, matrix cell and criterion given a stable id for anchors and search.
 *
 * buildLadder() validates across files first (validate.ts) and throws a LadderValidationError that names
 * each bad file and field, so bad content fails the build.
 */
import type {
  Check,
  CompetencyData,
  IcTrackData,
  LevelData,
  ListItem,
  PageData,
  PromotionData,
  TrackData,
} from './schemas';
import { defaultLabels, type Labels } from './labels';
import { LadderValidationError } from './issues';
import type { LadderSources, SourceEntry } from './sources';
import { validateLadderSources } from './validate';

/** What buildLadder() takes: the entries of every collection (see sources.ts). */
export type { LadderSources, SourceEntry } from './sources';

export interface Item {
  /** Unique within its competency (or promotion step): usable as an HTML id. */
  id: string;
  text: string;
}

export interface Level extends LevelData {
  slug: string;
  filePath: string;
  isHireBar: boolean;
  /** The names the scale legend and the matrix headers give this level. */
  scaleName: string;
  matrixName: string;
}

export interface CompetencyLevel {
  level: string;
  quote: string;
  summary: string;
  behaviours: Item[];
  outputs: Item[];
  wouldSee: Item;
  traps: Item[];
  antiSignal: Item;
}

export interface Dimension {
  id: string;
  name: string;
  /** One cell per level code. */
  cells: Record<string, Item>;
}

export interface Competency {
  slug: string;
  filePath: string;
  order: number;
  name: string;
  shortName: string;
  weight: number;
  /** Target competency level (1..N) per ladder level code. */
  targets: Record<string, number>;
  rule: CompetencyData['rule'];
  /** In ladder order. */
  levels: CompetencyLevel[];
  dimensions: Dimension[];
}

export interface Criterion extends Item {
  subTrack?: string;
  checks: Check[];
}

export interface Promotion {
  slug: string;
  filePath: string;
  from: string;
  to: string;
  summary: string;
  demonstrate: Criterion[];
  portfolio: Criterion[];
  verification: Item[];
}

export interface IcTrack extends IcTrackData {
  slug: string;
  filePath: string;
  body: string;
}

export interface Page extends PageData {
  slug: string;
  filePath: string;
  body: string;
}

export interface Track extends Omit<TrackData, 'labels'> {
  slug: string;
  filePath: string;
  labels: Labels;
  /** In rank order. */
  levels: Level[];
  /** In their `order`. */
  competencies: Competency[];
  /** In ladder order of their `from` level. */
  promotions: Promotion[];
  icTracks: IcTrack[];
  pages: Page[];
}

export interface Ladder {
  tracks: Track[];
}

/** The file name without folder and extension: "software-engineer/l1" -> "l1". */
export const entrySlug = (id: string): string => id.split('/').pop() ?? id;

/**
 * An entry's Markdown body without surrounding blank lines. Astro's loader trims bodies and the disk reader
 * keeps the newline after the front matter; normalising here makes the ladder the same whichever loaded it.
 */
const bodyOf = (entry: SourceEntry<unknown>): string => (entry.body ?? '').trim();

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
    order: data.order,
    name: data.name,
    shortName: data.shortName,
    weight: data.weight,
    targets: data.targets,
    rule: data.rule,
    levels: perLevel,
    dimensions,
  };
}

function toCriteria(criteria: PromotionData['demonstrate'], prefix: string): Criterion[] {
  return criteria.map((criterion, index) => ({
    id: `${prefix}-${index + 1}`,
    text: criterion.text,
    ...(criterion.subTrack ? { subTrack: criterion.subTrack } : {}),
    checks: [...(criterion.check ? [criterion.check] : []), ...(criterion.checks ?? [])],
  }));
}

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

function buildTrack(entry: SourceEntry<TrackData>, sources: LadderSources): Track {
  const slug = entrySlug(entry.id);
  const { labels, ...data } = entry.data;
  const levels: Level[] = inTrack(sources.levels, slug)
    .map((level) => ({
      ...level.data,
      slug: entrySlug(level.id),
      filePath: level.filePath,
      isHireBar: level.data.code === data.hireBar,
      scaleName: data.scaleLegend[level.data.rank - 1] ?? '',
      matrixName: data.matrixScale[level.data.rank - 1] ?? '',
    }))
    .sort((a, b) => a.rank - b.rank);
  const rankOf = new Map(levels.map((level) => [level.code, level.rank]));
  return {
    ...data,
    slug,
    filePath: entry.filePath,
    labels: { ...defaultLabels, ...labels },
    levels,
    competencies: inTrack(sources.competencies, slug)
      .map((competency) => buildCompetency(competency, levels))
      .sort((a, b) => a.order - b.order),
    promotions: inTrack(sources.promotions, slug)
      .map(buildPromotion)
      .sort((a, b) => (rankOf.get(a.from) ?? 0) - (rankOf.get(b.from) ?? 0)),
    icTracks: inTrack(sources.icTracks, slug)
      .map((ic) => ({ ...ic.data, slug: entrySlug(ic.id), filePath: ic.filePath, body: bodyOf(ic) }))
      .sort((a, b) => a.order - b.order),
    pages: inTrack(sources.pages, slug).map((page) => ({
      ...page.data,
      slug: entrySlug(page.id),
      filePath: page.filePath,
      body: bodyOf(page),
    })),
  };
}

/** Validates the sources across files, then joins them into the ladder. Throws LadderValidationError. */
export function buildLadder(sources: LadderSources): Ladder {
  const issues = validateLadderSources(sources);
  if (issues.length > 0) throw new LadderValidationError(issues);
  const tracks = sources.tracks
    .map((track) => buildTrack(track, sources))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  return { tracks };
}
