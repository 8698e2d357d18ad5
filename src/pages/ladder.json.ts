/**
 * /ladder.json: the whole ladder as data (format described by /ladder.schema.json). Generated at build
 * time from the same content as the pages; deterministic, so an unchanged ladder gives an unchanged file.
 */
import { jsonResponse } from '@lib/json-response';
import type { APIRoute } from 'astro';
import { version } from '../../package.json';
import { toExport } from '../lib/ladder/export';
import { getLadder } from '../lib/ladder/load';

export const GET: APIRoute = async () => jsonResponse(toExport(await getLadder(), version), { pretty: true });
