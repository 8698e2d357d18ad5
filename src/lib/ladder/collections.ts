/**
 * The ladder's collections in one table: where each lives under the content folder, whether it has a folder
 * per track, whether its files are YAML data or MDX prose, and its schema. Astro's content config
 * (src/content.config.ts) and the node-side reader (read-content-dir.ts) are both built from it, so a new
 * collection is declared once.
 */
import { competencySchema, icTrackSchema, levelSchema, pageSchema, promotionSchema, trackSchema } from './schemas';

export interface CollectionSpec<Schema> {
  /** Folder under the content root. */
  folder: string;
  /** Track files sit directly in their folder; everything else in a folder per track. */
  perTrack: boolean;
  /** MDX/Markdown with front matter, or YAML/JSON data. */
  markdown: boolean;
  schema: Schema;
}

const spec = <Schema>(
  folder: string,
  perTrack: boolean,
  markdown: boolean,
  schema: Schema,
): CollectionSpec<Schema> => ({
  folder,
  perTrack,
  markdown,
  schema,
});

export const ladderCollections = {
  tracks: spec('tracks', false, false, trackSchema),
  levels: spec('levels', true, false, levelSchema),
  competencies: spec('competencies', true, false, competencySchema),
  promotions: spec('promotions', true, false, promotionSchema),
  icTracks: spec('ic-tracks', true, true, icTrackSchema),
  pages: spec('pages', true, true, pageSchema),
};

export const dataExtensions = /\.(ya?ml|json)$/;
export const markdownExtensions = /\.mdx?$/;

/** The glob pattern of a collection's files, relative to its folder. */
export const globPattern = (collection: CollectionSpec<unknown>): string =>
  `${collection.perTrack ? '*/' : ''}*.${collection.markdown ? '{md,mdx}' : '{yaml,yml,json}'}`;
