/**
 * Loads the ladder from Astro's content collections. Pages call getLadder(); the first call validates the
 * whole ladder (see model.ts), so broken content fails the build on the first page that needs it.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { buildLadder, type Ladder, type Track } from './model';
import type { LadderSources, SourceEntry } from './sources';

interface AstroEntry<T> {
  id: string;
  collection: string;
  filePath?: string;
  body?: string;
  data: T;
}

const toSource = <T>(entry: AstroEntry<T>): SourceEntry<T> => ({
  id: entry.id,
  filePath: entry.filePath ?? `content/${entry.collection}/${entry.id}`,
  data: entry.data,
  ...(typeof entry.body === 'string' ? { body: entry.body } : {}),
});

async function loadSources(): Promise<LadderSources> {
  const [tracks, levels, competencies, promotions, icTracks, pages] = await Promise.all([
    getCollection('tracks'),
    getCollection('levels'),
    getCollection('competencies'),
    getCollection('promotions'),
    getCollection('icTracks'),
    getCollection('pages'),
  ]);
  return {
    tracks: tracks.map(toSource),
    levels: levels.map(toSource),
    competencies: competencies.map(toSource),
    promotions: promotions.map(toSource),
    icTracks: icTracks.map(toSource),
    pages: pages.map(toSource),
  };
}

let ladder: Promise<Ladder> | undefined;

/** The whole validated ladder; loaded once per build. */
export function getLadder(): Promise<Ladder> {
  ladder ??= loadSources().then(buildLadder);
  return ladder;
}

/** The rendered MDX body of an IC track or a page of a track, as a component. */
export async function renderBody(collection: 'icTracks' | 'pages', track: Track, entry: { slug: string }) {
  const id = `${track.slug}/${entry.slug}`;
  const found = await getEntry(collection, id);
  if (!found) throw new Error(`${collection}: no entry ${id}`);
  return (await render(found)).Content;
}
