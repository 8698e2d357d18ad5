#!/usr/bin/env node
// The built ladder as a wiki admin would host it, with the headers docs/embedding.md recommends: on the
// embed path, Content-Security-Policy frame-ancestors 'self' plus the wikis and no X-Frame-Options;
// everywhere else frame-ancestors 'self' and X-Frame-Options: SAMEORIGIN.
//
//   node tests/wiki/support/ladder-server.mjs --root dist --port 61000 --frame-ancestors "http://a http://b"
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../../support/static-server.mjs';

/** The embed path of any track under `base`: the same pattern as the nginx and Apache snippets. */
export const embedPathPattern = (base = '/') => new RegExp(`^${base}[^/]+/embed/`);

/** The framing headers for a request path. */
export function hostingHeaders(pathname, frameAncestors, base = '/') {
  if (embedPathPattern(base).test(pathname)) {
    return { 'Content-Security-Policy': `frame-ancestors 'self' ${frameAncestors.join(' ')}` };
  }
  return { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' };
}

export function createLadderServer({ root, base = '/', frameAncestors }) {
  const files = createStaticServer({ root, base });
  const serveFile = files.listeners('request')[0];
  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(hostingHeaders(pathname, frameAncestors, base))) {
      res.setHeader(name, value);
    }
    serveFile(req, res);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      port: { type: 'string' },
      'frame-ancestors': { type: 'string', default: '' },
    },
  });
  const frameAncestors = values['frame-ancestors'].split(/\s+/).filter(Boolean);
  const server = createLadderServer({ root: values.root, frameAncestors });
  server.listen(Number(values.port), '127.0.0.1', () => {
    console.log(`Ladder (${values.root}) at http://127.0.0.1:${values.port}/, framable by ${frameAncestors.join(' ')}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
