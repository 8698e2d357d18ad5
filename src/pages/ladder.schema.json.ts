/** /ladder.schema.json: the JSON Schema of /ladder.json, generated from the zod schema in export.ts. */
import { jsonResponse } from '@lib/json-response';
import type { APIRoute } from 'astro';
import { ladderJsonSchema } from '../lib/ladder/export';

export const GET: APIRoute = () => jsonResponse(ladderJsonSchema(), { pretty: true, type: 'application/schema+json' });
