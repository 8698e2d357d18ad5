/**
 * Loads the ladder from Astro's content collections. Pages call getLadder(); the first call validates the
 * whole ladder (see model.ts). The build has checked the content before Astro loaded it
 * (src/integrations/content-check.ts), so here that validation only ever fails in `astro dev`, while a file
 * is being edited.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { collectionEntries, type CollectionName } from './collections';
import { buildLadder, type EntryRef, type Ladder } from './model';
import type { LadderSources, SourceEntry } from './sources';

interface AstroEntry {
  id: string;
  collection: string;
  filePath?: string;
  body?: string;
  data: unknown;
}

const toSource = (entry: AstroEntry): SourceEntry<unknown> => ({
  id: entry.id,
  filePath: entry.filePath ?? `content/${entry.collection}/${entry.id}`,
  data: entry.data,
  ...(typeof entry.body === 'string' ? { body: entry.body } : {}),
});

async function loadSources(): Promise<LadderSources> {
  const loaded = await Promise.all(
    collectionEntries.map(async ([name]) => [name, (await getCollection(name)).map(toSource)] as const),
  );
  return Object.fromEntries(loaded) as Record<CollectionName, SourceEntry<unknown>[]> as unknown as LadderSources;
}

let ladder: Promise<Ladder> | undefined;

/** The whole validated ladder; loaded once per build. */
export function getLadder(): Promise<Ladder> {
  ladder ??= loadSources().then(buildLadder);
  return ladder;
}

/** The rendered MDX body of an entry of the ladder (a level, an IC track, a page, …), as a component. */
export async function renderBody({ entry }: { entry: EntryRef }) {
  const found = await getEntry(entry.collection, entry.id);
  if (!found) throw new Error(`${entry.collection}: no entry ${entry.id}`);
  return (await render(found)).Content;
}
