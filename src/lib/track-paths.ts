/** getStaticPaths helpers shared by the per-track pages. */
import { getLadder } from './ladder/load';
import type { Ladder, Track } from './ladder/model';

/** One path per track: { params: { track }, props: { ladder, track } }. */
export async function trackPaths() {
  const ladder = await getLadder();
  return ladder.tracks.map((track) => ({ params: { track: track.slug }, props: { ladder, track } }));
}

export interface TrackProps {
  ladder: Ladder;
  track: Track;
}
