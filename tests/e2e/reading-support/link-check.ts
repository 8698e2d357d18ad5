// Link check over a static build: every internal href and src in every HTML page must resolve to a file of
// the build and, when it has a fragment, to an element with that id on the target page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles, unescapeHtml } from './seed-coverage';

const ORIGIN = 'http://site.invalid';

/** The URL path a file of the build is served at: "<base>levels/l1/" for levels/l1/index.html. */
export function urlPathOf(dir: string, file: string, base: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return base + (rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1'));
}

function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidate = join(dir, rest.endsWith('/') || rest === '' ? join(rest, 'index.html') : rest);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

/**
 * Why the build in `dir`, served under `base`, has no place at `href` (a site path, with or without a
 * #fragment): no file for its path, or no element with the fragment's id on the page; undefined when it has.
 */
export function missingPlace(dir: string, base: string, href: string): string | undefined {
  const url = new URL(href, ORIGIN + base);
  const target = fileFor(dir, base, url.pathname);
  if (!target) return `no file for ${url.pathname}`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && target.endsWith('.html') && !idsOf(target).has(id)) return `no element with id "${id}"`;
  return undefined;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: string[];
}

/** Checks every page of the build in `dir`, served under `base` ("/" or "/ladder/"). */
export function checkLinks(dir: string, base: string): LinkReport {
  idsCache.clear();
  const broken: string[] = [];
  let links = 0;
  const files = htmlFiles(dir);
  for (const file of files) {
    const pagePath = urlPathOf(dir, file, base);
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const raw = unescapeHtml(match[2]!);
      if (/^(mailto:|tel:|javascript:|data:)/i.test(raw)) continue;
      const url = new URL(raw, ORIGIN + pagePath);
      if (url.origin !== ORIGIN) continue; // external (e.g. "Edit this page"); the site makes no requests there
      links += 1;
      const missing = missingPlace(dir, base, url.pathname + url.hash);
      if (missing) broken.push(`${pagePath}: ${raw} (${missing})`);
    }
  }
  return { pages: files.length, links, broken };
}
