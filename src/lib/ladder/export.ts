/**
 * The whole ladder as one JSON document (/ladder.json) and its JSON Schema (/ladder.schema.json), for other
 * tools: an HR system, a spreadsheet import, a second calculator.
 *
 * The zod schema below is the single definition of the format: the JSON Schema is generated from it, and
 * toExport() is typed by it. It describes the joined ladder (model.ts), not the source files, so it carries
 * the derived values too: item ids (the anchors the site uses), hire bar flags, scale names, full labels.
 * Source file paths are left out on purpose: they describe the repository, not the ladder.
 */
import { z } from 'zod';
import type { Ladder, Track } from './model';
import { checkSchema, labelsSchema, levelCode, ruleSchema, slug, subTrackSchema } from './schemas';

/**
 * Bump when a consumer of the previous format would break: a field removed, renamed or retyped.
 * Adding an optional field keeps the format version.
 */
export const EXPORT_FORMAT_VERSION = '2';

const text = z.string().min(1);

/** A stable id, usable as an HTML anchor on the competency or promotion page. */
const item = z
  .strictObject({ id: slug, text })
  .meta({ id: 'Item', description: 'A piece of ladder text with its stable anchor id.' });

/** Every label is filled in on export (defaults merged with the track's own). */
const labels = labelsSchema.required().meta({ id: 'Labels' });

const level = z
  .strictObject({
    slug,
    code: levelCode,
    rank: z.int().positive().describe('1 for the first level, in ladder order.'),
    title: text,
    fullTitle: text.optional(),
    note: text.optional(),
    tagline: text,
    band: z
      .strictObject({ min: z.number(), max: z.number() })
      .describe('The weighted-score range (inclusive, one decimal) that maps to this level.'),
    subTracks: z.array(subTrackSchema),
    isHireBar: z.boolean(),
    scaleName: z.string().describe('The name the scale legend gives this level.'),
    matrixName: z.string().describe('The name the measurement matrix headers give this level.'),
  })
  .meta({ id: 'Level' });

const competencyLevel = z
  .strictObject({
    level: levelCode,
    quote: text,
    summary: text,
    behaviours: z.array(item),
    outputs: z.array(item),
    wouldSee: item,
    traps: z.array(item),
    antiSignal: item,
  })
  .meta({ id: 'CompetencyLevel' });

const dimension = z
  .strictObject({
    id: slug,
    name: text,
    cells: z.record(levelCode, item).describe('One measurement-matrix cell per level code.'),
  })
  .meta({ id: 'Dimension' });

const competency = z
  .strictObject({
    slug,
    name: text,
    shortName: text,
    weight: z.number().positive(),
    targets: z
      .record(levelCode, z.int().positive())
      .describe('The competency level (1 to the number of levels) expected at each ladder level.'),
    rule: ruleSchema.describe('At a level when at least k of the m dimensions reach it.'),
    levels: z.array(competencyLevel).describe('One block per ladder level, in ladder order.'),
    dimensions: z.array(dimension).describe('The measurement matrix: one row per dimension.'),
  })
  .meta({ id: 'Competency' });

const criterion = z
  .strictObject({
    id: slug,
    text,
    subTrack: slug.optional(),
    checks: z.array(checkSchema).describe('What the calculator can check for this criterion; empty when nothing.'),
  })
  .meta({ id: 'Criterion' });

const promotion = z
  .strictObject({
    slug,
    from: levelCode,
    to: levelCode,
    summary: text,
    demonstrate: z.array(criterion),
    portfolio: z.array(criterion),
    verification: z.array(item),
  })
  .meta({ id: 'Promotion' });

const icTrack = z
  .strictObject({
    slug,
    level: levelCode,
    subTrack: slug.optional(),
    title: text,
    whenToConsider: z.array(text),
    profileFit: z.array(text),
    facts: z.array(z.strictObject({ label: text, value: text })),
    body: z.string().describe('The MDX source of the description, as written (without surrounding blank lines).'),
  })
  .meta({ id: 'IcTrack' });

const page = z
  .strictObject({
    slug,
    kind: z.enum(['faq', 'self-assessment', 'page']),
    title: text,
    heading: text.optional(),
    body: z.string().describe('The MDX source of the page, as written (without surrounding blank lines).'),
  })
  .meta({ id: 'Page' });

const track = z
  .strictObject({
    slug,
    name: text,
    title: text,
    abbreviation: text,
    summary: text,
    totalWeight: z.number().positive().describe('The sum of the competency weights.'),
    hireBar: levelCode,
    scaleLegend: z.array(text),
    matrixScale: z.array(text),
    trackMoves: z.array(text),
    labels,
    levels: z.array(level).describe('In rank order.'),
    competencies: z.array(competency),
    promotions: z.array(promotion).describe('In ladder order of the level they start from.'),
    icTracks: z.array(icTrack),
    pages: z.array(page),
  })
  .meta({ id: 'Track' });

export const ladderExportSchema = z
  .strictObject({
    version: z.strictObject({
      format: z.literal(EXPORT_FORMAT_VERSION).describe('The version of this document format.'),
      package: z.string().min(1).describe('The version of the site that generated the document.'),
    }),
    tracks: z.array(track),
  })
  .meta({
    title: 'Career ladder',
    description:
      'Every track of the career ladder: levels, competencies, measurement matrix, rules, promotion criteria and IC tracks.',
  });

export type LadderExport = z.infer<typeof ladderExportSchema>;
type TrackExport = LadderExport['tracks'][number];

/** The JSON Schema of the document, generated from the zod schema (draft 2020-12). */
export const ladderJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(ladderExportSchema, { target: 'draft-2020-12', io: 'output' });

/** Copies only the given keys whose value is defined, so optional fields are absent rather than undefined. */
function defined<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function trackExport(track: Track): TrackExport {
  return {
    slug: track.slug,
    name: track.name,
    title: track.title,
    abbreviation: track.abbreviation,
    summary: track.summary,
    totalWeight: track.totalWeight,
    hireBar: track.hireBar,
    scaleLegend: track.scaleLegend,
    matrixScale: track.matrixScale,
    trackMoves: track.trackMoves,
    labels: track.labels,
    levels: track.levels.map((level) => ({
      slug: level.slug,
      code: level.code,
      rank: level.rank,
      title: level.title,
      ...defined(level, ['fullTitle', 'note']),
      tagline: level.tagline,
      band: { min: level.band.min, max: level.band.max },
      subTracks: level.subTracks,
      isHireBar: level.isHireBar,
      scaleName: level.scaleName,
      matrixName: level.matrixName,
    })),
    competencies: track.competencies.map((competency) => ({
      slug: competency.slug,
      name: competency.name,
      shortName: competency.shortName,
      weight: competency.weight,
      targets: competency.targets,
      rule: competency.rule,
      levels: competency.levels,
      dimensions: competency.dimensions,
    })),
    promotions: track.promotions.map((step) => ({
      slug: step.slug,
      from: step.from,
      to: step.to,
      summary: step.summary,
      demonstrate: step.demonstrate,
      portfolio: step.portfolio,
      verification: step.verification,
    })),
    icTracks: track.icTracks.map((ic) => ({
      slug: ic.slug,
      level: ic.level,
      ...defined(ic, ['subTrack']),
      title: ic.title,
      whenToConsider: ic.whenToConsider,
      profileFit: ic.profileFit,
      facts: ic.facts,
      body: ic.body,
    })),
    pages: track.pages.map((page) => ({
      slug: page.slug,
      kind: page.kind,
      title: page.title,
      ...defined(page, ['heading']),
      body: page.body,
    })),
  };
}

/**
 * The ladder as the export document. Pure and deterministic (no timestamp), so the same content always
 * gives the same bytes. The result is a fresh plain-data tree: safe to JSON.stringify.
 */
export function toExport(ladder: Ladder, packageVersion: string): LadderExport {
  const document: LadderExport = {
    version: { format: EXPORT_FORMAT_VERSION, package: packageVersion },
    tracks: ladder.tracks.map(trackExport),
  };
  // A deep copy, so that a consumer mutating the export cannot reach the shared ladder object.
  return structuredClone(document);
}
