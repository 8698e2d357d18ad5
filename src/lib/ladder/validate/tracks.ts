/**
 * Track ids become the first part of every address of their pages (/<track>/levels/…), next to the site's
 * own top-level pages and files: a track named like one of them would take its address, or lose it.
 */
import type { SourceEntry } from '../sources';
import type { TrackData } from '../schemas';
import type { Report } from './context';

/**
 * Top-level addresses of the site that a track id could take (src/pages/, public/, the search index), with
 * what is there. tests/unit/lib/ladder/reserved-track-ids.test.ts keeps the list in step with src/pages/.
 */
export const RESERVED_TRACK_IDS: Readonly<Record<string, string>> = {
  search: 'the search page (/search/)',
  pagefind: 'the search index (/pagefind/)',
  index: 'the home page',
  '404': 'the page-not-found page (/404/)',
  embed: 'the calculator for wikis, which wiki snippets name embed/',
  'embed-host': 'the script wikis load to embed the calculator (/embed-host.js)',
  ladder: 'the data export (/ladder.json, /ladder.schema.json)',
  favicon: "the site's icon (/favicon.ico, /favicon.svg)",
  robots: 'the instructions for search engines (/robots.txt)',
};

/** No track is named after one of the site's own addresses. */
export function checkTrackIds(tracks: SourceEntry<TrackData>[], report: Report): boolean {
  let sound = true;
  for (const track of tracks) {
    const taken = Object.hasOwn(RESERVED_TRACK_IDS, track.id) ? RESERVED_TRACK_IDS[track.id] : undefined;
    if (!taken) continue;
    report(
      track,
      '(file)',
      `the track id "${track.id}", the address of ${taken}`,
      `another file name (the track's pages live under /<file name>/; reserved: ${Object.keys(RESERVED_TRACK_IDS).join(', ')})`,
    );
    sound = false;
  }
  return sound;
}
