/**
 * /search/answers/<track>.json: what the search page's answer cards say for one track
 * (src/lib/search/answers.ts), fetched only when a question has an answer in that track.
 */
import { jsonResponse } from '@lib/json-response';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Track } from '@lib/ladder/model';
import { getLadder } from '@lib/ladder/load';
import { trackAnswers } from '@lib/search/answers';

export const getStaticPaths = (async () =>
  (await getLadder()).tracks.map((track) => ({
    params: { track: track.slug },
    props: { track },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ track: Track }> = ({ props }) => jsonResponse(trackAnswers(props.track));
