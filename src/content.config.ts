/**
 * The ladder's content collections. Every file lives under the top-level content/ folder, one sub-folder
 * per collection and, inside it, one folder per track: a team swaps in its own ladder by editing content/ only.
 * Folders, file types and schemas are declared once in src/lib/ladder/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { globPattern, ladderCollections, type CollectionSpec } from './lib/ladder/collections';
import { siteConfig } from './lib/site-config';

// LADDER_CONTENT_DIR builds another content folder (the benchmark's generated ladders) without touching content/.
const contentRoot = siteConfig.contentDir;

const loaderFor = (spec: CollectionSpec<unknown>) =>
  glob({ pattern: globPattern(spec), base: `${contentRoot}/${spec.folder}` });

const { tracks, levels, competencies, promotions, icTracks, pages } = ladderCollections;

export const collections = {
  tracks: defineCollection({ loader: loaderFor(tracks), schema: tracks.schema }),
  levels: defineCollection({ loader: loaderFor(levels), schema: levels.schema }),
  competencies: defineCollection({ loader: loaderFor(competencies), schema: competencies.schema }),
  promotions: defineCollection({ loader: loaderFor(promotions), schema: promotions.schema }),
  icTracks: defineCollection({ loader: loaderFor(icTracks), schema: icTracks.schema }),
  pages: defineCollection({ loader: loaderFor(pages), schema: pages.schema }),
};
