/**
 * /search/terms/<track>.json: what answering a question in one track needs besides its words (level ranks
 * and URL segments, promotion steps, IC tracks, competency names; src/lib/search/terms.ts).
 */
import { jsonResponse } from '@lib/json-response';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLadder } from '@lib/ladder/load';
import { href } from '@lib/reading/url';
import { searchTerms, trackDetails, type TrackTerms } from '@lib/search/terms';

export const getStaticPaths = (async () =>
  searchTerms(await getLadder(), href()).tracks.map((track) => ({
    params: { track: track.slug },
    props: { track },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ track: TrackTerms }> = ({ props }) => jsonResponse(trackDetails(props.track));
