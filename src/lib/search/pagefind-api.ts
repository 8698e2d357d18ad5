/** The parts of Pagefind's browser API the search page uses (pagefind.js has no published types). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<{ results: PagefindResult[] } | null>;
}
