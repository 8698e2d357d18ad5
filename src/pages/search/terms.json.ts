/**
 * /search/terms.json: the ladder's own words (levels, competencies, kinds, tracks) for understanding the
 * questions typed into search (src/lib/search/terms.ts). The search page fetches it on its first search.
 */
import type { APIRoute } from 'astro';
import { getLadder } from '../../lib/ladder/load';
import { href } from '../../lib/reading/url';
import { searchTerms } from '../../lib/search/terms';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchTerms(await getLadder(), href())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
