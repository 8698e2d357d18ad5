/**
 * The ladder's content collections. Every file lives under the top-level content/ folder, one sub-folder
 * per collection and, inside it, one folder per track: a team swaps in its own ladder by editing content/ only.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  competencySchema,
  icTrackSchema,
  levelSchema,
  pageSchema,
  promotionSchema,
  trackSchema,
} from './lib/ladder/schemas';

// LADDER_CONTENT_DIR builds another content folder (the benchmark's generated ladders) without touching content/.
const contentRoot = process.env.LADDER_CONTENT_DIR ?? './content';
const contentDir = (collection: string) => `${contentRoot}/${collection}`;

export const collections = {
  tracks: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml,json}', base: contentDir('tracks') }),
    schema: trackSchema,
  }),
  levels: defineCollection({
    loader: glob({ pattern: '*/*.{yaml,yml,json}', base: contentDir('levels') }),
    schema: levelSchema,
  }),
  competencies: defineCollection({
    loader: glob({ pattern: '*/*.{yaml,yml,json}', base: contentDir('competencies') }),
    schema: competencySchema,
  }),
  promotions: defineCollection({
    loader: glob({ pattern: '*/*.{yaml,yml,json}', base: contentDir('promotions') }),
    schema: promotionSchema,
  }),
  icTracks: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: contentDir('ic-tracks') }),
    schema: icTrackSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: contentDir('pages') }),
    schema: pageSchema,
  }),
};
