/** /embed-host.js: the host-page script that sizes embed iframes (built to a static file). */
import type { APIRoute } from 'astro';
import { HOST_SCRIPT } from '../lib/embed/host-script';

export const GET: APIRoute = () =>
  new Response(HOST_SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
