/**
 * Copy-paste snippets for hosting the embed in a wiki: one pure function per wiki, from the site's
 * address and the person's choices. The embed-help page renders them at build time (with LADDER_SITE, or
 * a placeholder origin it says to replace) and its snippet builder renders them again in the browser from
 * the page's real address, so what a person copies is ready to paste unchanged.
 */
import { HOST_SCRIPT } from './host-script';
import type { StorageMode } from '../calculator/storage-mode';
import type { EmbedTheme } from './params';
import { joinBase, routes } from '../routes';

export const PLACEHOLDER_ORIGIN = 'https://ladder.example.com';
export const EXAMPLE_WIKI_ORIGIN = 'https://wiki.example.com';
/** The iframe's height until the calculator reports its own (and where no host script can size it). */
export const PLACEHOLDER_HEIGHT = 900;
/** The MediaWiki Widgets page the Widgets snippet is meant for. */
export const WIDGET_NAME = 'CareerLadder';

export interface EmbedUrls {
  /** True when the URLs use the site's configured origin; false when they use PLACEHOLDER_ORIGIN. */
  originKnown: boolean;
  /** The embed page, no parameters. */
  embed: string;
  /** The host script (embed-host.js). */
  hostScript: string;
  /** The origin the site is served from (for CSP examples and the host check). */
  origin: string;
}

/** `site` is Astro.site (from LADDER_SITE) or undefined; `base` is the base path ("/" or "/ladder/"). */
export function embedUrls(site: URL | string | undefined, base: string, track: string): EmbedUrls {
  const root = site ? new URL(site) : new URL(PLACEHOLDER_ORIGIN);
  const at = (path: string) => new URL(joinBase(base, path), root.origin).href;
  return {
    originKnown: Boolean(site),
    embed: at(routes.embed(track)),
    hostScript: at('embed-host.js'),
    origin: root.origin,
  };
}

/** What the person picks in the snippet builder; every field maps to one query parameter of the embed. */
export interface EmbedChoices {
  /** The wiki's origin, sent as parentOrigin; undefined leaves it out (the frame still sizes itself). */
  wikiOrigin?: string;
  theme: EmbedTheme;
  /** Competency ids to show; undefined shows all. */
  competencies?: readonly string[];
  /** Level code to compare against; undefined keeps the calculator's default (the next level). */
  level?: string;
  storage: StorageMode;
  /** Post results to the wiki page; only takes effect together with wikiOrigin. */
  postResults: boolean;
}

export const DEFAULT_CHOICES: EmbedChoices = { theme: 'auto', storage: 'memory', postResults: false };

/** A host name (ASCII after the URL parser's IDNA step; intranets use "_" too), IPv4 or bracketed IPv6. */
const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*|\[[0-9a-f:.]+\])$/i;

/**
 * The origin of what a person typed as their wiki's address: any page URL will do, and a bare host name
 * is taken as https. `undefined` for an empty field, `null` for something that is not a web address.
 */
export function wikiOriginOf(address: string): string | undefined | null {
  const trimmed = address.trim();
  if (trimmed === '') return undefined;
  if (/\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Browsers differ on odd hosts ("wiki%20corp"): accept only what a wiki's host can be.
    if (!HOST.test(url.hostname)) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * A query value encoded only as far as a query needs: ":" "/" and "," stay readable, so the address shows
 * parentOrigin=https://wiki.example.com rather than https%3A%2F%2Fwiki.example.com.
 */
function queryValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

/**
 * The embed page's address with the chosen parameters (defaults left out), in a fixed order.
 * `framedBy: false` leaves out parentOrigin and postResults, for wikis that frame the address through
 * their own layers (Notion, Confluence's iframe macros), where the parent is not the wiki page.
 */
export function embedAddress(urls: EmbedUrls, choices: EmbedChoices, framedBy = true): string {
  const params: [string, string][] = [];
  if (choices.theme !== 'auto') params.push(['theme', choices.theme]);
  if (choices.competencies && choices.competencies.length > 0) {
    params.push(['competencies', choices.competencies.join(',')]);
  }
  if (choices.level) params.push(['level', choices.level]);
  if (choices.storage !== 'memory') params.push(['storage', choices.storage]);
  if (framedBy && choices.wikiOrigin) {
    params.push(['parentOrigin', choices.wikiOrigin]);
    if (choices.postResults) params.push(['postResults', '1']);
  }
  const query = params.map(([key, value]) => `${key}=${queryValue(value)}`).join('&');
  return query ? `${urls.embed}?${query}` : urls.embed;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The iframe: full width, no border, a first height until the embed reports its own. */
export function iframeHtml(src: string, title: string): string {
  return `<iframe data-career-ladder src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"
  style="width: 100%; height: ${PLACEHOLDER_HEIGHT}px; border: 0;" loading="lazy"></iframe>`;
}

/** Every snippet the embed-help page offers, by the name its <pre data-snippet> carries. */
export interface Snippets {
  /** A plain HTML page (and Confluence's HTML macro): the iframe plus the host script from this site. */
  html: string;
  /** The same with the host script inline, for pages that may not load scripts from other sites. */
  htmlInline: string;
  /** MediaWiki with $wgRawHtml = true: the HTML between <html> tags, on any page. */
  mediaWikiRawHtml: string;
  /** MediaWiki with Extension:Widgets: the content of the page Widget:CareerLadder. */
  mediaWikiWidget: string;
  /** MediaWiki with Extension:Widgets: what a page writes to show the widget. */
  mediaWikiWidgetUse: string;
  /** DokuWiki with htmlok = 1: the HTML in a block <HTML> tag. */
  dokuWiki: string;
  /** ikiwiki: the setup file's line that keeps the calculator's page out of htmlscrubber. */
  ikiwikiSetup: string;
  /** gitit: the configuration file's line that turns off xss-sanitize. */
  gititConfig: string;
  /** fossil: the settings that allow the snippet on wiki pages and this site in fossil's own CSP. */
  fossilSettings: string;
  /** TiddlyWiki: the iframe as a tiddler holds it, with a plain "&" (TiddlyWiki keeps "&amp;" literally). */
  tiddlyWikiFrame: string;
  /** TiddlyWiki: the host script, for a tiddler tagged $:/tags/RawMarkup (scripts in tiddlers never run). */
  tiddlyWikiRawMarkup: string;
  /** The address alone, for Notion and macros that frame a URL (no host script, so no sizing). */
  address: string;
  /** Hosting headers that allow the wiki to frame the embed. */
  nginx: string;
  apache: string;
}

/**
 * fossil's default Content-Security-Policy (fossil help default-csp) with this site added where the embed
 * needs it: the frame (frame-src) and the host script (script-src). fossil replaces $nonce on every page.
 */
export function fossilCsp(ladderOrigin: string): string {
  return (
    `default-src 'self' data:; script-src 'self' 'nonce-$nonce' ${ladderOrigin}; frame-src ${ladderOrigin}; ` +
    `style-src 'self' 'unsafe-inline'; img-src * data:;`
  );
}

/** All snippets for `choices`; `title` is the iframe's accessible name, `base` the site's base path. */
export function buildSnippets(urls: EmbedUrls, choices: EmbedChoices, title: string, base: string): Snippets {
  const frame = iframeHtml(embedAddress(urls, choices), title);
  const html = `${frame}\n<script src="${escapeAttribute(urls.hostScript)}"></script>`;
  const wiki = choices.wikiOrigin ?? EXAMPLE_WIKI_ORIGIN;
  const embedPath = `${base.endsWith('/') ? base : `${base}/`}[^/]+/embed/`;
  return {
    html,
    htmlInline: `${frame}\n<script>\n${HOST_SCRIPT}</script>`,
    mediaWikiRawHtml: `<html>\n${html}\n</html>`,
    mediaWikiWidget: `<includeonly>${html}</includeonly>`,
    mediaWikiWidgetUse: `{{#widget:${WIDGET_NAME}}}`,
    dokuWiki: `<HTML>\n${html}\n</HTML>`,
    ikiwikiSetup: `# In the wiki's setup file: pages matching this PageSpec keep their HTML (the calculator's frame and
# script); htmlscrubber still cleans every other page. Then: ikiwiki --setup <setup file> --rebuild
htmlscrubber_skip: 'career-ladder'`,
    gititConfig: `# In gitit's configuration file (gitit -f <file>); restart gitit afterwards. It applies to every page.
xss-sanitize: no`,
    fossilSettings: `fossil settings safe-html w
fossil settings default-csp "${fossilCsp(urls.origin).replace(/\$/g, '\\$')}"`,
    tiddlyWikiFrame: `<iframe data-career-ladder src="${embedAddress(urls, choices)}" title="${title.replace(/"/g, "'")}"
  style="width: 100%; height: ${PLACEHOLDER_HEIGHT}px; border: 0;" loading="lazy"></iframe>`,
    tiddlyWikiRawMarkup: `<script src="${escapeAttribute(urls.hostScript)}"></script>`,
    address: embedAddress(urls, choices, false),
    nginx: `# Only your wiki may frame the embed; everything else stays unframeable.
location ~ ^${embedPath} {
    add_header Content-Security-Policy "frame-ancestors 'self' ${wiki}" always;
    # No X-Frame-Options here: DENY or SAMEORIGIN would block the wiki.
}
location / {
    add_header Content-Security-Policy "frame-ancestors 'self'" always;
    add_header X-Frame-Options "SAMEORIGIN" always;
}`,
    apache: `# Only your wiki may frame the embed; everything else stays unframeable (mod_headers).
Header always set Content-Security-Policy "frame-ancestors 'self'"
Header always set X-Frame-Options "SAMEORIGIN"
<LocationMatch "^${embedPath}">
    Header always set Content-Security-Policy "frame-ancestors 'self' ${wiki}"
    Header always unset X-Frame-Options
</LocationMatch>`,
  };
}
