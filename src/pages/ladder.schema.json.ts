/** /ladder.schema.json: the JSON Schema of /ladder.json, generated from the zod schema in export.ts. */
import type { APIRoute } from 'astro';
import { ladderJsonSchema } from '../lib/ladder/export';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(ladderJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
