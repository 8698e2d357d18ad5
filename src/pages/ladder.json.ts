/**
 * /ladder.json: the whole ladder as data (format described by /ladder.schema.json). Generated at build
 * time from the same content as the pages; deterministic, so an unchanged ladder gives an unchanged file.
 */
import type { APIRoute } from 'astro';
import { version } from '../../package.json';
import { toExport } from '../lib/ladder/export';
import { getLadder } from '../lib/ladder/load';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(toExport(await getLadder(), version), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
