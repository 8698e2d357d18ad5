// A "wiki" host page for the embed's browser tests, served from a second loopback origin by a server each
// Playwright worker starts when a test first asks for it (the `host` fixture, ./test.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  /** "http://127.0.0.1:<port>": another origin than the site under test, on the same site (127.0.0.1). */
  origin: string;
  /** "http://localhost:<port>": the same server as another site, as a wiki on another domain would be. */
  crossSiteOrigin: string;
  /**
   * URL of a host page that frames `embedUrl` (and loads the site's /embed-host.js from `hostScriptUrl`;
   * null leaves the host script out, as a wiki that strips scripts does), served from `origin` or, with
   * `{ crossSite: true }`, from `crossSiteOrigin`.
   */
  pageUrl: (embedUrl: string, hostScriptUrl: string | null, options?: { crossSite?: boolean }) => string;
  close: () => Promise<void>;
}

/** The host page's first height for the frame, kept until the embed reports its own. */
export const PLACEHOLDER_HEIGHT = 300;

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** pageUrl's hostScriptUrl for a page that only sizes the frame, as host scripts from before the greeting do. */
export const RESIZE_ONLY_HOST = 'resize-only';
const RESIZE_ONLY_SCRIPT = `<script>
  window.addEventListener('message', function (event) {
    var frame = document.getElementById('calculator');
    if (event.source !== frame.contentWindow || !event.data || event.data.type !== 'career-ladder:resize') return;
    frame.style.height = Math.ceil(event.data.height) + 'px';
  });
</script>`;

/**
 * A wiki page stand-in on 127.0.0.1 with its own port: an iframe with the embed, the site's host script,
 * and a recorder of every message the page receives (window.__messages).
 */
export async function startHostServer(): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const src = url.searchParams.get('src');
    const script = url.searchParams.get('script');
    if (url.pathname !== '/wiki' || !src) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Team wiki</title></head>
<body>
<h1>Our career ladder</h1>
<script>
  window.__messages = [];
  window.addEventListener('message', function (event) {
    window.__messages.push({ origin: event.origin, data: event.data });
  });
</script>
<iframe data-career-ladder id="calculator" title="Scoring calculator" src="${escapeHtml(src)}"
  style="width: 100%; height: ${PLACEHOLDER_HEIGHT}px; border: 0;"></iframe>
${script === RESIZE_ONLY_HOST ? RESIZE_ONLY_SCRIPT : script ? `<script src="${escapeHtml(script)}"></script>` : ''}
<p>Questions? Ask in #career-ladder.</p>
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const crossSiteOrigin = `http://localhost:${port}`;
  return {
    origin,
    crossSiteOrigin,
    pageUrl: (embedUrl, hostScriptUrl, options = {}) =>
      `${options.crossSite ? crossSiteOrigin : origin}/wiki?src=${encodeURIComponent(embedUrl)}` +
      (hostScriptUrl ? `&script=${encodeURIComponent(hostScriptUrl)}` : ''),
    // closeAllConnections: close() alone waits for every socket that is not idle (one Chromium opened ahead of a
    // request it never sent waits out Node's 60 s headers timeout), and the worker, and the run, with it.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
