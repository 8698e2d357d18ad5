/**
 * Search results as rows: Pagefind's sections flattened into one row per matching item, with the words of
 * the query marked. Pure (excerptNodes needs a DOMParser); the search page renders the rows.
 */
import type { PagefindFragment } from './pagefind-api';

/** The kind of the site's own pages (search-documents.ts PAGE_KIND): their headings give the context. */
const PAGE_KIND = 'Page';

/** One result row: a matching item (or heading of a site page), with the section it belongs to. */
export interface ResultItem {
  url: string;
  /** Pagefind's excerpt: text with <mark> around the matches. */
  excerpt: string;
  /** Where it sits: "Code Quality · L3 · Observable behaviors", or "Embed … › Confluence". */
  context: string;
  competency: string;
  level: string;
  kind: string;
  /** When no result holds every word: which of the searched words this one holds. */
  held?: string[];
}

/** The words of a query, lower-cased ("Race conditions!" -> ["race", "conditions"]). */
export const queryWords = (query: string): string[] =>
  [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter(Boolean);

/**
 * Whether an excerpt marks every word of the query. Pagefind matches a section when its items hold the
 * words between them; an item counts as a result only when it holds them all, as a search for
 * "window functions" means. A mark matches a word by its stem (Pagefind matches "condition" for
 * "conditions", and the last word as a prefix).
 */
export function marksEveryWord(excerpt: string, words: string[]): boolean {
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!.toLowerCase());
  return words.every((word) => marked.some((mark) => sameStem(mark, word)));
}

/** Whether two words share a stem, the way Pagefind matches them (and the last word typed as a prefix). */
export function sameStem(text: string, word: string): boolean {
  const stem = (value: string) => value.slice(0, Math.max(3, value.length - 2));
  return text.startsWith(stem(word)) || word.startsWith(stem(text));
}

/**
 * The rows of one section: each item that matches every word of the query (Pagefind's sub-results), or the
 * section itself when nothing in it matched a word (a search by filters only). On a site page every
 * matching heading section counts: prose spreads the words over sentences.
 */
export function resultItems(fragment: PagefindFragment, words: string[] = []): ResultItem[] {
  const { meta } = fragment;
  const isPage = meta.kind === PAGE_KIND;
  const subResults = fragment.sub_results?.length
    ? fragment.sub_results.filter((sub) => isPage || marksEveryWord(sub.excerpt, words))
    : [{ title: meta.title ?? '', url: fragment.url, excerpt: fragment.excerpt }];
  return subResults.map((sub) => ({
    url: sub.url,
    // Pagefind ends an item (indexed as a heading) with a full stop when it has none: the item's own words.
    excerpt: !isPage && sub.title && !/[.!?…:]$/.test(sub.title) ? sub.excerpt.replace(/\.$/, '') : sub.excerpt,
    // An item's sub-result title is the item itself; a site page's is the heading it sits under.
    context: isPage && sub.title && sub.title !== meta.title ? `${meta.title} › ${sub.title}` : (meta.title ?? ''),
    competency: meta.competency ?? '',
    level: meta.level ?? '',
    kind: meta.kind ?? '',
  }));
}

/**
 * Turns Pagefind's excerpt (text with <mark> around matches) into nodes without ever inserting its HTML:
 * only the marks survive as elements, everything else becomes text.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return doc.createTextNode(node.textContent ?? '');
  });
}
