/**
 * /search/answers/<track>/<competency>.json: one competency's levels as its answer cards list them
 * (src/lib/search/answers.ts), fetched only when a question's answer is in that competency.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Competency } from '../../../../lib/ladder/model';
import { getLadder } from '../../../../lib/ladder/load';
import { competencyAnswers } from '../../../../lib/search/answers';

export const getStaticPaths = (async () =>
  (await getLadder()).tracks.flatMap((track) =>
    track.competencies.map((competency) => ({
      params: { track: track.slug, competency: competency.slug },
      props: { competency },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ competency: Competency }> = ({ props }) =>
  new Response(JSON.stringify(competencyAnswers(props.competency)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
