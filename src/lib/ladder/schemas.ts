/**
 * The zod schemas of every content collection. They are plain zod (no astro:content import) so that the
 * same rules validate the Astro collections at build time and the fixture ladders in unit tests.
 *
 * Checks that need one file only live here (as refinements, so the error names the file and field);
 * checks across files live in validate.ts.
 */
import { z } from 'zod';

/** A lowercase, URL-safe identifier: file names, dimension ids, sub-track ids. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id made of letters, digits and single hyphens');

/** A level code as the ladder writes it, such as "L3". */
export const levelCode = z.string().regex(/^[A-Za-z0-9]+$/, 'expected a level code such as "L3"');

const text = z.string().trim().min(1, 'expected non-empty text');

/** A listed item: plain text, or text with an explicit stable id (keeps its anchor when items move). */
export const listItem = z.union([text, z.strictObject({ id: slug, text })]);
export type ListItem = z.infer<typeof listItem>;

/** Section headings and short words the pages use; a track may rename any of them. */
export const labelsSchema = z
  .strictObject({
    observableBehaviours: text,
    expectedOutputs: text,
    whatYouWouldSee: text,
    commonTraps: text,
    measurementMatrix: text,
    dimension: text,
    antiSignal: text,
    rejects: text,
    hireBar: text,
    weight: text,
    atAGlance: text,
    deepDive: text,
    promotion: text,
    whatToDemonstrate: text,
    portfolio: text,
    verificationPath: text,
    icTracks: text,
    whenToConsider: text,
    profileFit: text,
    trackMoves: text,
  })
  .partial();

export const trackSchema = z.strictObject({
  name: text,
  title: text,
  abbreviation: text,
  summary: text,
  order: z.number().int().default(1),
  totalWeight: z.number().positive().describe('The sum of the competency weights.'),
  hireBar: levelCode,
  scaleLegend: z.array(text).min(1),
  matrixScale: z.array(text).min(1),
  trackMoves: z.array(text).default([]),
  labels: labelsSchema.default({}),
});

const oneDecimal = z
  .number()
  .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, 'expected a number with at most one decimal');

export const subTrackSchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(['management', 'ic']),
});

export const levelSchema = z
  .strictObject({
    track: slug,
    code: levelCode,
    rank: z.int().positive().describe('1 for the first level, in ladder order.'),
    title: text,
    fullTitle: text.optional(),
    note: text.optional(),
    tagline: text,
    band: z
      .strictObject({ min: oneDecimal, max: oneDecimal })
      .describe('The weighted-score range (inclusive, one decimal) that maps to this level.'),
    subTracks: z.array(subTrackSchema).default([]),
  })
  .superRefine((level, ctx) => {
    if (level.band.min > level.band.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['band'],
        message: `found min ${level.band.min} above max ${level.band.max}; expected min <= max`,
      });
    }
  });

export const competencyLevelSchema = z.strictObject({
  level: levelCode,
  quote: text,
  summary: text,
  behaviours: z.array(listItem).min(1),
  outputs: z.array(listItem).min(1),
  wouldSee: text,
  traps: z.array(listItem).min(1),
  antiSignal: text,
});

export const dimensionSchema = z.strictObject({
  id: slug,
  name: text,
  cells: z.record(levelCode, text),
});

export const ruleSchema = z.strictObject({
  /** You are at level N when at least k of the m dimensions reach N. */
  k: z.number().int().positive(),
  m: z.number().int().positive(),
  label: text,
  text,
});

export const competencySchema = z
  .strictObject({
    track: slug,
    order: z.number().int(),
    name: text,
    shortName: text,
    weight: z.number().positive(),
    targets: z.record(levelCode, z.number().int().positive()),
    rule: ruleSchema,
    levels: z.array(competencyLevelSchema).min(1),
    dimensions: z.array(dimensionSchema).min(1),
  })
  .superRefine((competency, ctx) => {
    const { k, m } = competency.rule;
    if (k > m) {
      ctx.addIssue({ code: 'custom', path: ['rule', 'k'], message: `found k = ${k}; expected at most m = ${m}` });
    }
    if (m !== competency.dimensions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['rule', 'm'],
        message: `found m = ${m}; expected the number of dimensions, ${competency.dimensions.length}`,
      });
    }
    const seen = new Set<string>();
    competency.dimensions.forEach((dimension, index) => {
      if (seen.has(dimension.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions', index, 'id'],
          message: `found a second dimension with id "${dimension.id}"; expected unique ids`,
        });
      }
      seen.add(dimension.id);
    });
  });

/** A requirement the calculator can check: the listed competencies (or all) at or above a level. */
export const checkSchema = z.strictObject({
  competencies: z.union([z.literal('all'), z.array(slug).min(1)]),
  atLeast: levelCode,
  /** "all": every listed competency must reach the level; "any": at least one. */
  mode: z.enum(['all', 'any']).default('all'),
});
export type Check = z.infer<typeof checkSchema>;

/** A promotion criterion: `check` for one requirement, `checks` for several; both become `checks`. */
export const criterionSchema = z
  .strictObject({
    text,
    /** The sub-track of the target level this criterion applies to (a sub-track id of that level). */
    subTrack: slug.optional(),
    check: checkSchema.optional(),
    checks: z.array(checkSchema).optional(),
  })
  .transform(({ check, checks, ...criterion }) => ({
    ...criterion,
    checks: [...(check ? [check] : []), ...(checks ?? [])],
  }));

export const promotionSchema = z.strictObject({
  track: slug,
  from: levelCode,
  to: levelCode,
  summary: text,
  demonstrate: z.array(criterionSchema).min(1),
  portfolio: z.array(criterionSchema).default([]),
  verification: z.array(text).default([]),
});

export const icTrackSchema = z.strictObject({
  track: slug,
  level: levelCode,
  subTrack: slug.optional(),
  order: z.number().int().default(1),
  title: text,
  whenToConsider: z.array(text).default([]),
  profileFit: z.array(text).default([]),
  facts: z.array(z.strictObject({ label: text, value: text })).default([]),
});

export const pageSchema = z.strictObject({
  track: slug,
  kind: z.enum(['faq', 'self-assessment', 'page']),
  title: text,
  heading: text.optional(),
});

export type TrackData = z.infer<typeof trackSchema>;
export type LevelData = z.infer<typeof levelSchema>;
export type CompetencyData = z.infer<typeof competencySchema>;
export type PromotionData = z.infer<typeof promotionSchema>;
export type IcTrackData = z.infer<typeof icTrackSchema>;
export type PageData = z.infer<typeof pageSchema>;
