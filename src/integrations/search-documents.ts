/**
 * What the Pagefind index is made of: "documents", each one small HTML page that Pagefind indexes.
 *
 * - Ladder items are grouped: one document per section of a page (a competency's behaviours at L3, its
 *   matrix at L4, the portfolio of L2 → L3), each item a heading with the item's own anchor. Pagefind then
 *   returns one result per section and one sub-result per matching item, linked to its anchor. Grouping
 *   keeps the index's page list (loaded before the first search) about three times shorter than one record
 *   per item, which is what keeps the first search small on a ladder of 50 tracks.
 * - Site pages (FAQ, promotion, IC tracks, the embedding guide) are indexed from their HTML: the part marked
 *   data-pagefind-body, with the filters added here.
 *
 * Pure: records and HTML in, HTML out (pagefind.ts feeds them to Pagefind).
 */
import type { Ladder } from '../lib/ladder/model';
import { pageOfKind } from '../lib/ladder/lookup';
import { trackNav } from '../lib/reading/nav';
import { joinBase, routes } from '../lib/routes';
import { SEARCH_LANGUAGE, type SearchFilters, type SearchMeta, type SearchRecord } from './pagefind-records';

/** The kind (filter value) of site pages: FAQ, promotion, IC tracks, the embedding guide, the self-assessment. */
export const PAGE_KIND = 'Page';

export interface SearchDocument {
  /** The section's URL: the page with the first item's anchor. */
  url: string;
  meta: SearchMeta;
  filters: SearchFilters;
  /** The items, each with its anchor (without "#") and text. */
  items: { anchor: string; text: string }[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The section a record belongs to: its page, level and kind ("Technical Mastery · L4 · Measurement matrix"). */
const sectionOf = (record: SearchRecord) => {
  const page = record.url.split('#')[0]!;
  return { key: [page, record.meta.level, record.meta.kind].join('|'), page };
};

/** Groups item records into one document per section, in reading order. */
export function searchDocuments(records: SearchRecord[]): SearchDocument[] {
  const documents = new Map<string, SearchDocument>();
  for (const record of records) {
    const { key } = sectionOf(record);
    const anchor = record.url.split('#')[1] ?? '';
    const document = documents.get(key);
    if (document) {
      document.items.push({ anchor, text: record.content });
      continue;
    }
    const { meta } = record;
    // A matrix cell's title names its dimension; the section's title stops at the kind.
    const title = [meta.competency, meta.level, meta.kind].filter(Boolean).join(' · ');
    documents.set(key, {
      url: record.url,
      meta: { ...meta, title: meta.kind === PAGE_KIND ? meta.title : title },
      filters: record.filters,
      items: [{ anchor, text: record.content }],
    });
  }
  return [...documents.values()];
}

/** Pagefind metadata and filters as <meta> tags: returned with results, never searched as text. */
function metaTags(meta: SearchMeta, filters: SearchFilters): string {
  const tag = (attribute: string, name: string, value: string) =>
    value ? `<meta ${attribute}="${name}[content]" content="${escapeHtml(value)}">` : '';
  return [
    ...Object.entries(meta).map(([name, value]) => tag('data-pagefind-meta', name, value)),
    ...Object.entries(filters).flatMap(([name, values]) =>
      values.map((value) => tag('data-pagefind-filter', name, value)),
    ),
  ].join('');
}

/**
 * A document as the HTML Pagefind indexes: every item a heading with its anchor (so it becomes a sub-result
 * with its own link), weighted like body text so items do not outrank prose on the site pages.
 */
export function documentHtml(document: SearchDocument): string {
  const items = document.items
    .map(({ anchor, text }) =>
      anchor
        ? `<h2 id="${escapeHtml(anchor)}" data-pagefind-weight="1">${escapeHtml(text)}</h2>`
        : `<p>${escapeHtml(text)}</p>`,
    )
    .join('');
  return `<!doctype html><html lang="${SEARCH_LANGUAGE}"><head>${metaTags(document.meta, document.filters)}</head><body data-pagefind-body>${items}</body></html>`;
}

export interface SitePage {
  /** Site-relative path (routes.ts). */
  path: string;
  track: string;
}

/** The site pages indexed from their HTML, per track: those the track's navigation links to. */
export function sitePages(ladder: Ladder): SitePage[] {
  const indexed = new Set(['promotion', 'ic-tracks', 'faq', 'changes', 'embed-help']);
  return ladder.tracks.flatMap((track) =>
    trackNav(track)
      .filter((entry) => indexed.has(entry.key))
      .map((entry) => ({ path: entry.path, track: track.name })),
  );
}

/**
 * A built site page ready for Pagefind: its HTML with the track and kind added as filters and meta, or
 * undefined when the page marks nothing to index (no data-pagefind-body).
 */
export function sitePageHtml(html: string, page: SitePage): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const meta: Omit<SearchMeta, 'title'> = { track: page.track, competency: '', level: '', kind: PAGE_KIND };
  const filters: SearchFilters = { track: [page.track], competency: [], level: [], kind: [PAGE_KIND] };
  const tags = metaTags(meta as SearchMeta, filters);
  return html.includes('</head>') ? html.replace('</head>', `${tags}</head>`) : `${tags}${html}`;
}

/** The self-assessment introduction (content/pages/<track>/self-assessment.mdx), linked to its page. */
export function selfAssessmentDocuments(ladder: Ladder, base: string): SearchDocument[] {
  return ladder.tracks.flatMap((track) => {
    const page = pageOfKind(track, 'self-assessment');
    if (!page) return [];
    const title = page.heading ?? page.title;
    return [
      {
        url: joinBase(base, routes.selfAssessment(track.slug)),
        meta: { title, track: track.name, competency: '', level: '', kind: PAGE_KIND },
        filters: { track: [track.name], competency: [], level: [], kind: [PAGE_KIND] },
        items: [{ anchor: '', text: `${title}. ${page.bodyText}` }],
      },
    ];
  });
}

/**
 * The text Pagefind indexes of a site page, near enough for its vocabulary: what follows the
 * data-pagefind-body mark, without code blocks (excluded from the index) and tags.
 */
export function indexedText(html: string): string {
  const mark = html.indexOf('data-pagefind-body');
  const body = mark === -1 ? html : html.slice(html.indexOf('>', mark) + 1);
  return body
    .replace(/<(pre|script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}
