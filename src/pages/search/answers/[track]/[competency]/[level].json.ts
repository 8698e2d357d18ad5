/**
 * /search/answers/<track>/<competency>/<level>.json: one competency's level as its answer card lists it
 * (src/lib/search/answers.ts), fetched only when a question's answer is that level of that competency.
 */
import { jsonResponse } from '@lib/json-response';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Competency, CompetencyLevel } from '@lib/ladder/model';
import { getLadder } from '@lib/ladder/load';
import { competencyLevelAnswer } from '@lib/search/answers';

export const getStaticPaths = (async () =>
  (await getLadder()).tracks.flatMap((track) =>
    track.competencies.flatMap((competency) =>
      competency.levels.map((block) => ({
        params: { track: track.slug, competency: competency.slug, level: block.level.toLowerCase() },
        props: { competency, block },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ competency: Competency; block: CompetencyLevel }> = ({ props }) =>
  jsonResponse(competencyLevelAnswer(props.competency, props.block));
