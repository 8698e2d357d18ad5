/**
 * /search/terms.json: the ladder's own words (levels, competencies, kinds, tracks) for understanding the
 * questions typed into search (src/lib/search/terms.ts), each phrase once with the tracks it names. The
 * search page fetches it on its first search.
 */
import { jsonResponse } from '@lib/json-response';
import type { APIRoute } from 'astro';
import { getLadder } from '../../lib/ladder/load';
import { href } from '../../lib/reading/url';
import { searchTerms, termsIndex } from '../../lib/search/terms';

export const GET: APIRoute = async () => jsonResponse(termsIndex(searchTerms(await getLadder(), href())));
