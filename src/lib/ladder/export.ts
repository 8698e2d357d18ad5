/**
 * The whole ladder as one JSON document (/ladder.json) and its JSON Schema (/ladder.schema.json), for other
 * tools: an HR system, a spreadsheet import, a second calculator.
 *
 * The document is the ladder the site uses (ladder-schema.ts) without the source file paths, under a
 * version header. Its zod schema is that same declaration: the JSON Schema is generated from it, and
 * toExport() parses the site's ladder through it, so the document always matches its schema.
 */
import { z } from 'zod';
import type { Ladder } from './model';
import { exportShape } from './ladder-schema';

/**
 * Bump when a consumer of the previous format would break: a field removed, renamed or retyped.
 * Adding an optional field keeps the format version.
 */
export const EXPORT_FORMAT_VERSION = '2';

export const ladderExportSchema = z
  .object({
    version: z.object({
      format: z.literal(EXPORT_FORMAT_VERSION).describe('The version of this document format.'),
      package: z.string().min(1).describe('The version of the site that generated the document.'),
    }),
    tracks: exportShape.ladder.shape.tracks,
  })
  .meta({
    title: 'Career ladder',
    description:
      'Every track of the career ladder: levels, competencies, measurement matrix, rules, promotion criteria and IC tracks.',
  });

export type LadderExport = z.infer<typeof ladderExportSchema>;

/** The JSON Schema of the document, generated from the zod schema (draft 2020-12). */
export const ladderJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(ladderExportSchema, { target: 'draft-2020-12', io: 'output' });

/**
 * The ladder as the export document. Pure and deterministic (no timestamp), so the same content always
 * gives the same bytes. Parsing leaves out what the schema does not declare (file paths) and returns a
 * fresh plain-data tree, so a consumer mutating the export cannot reach the shared ladder object.
 */
export const toExport = (ladder: Ladder, packageVersion: string): LadderExport =>
  ladderExportSchema.parse({
    version: { format: EXPORT_FORMAT_VERSION, package: packageVersion },
    tracks: ladder.tracks,
  });
