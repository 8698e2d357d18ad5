#!/usr/bin/env node
// A tiny dependency-free static file server for the built site, so browser
// tests see exactly what a plain web server (or an intranet sub-path) would serve.
//
//   node tests/support/static-server.mjs --root dist --port 4321 [--base /ladder/] [--host 127.0.0.1]
//
// Files under --root are served under --base. A directory URL serves its
// index.html; a directory URL without the trailing slash redirects to it (the
// site uses trailingSlash: 'always'). Anything else answers 404 with
// <root>/404.html when the build has one.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // Pagefind's index files (pagefind.*.pf_meta, *.pf_index, *.pf_fragment,
  // *.pf_filter, wasm.*.pagefind) are gzip data that Pagefind's JS decodes itself.
  '.pagefind': 'application/octet-stream',
};

/** Content type for a file name; every Pagefind `.pf_*` file is binary. */
export function contentTypeFor(fileName) {
  const ext = extname(fileName).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** Normalise a base path to the form "/" or "/ladder/". */
function normaliseBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function statOrNull(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Create (but do not start) a server for `root` mounted at `base`. */
export function createStaticServer({ root, base = '/' }) {
  const rootDir = resolve(root);
  const mount = normaliseBase(base);

  function send(req, res, status, filePath, size) {
    res.writeHead(status, {
      'Content-Type': contentTypeFor(filePath),
      'Content-Length': size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(filePath).pipe(res);
  }

  async function notFound(req, res) {
    const page = join(rootDir, '404.html');
    const info = await statOrNull(page);
    if (info?.isFile()) return send(req, res, 404, page, info.size);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404 Not Found\n');
  }

  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        return res.end();
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return notFound(req, res);
      }
      // "/ladder" (no slash) is the mount point itself: redirect to "/ladder/".
      if (`${pathname}/` === mount) {
        res.writeHead(301, { Location: mount + url.search });
        return res.end();
      }
      if (!pathname.startsWith(mount) || pathname.includes('\0')) return notFound(req, res);

      const relative = pathname.slice(mount.length);
      const filePath = resolve(rootDir, relative);
      // Refuse anything that resolves outside the build directory ("../").
      if (filePath !== rootDir && !filePath.startsWith(rootDir + sep)) return notFound(req, res);

      const info = await statOrNull(filePath);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        const index = join(filePath, 'index.html');
        const indexInfo = await statOrNull(index);
        if (indexInfo?.isFile()) return send(req, res, 200, index, indexInfo.size);
        return notFound(req, res);
      }
      if (info?.isFile()) return send(req, res, 200, filePath, info.size);
      return notFound(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('500 Internal Server Error\n');
    }
  });
}

// Run as a command (Playwright's webServer starts it this way).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const server = createStaticServer({ root: values.root, base: values.base });
  server.listen(Number(values.port), values.host, () => {
    console.log(`Serving ${values.root} at http://${values.host}:${values.port}${normaliseBase(values.base)}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
