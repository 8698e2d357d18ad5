/**
 * Copy-paste snippets for hosting the embed in a wiki, built from the site's own address. When the build
 * does not know its public origin (LADDER_SITE unset) the snippets use a placeholder origin that the
 * reader replaces; `originKnown` tells the page to say so.
 */
import { joinBase, routes } from '../routes';

export const PLACEHOLDER_ORIGIN = 'https://ladder.example.com';
export const EXAMPLE_WIKI_ORIGIN = 'https://wiki.example.com';

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

/** The embed URL with parameters, for a wiki at `wikiOrigin` (results are never requested here). */
export function embedSrc(urls: EmbedUrls, wikiOrigin: string, extra: Record<string, string> = {}): string {
  const url = new URL(urls.embed);
  url.searchParams.set('parentOrigin', wikiOrigin);
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return url.href;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The iframe: full width, no border, a first height until the embed reports its own. */
export function iframeHtml(src: string, title: string): string {
  return `<iframe data-career-ladder src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"
  style="width: 100%; height: 900px; border: 0;" loading="lazy"></iframe>`;
}

/** Plain HTML page (and Confluence's HTML macro, MediaWiki's Widgets): the iframe plus the host script. */
export function plainHtmlSnippet(urls: EmbedUrls, wikiOrigin: string, title: string): string {
  return `${iframeHtml(embedSrc(urls, wikiOrigin), title)}
<script src="${escapeAttribute(urls.hostScript)}"></script>`;
}

/** A MediaWiki Widget page (Extension:Widgets): Widget:CareerLadder, used as {{#widget:CareerLadder}}. */
export function mediaWikiWidget(urls: EmbedUrls, wikiOrigin: string, title: string): string {
  return `<includeonly>${plainHtmlSnippet(urls, wikiOrigin, title)}</includeonly>`;
}
