/**
 * The ladder's content collections. Every file lives under the top-level content/ folder (or the folder
 * LADDER_CONTENT_DIR names, see site-config.ts), one sub-folder per collection and, inside it, one folder
 * per track: a team swaps in its own ladder by editing content/ only. Folders, file types, ids and schemas
 * are declared once in src/lib/ladder/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionEntries, entryId, globPattern, type CollectionName } from './lib/ladder/collections';
import { siteConfig } from './lib/site-config';

export const collections = Object.fromEntries(
  collectionEntries.map(([name, spec]) => [
    name,
    defineCollection({
      loader: glob({
        pattern: globPattern(spec),
        base: `${siteConfig.contentDir}/${spec.folder}`,
        // The same ids as the node-side reader: the path, never a slugified copy of it.
        generateId: ({ entry }) => entryId(entry),
      }),
      schema: spec.schema,
    }),
  ]),
) as { [K in CollectionName]: ReturnType<typeof defineCollection> };
