/**
 * Loads the ladder from Astro's content collections. Pages call getLadder(); the first call validates the
 * whole ladder (see model.ts), so broken content fails the build on the first page that needs it.
 */
import { getCollection } from 'astro:content';
import { buildLadder, type Ladder, type LadderSources, type SourceEntry } from './model';

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
