#!/usr/bin/env node
// The smallest intranet page host: a page per name, edited in a textarea. What is saved is put into the
// page's body as is (the "plain HTML page" route of the embed-help page). Pages live in memory.
//
//   GET  /edit/<name>   the editor        POST /edit/<name>   save (form field "html")
//   GET  /page/<name>   the page
//
//   node tests/wiki/support/html-page-server.mjs --port 61003
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const pages = new Map();
const escapeHtml = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function layout(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} · Team pages</title>
<style>body { font-family: sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; }</style>
</head>
<body>
${body}
</body>
</html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const [, kind, name] = url.pathname.split('/');
  const send = (status, html) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  };
  if (kind === 'edit' && name && req.method === 'POST') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      pages.set(name, new URLSearchParams(body).get('html') ?? '');
      res.writeHead(303, { Location: `/page/${name}` });
      res.end();
    });
    return;
  }
  if (kind === 'edit' && name) {
    return send(
      200,
      layout(
        `Editing ${name}`,
        `<h1>Editing ${escapeHtml(name)}</h1>
<form method="post"><label for="html">Page HTML</label><br>
<textarea id="html" name="html" rows="20" cols="80">${escapeHtml(pages.get(name) ?? '')}</textarea><br>
<button type="submit">Save page</button></form>`,
      ),
    );
  }
  if (kind === 'page' && name && pages.has(name)) {
    return send(
      200,
      layout(name, `<h1>${escapeHtml(name)}</h1>\n${pages.get(name)}\n<p>Questions? Ask in #career-ladder.</p>`),
    );
  }
  if (url.pathname === '/') return send(200, layout('Team pages', '<h1>Team pages</h1>'));
  send(404, layout('Not found', '<h1>Not found</h1>'));
});
server.listen(Number(values.port), '127.0.0.1', () => console.log(`HTML pages at http://127.0.0.1:${values.port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
