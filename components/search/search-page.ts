/**
 * The search page's behaviour: reads ?q= and the filter checkboxes, queries the Pagefind bundle, renders
 * the results and announces their count. Pagefind is only imported when there is something to search, from
 * the bundle URL the page passes in (it already includes the base path).
 *
 * Keyboard: "/" focuses the query box; ArrowDown/ArrowUp move between the box and the results; Enter opens.
 */

/** The parts of Pagefind's browser API this page uses (pagefind.js has no published types). */
interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<{ results: PagefindResult[] } | null>;
}

export const FILTER_KEYS = ['track', 'competency', 'level', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
}

/** How many results to render at once; "Show more" renders the next batch. */
const PAGE_SIZE = 20;
/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY_MS = 150;

/** The search state in a query string (?q=...&level=L3&level=L4). */
export function readState(params: URLSearchParams): SearchState {
  const filters: SelectedFilters = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** Pagefind filters: values within one key match any, different keys must all match. */
export function toPagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([key, values]) => [key, { any: values! }]),
  );
}

const hasFilters = (filters: SelectedFilters) => Object.values(filters).some((values) => values && values.length > 0);

export function statusMessage(count: number, state: SearchState): string {
  const what = state.query ? ` for “${state.query}”` : '';
  const filtered = hasFilters(state.filters) ? ' with the chosen filters' : '';
  if (count === 0) {
    return `No results${what}${filtered}. Try other or fewer words${filtered ? ', or clear the filters' : ''}.`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${filtered}.`;
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

function renderResult(fragment: PagefindFragment): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const context = document.createElement('p');
  context.className = 'search-result-context';
  context.textContent = fragment.meta.title ?? '';
  for (const key of ['competency', 'level', 'kind'] as const) {
    if (fragment.meta[key]) item.dataset[key] = fragment.meta[key];
  }
  const link = document.createElement('a');
  link.className = 'search-result-link';
  link.href = fragment.url;
  link.append(...excerptNodes(fragment.excerpt));
  item.append(context, link);
  return item;
}

export function startSearchPage(root: HTMLElement | null): void {
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]');
  const bundleUrl = root.dataset.bundle!;

  let pagefind: Promise<PagefindApi> | undefined;
  const loadPagefind = () => {
    pagefind ??= import(/* @vite-ignore */ bundleUrl).then(async (api: PagefindApi) => {
      // Record URLs already include the site's base path; without baseUrl '/' Pagefind would prefix it again.
      await api.options({ excerptLength: 40, baseUrl: '/' });
      await api.init();
      return api;
    });
    return pagefind;
  };

  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const currentState = (): SearchState => {
    const filters: SelectedFilters = {};
    for (const box of checkboxes()) {
      if (!box.checked) continue;
      const key = box.name as FilterKey;
      (filters[key] ??= []).push(box.value);
    }
    return { query: input.value.trim(), filters };
  };
  const applyState = (state: SearchState) => {
    input.value = state.query;
    for (const box of checkboxes()) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  };

  let remaining: PagefindResult[] = [];
  let searchId = 0;

  const showMore = async (id: number) => {
    const batch = remaining.slice(0, PAGE_SIZE);
    remaining = remaining.slice(PAGE_SIZE);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (id !== searchId) return;
    list.append(...fragments.map(renderResult));
    more.hidden = remaining.length === 0;
  };

  const runSearch = async () => {
    const id = ++searchId;
    const state = currentState();
    const chosen = Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
    if (filterCount) filterCount.textContent = chosen > 0 ? `(${chosen} chosen)` : '';
    const params = writeState(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    if (!state.query && !hasFilters(state.filters)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const api = await loadPagefind();
      const response = await api.search(state.query || null, { filters: toPagefindFilters(state.filters) });
      if (id !== searchId || !response) return;
      remaining = response.results;
      list.replaceChildren();
      await showMore(id);
      if (id !== searchId) return;
      status.textContent = statusMessage(response.results.length, state);
    } catch (error) {
      if (id !== searchId) return;
      status.textContent = 'Search could not load. Reload the page to try again.';
      console.error(error);
    } finally {
      if (id === searchId) root.removeAttribute('aria-busy');
    }
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(runSearch, TYPING_DELAY_MS);
  });
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void runSearch();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void runSearch();
  });
  form.addEventListener('reset', (event) => {
    // "Clear filters" keeps the words: only the checkboxes are cleared.
    event.preventDefault();
    for (const box of checkboxes()) box.checked = false;
    void runSearch();
  });
  more.addEventListener('click', () => {
    const firstNew = list.children.length;
    void showMore(searchId).then(() => list.children[firstNew]?.querySelector('a')?.focus());
  });

  // Keyboard: "/" jumps to the box; arrows walk from the box through the result links and back.
  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const typing = target.matches(
      'input:not([type="checkbox"]), textarea, select, [contenteditable=""], [contenteditable="true"]',
    );
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    if (target === input) {
      if (event.key === 'ArrowDown' && links[0]) {
        event.preventDefault();
        links[0].focus();
      }
      return;
    }
    const at = links.indexOf(target as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
    (next ?? (event.key === 'ArrowUp' ? input : links[at]))?.focus();
  });

  applyState(readState(new URLSearchParams(location.search)));
  // Filters arriving in the URL are shown, not hidden in the closed panel.
  if (filtersPanel && hasFilters(currentState().filters)) filtersPanel.open = true;
  if (input.value || hasFilters(currentState().filters)) void runSearch();
}
