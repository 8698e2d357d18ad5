/**
 * The search page's behaviour: reads ?q= and the filter checkboxes, queries the Pagefind bundle, renders
 * the results and announces their count. Pagefind is only imported when there is something to search, from
 * the bundle URL the page passes in (it already includes the base path), and runs on the main thread (no
 * worker script to download).
 *
 * The index holds sections (a competency's behaviours at L3, a promotion step's portfolio, a site page),
 * each with an anchor per item or heading (src/integrations/search-documents.ts). A result is one matching
 * item: Pagefind's sub-results, flattened. Sections are fetched in small batches, only as far as the
 * results on screen need.
 *
 * Keyboard: "/" focuses the query box; ArrowDown/ArrowUp move between the box and the results; Enter opens.
 */

/** The parts of Pagefind's browser API this page uses (pagefind.js has no published types). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
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
}

/** How many results to render at once; "Show more" renders the next batch. */
const PAGE_SIZE = 20;
/** How many sections to fetch at a time while filling a batch. */
const SECTIONS_PER_FETCH = 10;
/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY_MS = 150;
/** The kind of the site's own pages (search-documents.ts PAGE_KIND): their headings give the context. */
const PAGE_KIND = 'Page';

// --- State in the URL -----------------------------------------------------------------------------------

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
const chosenCount = (filters: SelectedFilters) =>
  Object.values(filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);

// --- What the page says ---------------------------------------------------------------------------------

/** The announced status; `more` when further sections are still to be fetched (the count is a floor). */
export function statusMessage(count: number, state: SearchState, more = false): string {
  const what = state.query ? ` for “${state.query}”` : '';
  const filtered = hasFilters(state.filters) ? ' with the chosen filters' : '';
  if (count === 0) {
    return `No results${what}${filtered}. Try other or fewer words${filtered ? ', or clear the filters' : ''}.`;
  }
  if (more) return `More than ${count} results${what}${filtered}.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${filtered}.`;
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
  const stem = (word: string) => word.slice(0, Math.max(3, word.length - 2));
  return words.every((word) => marked.some((mark) => mark.startsWith(stem(word)) || word.startsWith(stem(mark))));
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

function renderResult(result: ResultItem): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const context = document.createElement('p');
  context.className = 'search-result-context';
  context.textContent = result.context;
  for (const key of ['competency', 'level', 'kind'] as const) if (result[key]) item.dataset[key] = result[key];
  const link = document.createElement('a');
  link.className = 'search-result-link';
  link.href = result.url;
  link.append(...excerptNodes(result.excerpt));
  item.append(context, link);
  return item;
}

// --- The page -------------------------------------------------------------------------------------------

interface SearchElements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  filtersPanel: HTMLDetailsElement | null;
  filterCount: HTMLElement | null;
}

function findElements(root: HTMLElement): SearchElements {
  const get = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  return {
    root,
    form: get<HTMLFormElement>('[data-search-form]')!,
    input: get<HTMLInputElement>('[data-search-input]')!,
    status: get<HTMLElement>('[data-search-status]')!,
    list: get<HTMLOListElement>('[data-search-results]')!,
    more: get<HTMLButtonElement>('[data-search-more]')!,
    filtersPanel: get<HTMLDetailsElement>('[data-search-filters]'),
    filterCount: get<HTMLElement>('[data-search-filter-count]'),
  };
}

/** Imports Pagefind once, on first need. */
function pagefindLoader(bundleUrl: string): () => Promise<PagefindApi> {
  let pagefind: Promise<PagefindApi> | undefined;
  return () =>
    (pagefind ??= import(/* @vite-ignore */ bundleUrl).then(async (api: PagefindApi) => {
      // Result URLs already include the base path; without baseUrl '/' Pagefind would prefix it again.
      // noWorker: search on the main thread instead of downloading Pagefind's worker script first.
      await api.options({ excerptLength: 40, baseUrl: '/', noWorker: true });
      await api.init();
      return api;
    }));
}

const checkboxes = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

function currentState({ form, input }: SearchElements): SearchState {
  const filters: SelectedFilters = {};
  for (const box of checkboxes(form)) if (box.checked) (filters[box.name as FilterKey] ??= []).push(box.value);
  return { query: input.value.trim(), filters };
}

function applyState({ form, input }: SearchElements, state: SearchState): void {
  input.value = state.query;
  for (const box of checkboxes(form)) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
}

/** Runs searches and fills the list; a newer search makes an older one's late answers harmless. */
function resultList(elements: SearchElements, loadPagefind: () => Promise<PagefindApi>) {
  const { root, list, more, status } = elements;
  let searchId = 0;
  let sections: PagefindResult[] = [];
  let waiting: ResultItem[] = [];
  let state: SearchState = { query: '', filters: {} };

  /** Fetches sections until a batch is full (or none are left), then shows the batch. */
  async function showMore(id = searchId): Promise<void> {
    while (waiting.length < PAGE_SIZE && sections.length > 0) {
      const batch = sections.splice(0, SECTIONS_PER_FETCH);
      const fragments = await Promise.all(batch.map((section) => section.data()));
      if (id !== searchId) return;
      const words = queryWords(state.query);
      waiting.push(...fragments.flatMap((fragment) => resultItems(fragment, words)));
    }
    list.append(...waiting.splice(0, PAGE_SIZE).map(renderResult));
    more.hidden = waiting.length === 0 && sections.length === 0;
    status.textContent = statusMessage(list.children.length + waiting.length, state, sections.length > 0);
  }

  async function run(next: SearchState): Promise<void> {
    const id = ++searchId;
    state = next;
    if (!next.query && !hasFilters(next.filters)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const api = await loadPagefind();
      const response = await api.search(next.query || null, { filters: toPagefindFilters(next.filters) });
      if (id !== searchId || !response) return;
      sections = response.results;
      waiting = [];
      list.replaceChildren();
      await showMore(id);
    } catch (error) {
      if (id !== searchId) return;
      status.textContent = 'Search could not load. Reload the page to try again.';
      console.error(error);
    } finally {
      if (id === searchId) root.removeAttribute('aria-busy');
    }
  }

  return { run, showMore: () => showMore() };
}

function bindForm(elements: SearchElements, search: (state: SearchState) => void, preload: () => void): void {
  const { form, input, filterCount } = elements;
  const update = () => {
    const state = currentState(elements);
    const chosen = chosenCount(state.filters);
    if (filterCount) filterCount.textContent = chosen > 0 ? `(${chosen} chosen)` : '';
    const params = writeState(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    search(state);
  };
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(update, TYPING_DELAY_MS);
  });
  input.addEventListener('focus', preload, { once: true });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    update();
  });
  form.addEventListener('reset', (event) => {
    // "Clear filters" keeps the words: only the checkboxes are cleared.
    event.preventDefault();
    for (const box of checkboxes(form)) box.checked = false;
    update();
  });
}

/** "/" jumps to the box; arrows walk from the box through the result links and back. */
function bindKeyboard({ input, list }: SearchElements): void {
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
    const at = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
    if (at === -1 && target !== input) return;
    const next = event.key === 'ArrowDown' ? links[at + 1] : at === 0 ? input : links[at - 1];
    // From a result the arrows never scroll the page; from the box, ArrowUp still moves the caret.
    if (next || target !== input) event.preventDefault();
    next?.focus();
  });
}

export function startSearchPage(root: HTMLElement | null): void {
  if (!root) return;
  const elements = findElements(root);
  const loadPagefind = pagefindLoader(root.dataset.bundle!);
  const results = resultList(elements, loadPagefind);
  bindForm(
    elements,
    (state) => void results.run(state),
    () => void loadPagefind(),
  );
  bindKeyboard(elements);
  elements.more.addEventListener('click', () => {
    const firstNew = elements.list.children.length;
    void results.showMore().then(() => elements.list.children[firstNew]?.querySelector('a')?.focus());
  });

  const arrived = readState(new URLSearchParams(location.search));
  applyState(elements, arrived);
  // Filters arriving in the URL are shown, not hidden in the closed panel.
  if (elements.filtersPanel && hasFilters(arrived.filters)) elements.filtersPanel.open = true;
  if (elements.filterCount && chosenCount(arrived.filters) > 0) {
    elements.filterCount.textContent = `(${chosenCount(arrived.filters)} chosen)`;
  }
  if (arrived.query || hasFilters(arrived.filters)) void results.run(arrived);
}
