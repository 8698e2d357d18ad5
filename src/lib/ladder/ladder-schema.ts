/**
 * The ladder's shape, declared once: what the pages, the search index and the calculator read (the types in
 * model.ts are inferred from it) and what /ladder.json holds (export.ts). It describes the joined ladder,
 * not the source files (those are in schemas.ts), so it carries the derived values too: item ids (the
 * anchors the site uses), hire-bar flags, scale names, every label filled in, and each MDX body both as
 * written and as plain text.
 *
 * The site also keeps where each entry came from: its file path ("Edit this page", messages) and, for MDX
 * entries, the collection entry the pages render the body from. The export leaves those out: they describe
 * the repository, not the ladder. declareLadder() builds both shapes from the same declarations.
 */
import { z } from 'zod';
import type { CollectionName } from './collections';
import {
  checkSchema,
  competencySchema,
  dimensionSchema,
  icTrackSchema,
  labelsSchema,
  levelCode,
  levelSchema,
  pageSchema,
  ruleSchema,
  slug,
  text,
  trackSchema,
} from './schemas';
import { TRACK_DESCRIPTION } from './validate/rules';

/** The MDX source of an entry's body, as written (without surrounding blank lines). */
const body = z.string().describe('The MDX source of the body, as written (without surrounding blank lines).');

/** The body as plain text, as a search index or a spreadsheet wants it. */
const bodyText = z.string().describe('The body as plain text: no Markdown marks, tags or line breaks.');

/**
 * Names a part of the ladder in the export's JSON Schema (a `$defs` entry), or leaves it as it is: ids are
 * global in zod, so only one of the two declarations may carry them.
 */
type Name = <T extends z.ZodType>(schema: T, id: string, description?: string) => T;

/** A piece of ladder text with its anchor: unique within its competency or promotion step, usable as an HTML id. */
function declareItem(name: Name) {
  return name(z.object({ id: slug, text }), 'Item', 'A piece of ladder text with its stable anchor id.');
}

type Item = ReturnType<typeof declareItem>;

function declareLevel<File extends z.ZodRawShape, Mdx extends z.ZodRawShape>(file: File, mdx: Mdx, name: Name) {
  return name(
    z.object({
      /** The level's file name, used in its URL: "l3". */
      slug,
      ...levelSchema.shape,
      /** The level in one line: the body as plain text. */
      tagline: text,
      body,
      /** True for the level a new hire must reach (the track's `hireBar`). */
      isHireBar: z.boolean(),
      scaleName: z.string().describe('The name the scale legend gives this level.'),
      matrixName: z.string().describe('The name the measurement matrix headers give this level.'),
      ...file,
      ...mdx,
    }),
    'Level',
  );
}

/** A competency with what it expects at each level and its measurement matrix. */
function declareCompetency<File extends z.ZodRawShape, Mdx extends z.ZodRawShape>(
  item: Item,
  file: File,
  mdx: Mdx,
  name: Name,
) {
  /** What one competency expects at one level. */
  const competencyLevel = name(
    z.object({
      /** The level code ("L2"). */
      level: levelCode,
      /** What someone at this level would say, in their own words. */
      quote: text,
      /** The summary: the body up to its "What you would see" heading, as plain text. */
      summary: text,
      /** Numbered as the ladder numbers them: ids "l2-behaviour-1", … unless given their own. */
      behaviours: z.array(item).min(1),
      outputs: z.array(item).min(1),
      /** The example after the body's "What you would see" heading, as plain text; id "l2-would-see". */
      wouldSee: item,
      traps: z.array(item).min(1),
      /** The behaviour that rules the level out; id "l2-anti-signal". */
      antiSignal: item,
      body,
      ...file,
      ...mdx,
    }),
    'CompetencyLevel',
  );

  /** One row of the measurement matrix. */
  // What a dimension replaces is kept with each release (content/releases/), not in the export.
  const { replaces: _replaces, ...dimensionFields } = dimensionSchema.shape;
  const dimension = name(
    z.object({
      ...dimensionFields,
      /** Cell ids are "<dimension>-<level>": "debugging-l4". */
      cells: z.record(levelCode, item).describe('One measurement-matrix cell per level code.'),
    }),
    'Dimension',
  );

  // rule and dimensions are declared below, in the place the export has always had them; what a competency
  // retired is kept with each release (content/releases/), not in the export.
  const {
    order: _order,
    targets,
    rule: _rule,
    dimensions: _dimensions,
    retired: _retiredDimensions,
    ...competencyFields
  } = competencySchema.shape;
  const competency = name(
    z.object({
      /** The competency's folder name, used in its URL: "technical-mastery". */
      slug,
      ...competencyFields,
      targets: targets.describe('The competency level (1 to the number of levels) expected at each ladder level.'),
      rule: ruleSchema.describe('At a level when at least k of the m dimensions reach it.'),
      levels: z.array(competencyLevel).min(1).describe('One block per ladder level, in ladder order.'),
      dimensions: z.array(dimension).min(1).describe('The measurement matrix: one row per dimension.'),
      ...file,
    }),
    'Competency',
  );
  return { competencyLevel, dimension, competency };
}

/** A step from one level to the next, with its criteria. */
function declarePromotion<File extends z.ZodRawShape, Mdx extends z.ZodRawShape>(
  item: Item,
  file: File,
  mdx: Mdx,
  name: Name,
) {
  /** A promotion criterion, and what the calculator can check of it. */
  const criterion = name(
    z.object({
      ...item.shape,
      /** The sub-track of the target level this criterion applies to; absent when it applies to all. */
      subTrack: slug.optional(),
      checks: z.array(checkSchema).describe('What the calculator can check for this criterion; empty when nothing.'),
    }),
    'Criterion',
  );

  /** A step from one level to the next. */
  const promotion = name(
    z.object({
      /** The step's file name, its anchor on the promotion page: "l2-to-l3". */
      slug,
      from: levelCode,
      to: levelCode,
      /** The step in one line ("Typical 18–24 months"): the body as plain text. */
      summary: text,
      demonstrate: z.array(criterion).min(1),
      portfolio: z.array(criterion),
      verification: z.array(item),
      body,
      ...file,
      ...mdx,
    }),
    'Promotion',
  );
  return { criterion, promotion };
}

function declareLadder<File extends z.ZodRawShape, Mdx extends z.ZodRawShape>(file: File, mdx: Mdx, name: Name) {
  const item = declareItem(name);
  const level = declareLevel(file, mdx, name);
  const { competencyLevel, dimension, competency } = declareCompetency(item, file, mdx, name);
  const { criterion, promotion } = declarePromotion(item, file, mdx, name);

  const { order: _icOrder, ...icTrackFields } = icTrackSchema.shape;
  const icTrack = name(
    z.object({ slug, ...icTrackFields, body, bodyText, ...file, ...mdx }),
    'IcTrack',
    'An alternative individual-contributor track; its body is the description.',
  );

  const page = name(z.object({ slug, ...pageSchema.shape, body, bodyText, ...file, ...mdx }), 'Page');

  const { order: _trackOrder, labels: _labels, retired: _retired, ...trackFields } = trackSchema.shape;
  const track = name(
    z.object({
      /** The track's file name, the first segment of its URLs: "software-engineer". */
      slug,
      ...trackFields,
      /** Every label, the track's own merged over the defaults (labels.ts). */
      labels: name(labelsSchema.required(), 'Labels'),
      levels: z.array(level).min(1).describe('In rank order.'),
      competencies: z.array(competency).min(1),
      promotions: z.array(promotion).describe('In ladder order of the level they start from.'),
      icTracks: z.array(icTrack),
      pages: z.array(page),
      ...file,
    }),
    'Track',
    TRACK_DESCRIPTION,
  );

  /** Every track of the ladder, in their `order`. */
  const ladder = z.object({ tracks: z.array(track).min(1) });

  return { item, level, competencyLevel, dimension, competency, criterion, promotion, icTrack, page, track, ladder };
}

/** The collection entry an MDX body is rendered from (getEntry(collection, id)). */
export interface EntryRef {
  collection: Exclude<CollectionName, 'tracks' | 'competencies'>;
  id: string;
}

/** The site's ladder: every entry keeps its source file, MDX entries the collection entry of their body. */
export const ladderShape = declareLadder(
  { filePath: z.string().describe('The source file, relative to the project root.') },
  { entry: z.custom<EntryRef>().describe('The collection entry the pages render the body from.') },
  (schema) => schema,
);

/** The same ladder without where it came from: the tracks of /ladder.json, its parts named in its JSON Schema. */
export const exportShape = declareLadder({}, {}, (schema, id, description) => schema.meta({ id, description }));
