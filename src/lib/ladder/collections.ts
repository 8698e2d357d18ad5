/**
 * The ladder's collections in one table: where each one's files sit under the content folder, whether they
 * are YAML or MDX, what their MDX body holds, and their schema. Astro's content config
 * (src/content.config.ts) and the node-side reader (read-content-dir.ts) are both built from it, so a
 * collection is declared once, and an entry's id is derived one way (entryId).
 */
import {
  competencyLevelSchema,
  competencySchema,
  icTrackSchema,
  levelSchema,
  pageSchema,
  promotionSchema,
  trackSchema,
} from './schemas';

/**
 * What the body of an MDX file holds:
 * - "none": nothing (all of it is front matter);
 * - "paragraph": one paragraph of Markdown, which the pages also show inline;
 * - "summary-and-example": the summary, then one `## What you would see` heading, then the example;
 * - "document": any MDX.
 */
export type BodyRule = 'none' | 'paragraph' | 'summary-and-example' | 'document';

export interface CollectionSpec<Schema> {
  /** Folder under the content root. */
  folder: string;
  /**
   * The path of a file inside the folder, one segment per level of nesting, as written in messages:
   * ["<track>.yaml"], ["<track>", "<level>.mdx"], ["<track>", "<competency>", "index.mdx"].
   */
  layout: readonly string[];
  /** A fixed file name (competency index files), or undefined when the name is the entry's own. */
  fileName?: string;
  format: 'yaml' | 'mdx';
  /** What the MDX body holds (MDX files only). */
  body?: BodyRule;
  /** What a "paragraph" body is, for messages: "the level's tagline". */
  bodyHolds?: string;
  /** What one file describes, for messages: "a level". */
  noun: string;
  schema: Schema;
}

const yaml = <Schema>(folder: string, noun: string, schema: Schema): CollectionSpec<Schema> => ({
  folder,
  layout: ['<track>.yaml'],
  format: 'yaml',
  noun,
  schema,
});

const mdx = <Schema>(
  folder: string,
  layout: readonly string[],
  body: BodyRule,
  noun: string,
  schema: Schema,
  more: Pick<CollectionSpec<Schema>, 'fileName' | 'bodyHolds'> = {},
): CollectionSpec<Schema> => ({ folder, layout, format: 'mdx', body, noun, schema, ...more });

export const ladderCollections = {
  tracks: yaml('tracks', 'a track', trackSchema),
  levels: mdx('levels', ['<track>', '<level>.mdx'], 'paragraph', 'a level', levelSchema, {
    bodyHolds: "the level's tagline",
  }),
  competencies: mdx(
    'competencies',
    ['<track>', '<competency>', 'index.mdx'],
    'none',
    'a competency',
    competencySchema,
    { fileName: 'index.mdx' },
  ),
  competencyLevels: mdx(
    'competencies',
    ['<track>', '<competency>', '<level>.mdx'],
    'summary-and-example',
    'a competency at one level',
    competencyLevelSchema,
  ),
  promotions: mdx('promotions', ['<track>', '<step>.mdx'], 'paragraph', 'a promotion step', promotionSchema, {
    bodyHolds: "the step's summary",
  }),
  icTracks: mdx('ic-tracks', ['<track>', '<ic-track>.mdx'], 'document', 'an IC track', icTrackSchema),
  pages: mdx('pages', ['<track>', '<page>.mdx'], 'document', 'a page', pageSchema),
};

export type CollectionName = keyof typeof ladderCollections;

/** Every collection with its name, in reading order. */
export const collectionEntries = Object.entries(ladderCollections) as [
  CollectionName,
  CollectionSpec<(typeof ladderCollections)[CollectionName]['schema']>,
][];

/** The folders under the content root. */
export const contentFolders = [...new Set(collectionEntries.map(([, spec]) => spec.folder))];

/** The file extension of a collection's files. */
export const extensionOf = (spec: CollectionSpec<unknown>): string => (spec.format === 'yaml' ? '.yaml' : '.mdx');

/**
 * The glob pattern of a collection's files, relative to its folder. Competency folders hold two
 * collections: index.mdx, and a file per level.
 */
export function globPattern(spec: CollectionSpec<unknown>): string | string[] {
  const folders = '*/'.repeat(spec.layout.length - 1);
  const extension = spec.format === 'yaml' ? '{yaml,yml}' : 'mdx';
  if (spec.fileName) return `${folders}${spec.fileName}`;
  const indexFile = collectionEntries.find(([, other]) => other.folder === spec.folder && other.fileName)?.[1];
  const all = `${folders}*.${extension}`;
  return indexFile ? [all, `!${folders}${indexFile.fileName}`] : all;
}

/**
 * An entry's id from its path inside the collection folder: the path without the extension, and without
 * "/index" for a folder's index file. "software-engineer/l1.mdx" -> "software-engineer/l1",
 * "software-engineer/english/index.mdx" -> "software-engineer/english". Astro's loader and the node reader
 * both use it, so ids (and the URLs and anchors made from them) cannot differ between the two.
 */
export const entryId = (pathInFolder: string): string =>
  pathInFolder
    .split('\\')
    .join('/')
    .replace(/\.[^./]+$/, '')
    .replace(/\/index$/, '');

/** The track an entry belongs to: the first folder of its id. */
export const trackOf = (id: string): string => id.split('/')[0] ?? id;

/** The last segment of an id: the entry's own name ("l1", "english"). */
export const entrySlug = (id: string): string => id.split('/').pop() ?? id;

/** The competency a competency-level entry belongs to: "software-engineer/english/l1" -> "software-engineer/english". */
export const parentOf = (id: string): string => id.split('/').slice(0, -1).join('/');
