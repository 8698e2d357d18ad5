/**
 * What each content file holds: the YAML of a track file, the front matter of every MDX file. Plain zod (no
 * astro:content import), so the same rules validate the Astro collections at build time and the node-side
 * reader (read-content-dir.ts) that tests, scripts and the build's content check use.
 *
 * A file's place says what it belongs to, so no file names its track, competency or level: a level is
 * content/levels/<track>/<level>.mdx, what a competency expects at a level is
 * content/competencies/<track>/<competency>/<level>.mdx. Prose is in the MDX body (collections.ts says what
 * each body holds). Checks that need one file only are refinements here; checks across files are in
 * validate/. The joined ladder the pages use is declared in ladder-schema.ts.
 */
import { z } from 'zod';

/** A lowercase, URL-safe identifier: file and folder names, dimension ids, sub-track ids, item ids. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id made of letters, digits and single hyphens');

/** A level code as the ladder writes it, such as "L3". */
export const levelCode = z.string().regex(/^[A-Za-z0-9]+$/, 'expected a level code such as "L3"');

/** Text a reader sees: never empty. */
/** Text that says something: trimmed, not empty. The one text field of every schema, source and export. */
export const text = z.string().trim().min(1, 'expected non-empty text');

/**
 * A listed item: plain text, or text with an explicit id. Items get their anchor from their position
 * ("l2-behaviour-3"); an explicit id keeps the anchor when the item moves.
 */
export const listItem = z.union([text, z.strictObject({ id: slug, text })], {
  error: 'expected text, or { id: …, text: … } to give the item an anchor of its own',
});
export type ListItem = z.infer<typeof listItem>;

/**
 * A version of a track, as its releases name it: "2026.1" (year, then the release's number in that year).
 * Any short string of digits, letters, dots and hyphens is accepted; releases are ordered by date.
 */
export const versionName = z
  .string()
  .regex(/^[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*$/, 'expected a version such as "2026.1"');

/**
 * A day, written "2026-12-01". YAML reads an unquoted date as a date: it is turned back into the same
 * "YYYY-MM-DD" text, so quoting is optional.
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  // A pattern rather than z.iso.date(): JSON Schema readers know patterns; a "date" format needs a plug-in.
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date such as 2026-12-01'),
);

/** Something taken out of the ladder on purpose, and why (shown on the "What changed" page). */
export const retiredSchema = z.strictObject({
  /** The id it had in the last release: a dimension id, or a competency's folder name. */
  id: slug,
  /** Why it was taken out, one sentence. */
  reason: text,
});

/** Section headings and short words the pages use; a track may rename any of them (defaults in labels.ts). */
export const labelsSchema = z
  .strictObject({
    observableBehaviours: text,
    expectedOutputs: text,
    /** Also the heading that separates a competency level's summary from its example (`## What you would see`). */
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

/** content/tracks/<track>.yaml: a discipline's headline facts and the words its pages use. */
export const trackSchema = z.strictObject({
  /** "Software Engineer". */
  name: text,
  /** The overview page's heading: "Software Engineer Track". */
  title: text,
  /** Short name used in headings: "The 5 SE levels". */
  abbreviation: text,
  /** One or two sentences under the title. */
  summary: text,
  /** Place among the tracks (lowest first; ties by name). */
  order: z.number().int().default(1),
  totalWeight: z.number().positive().describe('The sum of the competency weights.'),
  /** The level code a new hire must reach. */
  hireBar: levelCode,
  /** The rating scale's name for each level, lowest first: "Aware", "Developing", … */
  scaleLegend: z.array(text).min(1),
  /** The measurement matrix's column header for each level, lowest first. */
  matrixScale: z.array(text).min(1),
  /** How to move between the management and IC tracks, in order. */
  trackMoves: z.array(text).default([]),
  /** Headings that differ from the defaults. */
  labels: labelsSchema.default({}),
  /**
   * The version of the ladder this content was last released as (content/releases/<track>/<version>.json,
   * written by `npm run ladder:release`, which also updates this field). Absent until the first release.
   */
  version: versionName
    .optional()
    .describe('The released version of the track: "2026.1". Absent before the first release.'),
  /** The day that version was released. */
  released: isoDay.optional().describe('The day the version was released: "2026-12-01".'),
  /** Competencies of the last release that are gone on purpose (a competency's folder name, and why). */
  retired: z.array(retiredSchema).default([]),
});

/** A score-band limit: one decimal, as overall scores are rounded. */
const oneDecimal = z
  .number()
  .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, 'expected a number with at most one decimal');

/** A path a level splits into (L4: Tech Lead or Principal Engineer). */
export const subTrackSchema = z.strictObject({
  /** Named by promotion criteria and IC tracks. */
  id: slug,
  name: text,
  kind: z.enum(['management', 'ic']),
});

/** content/levels/<track>/<level>.mdx front matter; the body is the level's tagline (one paragraph). */
export const levelSchema = z
  .strictObject({
    /** "L3": how the ladder, the targets and the promotion steps name the level. */
    code: levelCode,
    rank: z.int().positive().describe('1 for the first level, in ladder order.'),
    /** "Senior SE". */
    title: text,
    /** The title written out where there is room ("Solution Architect" for "SA"). */
    fullTitle: text.optional(),
    /** A qualifier shown after the title: "2 tracks", "capped seat". */
    note: text.optional(),
    band: z
      .strictObject({ min: oneDecimal, max: oneDecimal })
      .describe('The weighted-score range (inclusive, one decimal) that maps to this level.'),
    /** The paths the level splits into, if any. */
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

/** One row of a competency's measurement matrix. */
export const dimensionSchema = z.strictObject({
  /** Anchors its cells: "debugging" gives "debugging-l4". */
  id: slug,
  name: text,
  /** What the dimension looks like at each level, by level code. */
  cells: z.record(levelCode, text),
  /**
   * The dimensions of the last release this one takes over from (a rename, or several merged into one):
   * ratings made under the old ids carry over to this one. Ids of this competency's dimensions.
   */
  replaces: z.array(slug).min(1).optional(),
});

/** How a competency's level follows from its dimensions. */
export const ruleSchema = z.strictObject({
  /** You are at level N when at least k of the m dimensions reach N. */
  k: z.number().int().positive(),
  /** The number of dimensions. */
  m: z.number().int().positive(),
  /** Short name: "3-of-5 majority". */
  label: text,
  /** The rule as the pages and the calculator state it. */
  text,
});

/**
 * content/competencies/<track>/<competency>/index.mdx front matter (the body stays empty): the competency's
 * weight, targets, scoring rule and measurement matrix. What it expects at each level is in the files next
 * to it, one per level.
 */
export const competencySchema = z
  .strictObject({
    /** Place in the track's list of competencies (lowest first). */
    order: z.number().int(),
    /** "Technical Mastery". */
    name: text,
    /** The name where space is short (tables, the calculator). */
    shortName: text,
    /** How much the competency counts in the weighted score. */
    weight: z.number().positive(),
    /** The competency level (1 to the number of levels) expected at each ladder level, by level code. */
    targets: z.record(levelCode, z.number().int().positive()),
    rule: ruleSchema,
    /** The measurement matrix, one row per dimension. */
    dimensions: z.array(dimensionSchema).min(1),
    /** Dimensions of the last release that are gone on purpose, and why (their ratings are kept, not scored). */
    retired: z.array(retiredSchema).default([]),
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

/**
 * content/competencies/<track>/<competency>/<level>.mdx front matter: what the competency expects at the
 * level named by the file. The body holds the summary, then a `## What you would see` heading and the example.
 */
export const competencyLevelSchema = z.strictObject({
  /** What someone at this level would say, in their own words. */
  quote: text,
  /** Numbered on the page; anchors "l2-behaviour-1", … */
  behaviours: z.array(listItem).min(1),
  /** Anchors "l2-output-1", … */
  outputs: z.array(listItem).min(1),
  /** Anchors "l2-trap-1", … */
  traps: z.array(listItem).min(1),
  /** The behaviour that rules the level out; anchor "l2-anti-signal". */
  antiSignal: text,
});

/** A requirement the calculator can check: the listed competencies (or all) at or above a level. */
export const checkSchema = z.strictObject({
  /** Competency folder names, or "all". */
  competencies: z.union([z.literal('all'), z.array(slug).min(1)]),
  /** The level code they must reach. */
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

/** content/promotions/<track>/<step>.mdx front matter; the body is the step's summary (one paragraph). */
export const promotionSchema = z.strictObject({
  /** The level code the step starts from. */
  from: levelCode,
  /** The level code it leads to: the next one. */
  to: levelCode,
  /** What to demonstrate; anchors "demonstrate-1", … */
  demonstrate: z.array(criterionSchema).min(1),
  /** The evidence to collect; anchors "portfolio-1", … */
  portfolio: z.array(criterionSchema).default([]),
  /** Who checks it, in order; anchors "verification-1", … */
  verification: z.array(text).default([]),
});

/** content/ic-tracks/<track>/<ic-track>.mdx front matter; the body is the track's description. */
export const icTrackSchema = z.strictObject({
  /** The level code the IC track sits at. */
  level: levelCode,
  /** The sub-track of that level it is. */
  subTrack: slug.optional(),
  /** Place on the IC tracks page (lowest first). */
  order: z.number().int().default(1),
  title: text,
  whenToConsider: z.array(text).default([]),
  profileFit: z.array(text).default([]),
  /** Short facts shown as a row: { label: "Reversible", value: "Yes" }. */
  facts: z.array(z.strictObject({ label: text, value: text })).default([]),
});

/** content/pages/<track>/<page>.mdx front matter; the body is the page. */
export const pageSchema = z.strictObject({
  /** "faq" is the FAQ page; "self-assessment" introduces the calculator. One of each per track. */
  kind: z.enum(['faq', 'self-assessment']),
  title: text,
  /** A heading that differs from the title. */
  heading: text.optional(),
});

export type TrackData = z.infer<typeof trackSchema>;
export type LevelData = z.infer<typeof levelSchema>;
export type CompetencyData = z.infer<typeof competencySchema>;
export type CompetencyLevelData = z.infer<typeof competencyLevelSchema>;
export type PromotionData = z.infer<typeof promotionSchema>;
export type IcTrackData = z.infer<typeof icTrackSchema>;
export type PageData = z.infer<typeof pageSchema>;
