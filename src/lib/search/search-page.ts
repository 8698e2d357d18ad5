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
 * Questions (the other modules here): the query is also read for the ladder things it names; when it names a place
 * that answers it, one answer card shows above the results. When no result holds every word, each meaningful
 * word is searched on its own and results are ranked by how many they hold; a word the index does not know
 * gets a "did you mean".
 *
 * Keyboard: "/" focuses the query box; ArrowDown/ArrowUp move between the box and the results; Enter opens.
 */

import type { PagefindApi } from './pagefind-api';
import type { ReadQuestion } from './question';
import { excerptNodes, marksEveryWord, queryWords, resultItems, type ResultItem } from './results';

/** The question tools, imported on the first search (question-tools.ts). */
type QuestionTools = typeof import('./question-tools');
type Questions = { tools: QuestionTools; reader: ReturnType<QuestionTools['questionReader']> };

export { excerptNodes, marksEveryWord, queryWords, resultItems, type ResultItem };

export const FILTER_KEYS = ['track', 'competency', 'level', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
}

/** How many results to render at once; "Show more" renders the next batch. */
const PAGE_SIZE = 20;
/** How many sections to fetch at a time while filling a batch. */
const SECTIONS_PER_FETCH = 10;
/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY_MS = 150;
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

/** What else the status line says: that results hold only some words, and the answer's title. */
export interface StatusExtras {
  someWords?: boolean;
  answer?: string;
}

/** The announced status; `more` when further sections are still to be fetched (the count is a floor). */
export function statusMessage(count: number, state: SearchState, more = false, extras: StatusExtras = {}): string {
  const what = state.query ? ` for “${state.query}”` : '';
  const filtered = hasFilters(state.filters) ? ' with the chosen filters' : '';
  const answer = extras.answer ? ` Answer: ${extras.answer}.` : '';
  if (count === 0 && extras.answer) return `Answer: ${extras.answer}. No other results${what}${filtered}.`;
  if (count === 0) {
    return `No results${what}${filtered}. Try other or fewer words${filtered ? ', or clear the filters' : ''}.`;
  }
  const results = `${more ? 'More than ' : ''}${count} ${count === 1 && !more ? 'result' : 'results'}`;
  if (extras.someWords) {
    return `${results} with some of the words${what}${filtered} (none has them all), most words first.${answer}`;
  }
  return `${results}${what}${filtered}.${answer}`;
}

function renderResult(result: ResultItem): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const context = document.createElement('p');
  context.className = 'search-result-context';
  context.textContent = result.context;
  for (const key of ['competency', 'level', 'kind'] as const) if (result[key]) item.dataset[key] = result[key];
  if (result.held) item.dataset.words = String(result.held.length);
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
  answer: HTMLElement;
  suggestion: HTMLElement;
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
    answer: get<HTMLElement>('[data-search-answer]')!,
    suggestion: get<HTMLElement>('[data-search-suggestion]')!,
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

/** A section still to be fetched: a promise of its rows. */
type PendingSection = () => Promise<ResultItem[]>;

/** Shows "Did you mean …?" linking to the corrected search (or hides it). */
function renderSuggestion(container: HTMLElement, suggestion: string | undefined, run: (query: string) => void) {
  container.replaceChildren();
  container.hidden = !suggestion;
  if (!suggestion) return;
  const link = document.createElement('a');
  link.href = `?${new URLSearchParams({ q: suggestion }).toString()}`;
  link.textContent = suggestion;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    run(suggestion);
  });
  container.append('Did you mean ', link, '?');
}

/** Runs searches and fills the list; a newer search makes an older one's late answers harmless. */
class ResultList {
  private searchId = 0;
  private sections: PendingSection[] = [];
  private waiting: ResultItem[] = [];
  private state: SearchState = { query: '', filters: {} };
  private extras: StatusExtras = {};
  /** The text and place of every fetched result: a searched word not among their words found nothing. */
  private readonly seenTexts: string[] = [];

  constructor(
    private readonly elements: SearchElements,
    private readonly loadPagefind: () => Promise<PagefindApi>,
    private readonly loadQuestions: () => Promise<Questions>,
    private readonly searchInstead: (query: string) => void,
  ) {}

  private announce(): void {
    const { status, list } = this.elements;
    const count = list.children.length + this.waiting.length;
    status.textContent = statusMessage(count, this.state, this.sections.length > 0, this.extras);
  }

  /** Fetches sections until a batch is full (or none are left), then shows the batch. */
  private async fetchBatch(id = this.searchId): Promise<void> {
    const { list, more } = this.elements;
    while (this.waiting.length < PAGE_SIZE && this.sections.length > 0) {
      const batch = await Promise.all(this.sections.splice(0, SECTIONS_PER_FETCH).map((section) => section()));
      if (id !== this.searchId) return;
      // Results with some of the words: within what is fetched, those with the most words first.
      const items = batch.flat();
      const most = (item: ResultItem) => item.held?.length ?? 0;
      this.waiting.push(...(this.extras.someWords ? items.sort((a, b) => most(b) - most(a)) : items));
      this.seenTexts.push(...items.map((item) => `${item.excerpt.replace(/<\/?mark>/g, '')} ${item.context}`));
    }
    list.append(...this.waiting.splice(0, PAGE_SIZE).map(renderResult));
    more.hidden = this.waiting.length === 0 && this.sections.length === 0;
  }

  /** "Show more": the next batch, announced. */
  async showMore(): Promise<void> {
    await this.fetchBatch();
    this.announce();
  }

  /**
   * When nothing holds every word: each meaningful word on its own, plus the sections of the competency and
   * level the question names, ranked by how many of them a result holds.
   */
  private async searchSomeWords(
    { rankByWords, someWordsItems }: QuestionTools,
    api: PagefindApi,
    words: string[],
    named: ReadQuestion['named'],
    filters: SelectedFilters,
  ): Promise<void> {
    const search = async (term: string | null, chosen: SelectedFilters) =>
      (await api.search(term, { filters: toPagefindFilters(chosen) }))?.results ?? [];
    // The reader's own filters win over what the question names.
    const place = { ...named, ...filters };
    const namedSections = named.competency.length || named.level.length ? [search(null, place)] : [];
    const hits = await Promise.all([...words.map((word) => search(word, filters)), ...namedSections]);
    const held = [...words, ...named.level.map((code) => code.toLowerCase())];
    this.sections = rankByWords(hits).map(
      (section) => async () => someWordsItems(await Promise.all(section.results.map((result) => result.data())), held),
    );
    this.extras = { ...this.extras, someWords: true };
  }

  /** The answer card for the query, shown and named in the status line. */
  private showAnswer(tools: QuestionTools | undefined, read: ReadQuestion | undefined): void {
    if (tools) tools.renderAnswer(this.elements.answer, read?.card, read?.href ?? '');
    this.extras = read?.card ? { answer: read.card.title } : {};
  }

  /**
   * After the query as typed: when no result holds every word, the meaningful words one by one; then a
   * "did you mean" for the words that found nothing. Returns the suggestion.
   */
  private async whenNothingHoldsAll(
    id: number,
    { tools, reader }: Questions,
    api: PagefindApi,
    next: SearchState,
    read: ReadQuestion | undefined,
  ): Promise<string | undefined> {
    const { list } = this.elements;
    const words = queryWords(next.query);
    const meaningful = read?.understanding.meaningful ?? words;
    const named = read?.named ?? { competency: [], level: [] };
    const nothingHoldsAll = list.children.length === 0 && next.query !== '';
    // A single word that is the whole query was searched already; question words alone search nothing.
    const namesPlace = named.competency.length > 0 || named.level.length > 0;
    const otherWords = meaningful.length > 1 || (meaningful.length === 1 && meaningful[0] !== words.join(' '));
    if (nothingHoldsAll && (otherWords || namesPlace)) {
      await this.searchSomeWords(tools, api, meaningful, named, next.filters);
      if (id !== this.searchId) return undefined;
      await this.fetchBatch(id);
    }
    const seen = () => new Set(this.seenTexts.flatMap((text) => tools.tokens(text)));
    const unmatched = this.extras.someWords ? tools.unseenWords(meaningful, seen()) : [];
    // "Did you mean" only once a word found nothing: the vocabulary is fetched for that alone.
    const nothing = list.children.length === 0 ? meaningful : unmatched;
    return nothing.length > 0 ? reader.suggest(next.query, nothing) : undefined;
  }

  /** No words and no filters: an empty page. */
  private clear(): void {
    const { list, answer, suggestion, more, status } = this.elements;
    list.replaceChildren();
    answer.replaceChildren();
    answer.hidden = true;
    renderSuggestion(suggestion, undefined, this.searchInstead);
    more.hidden = true;
    status.textContent = '';
  }

  async run(next: SearchState): Promise<void> {
    const id = ++this.searchId;
    this.state = next;
    if (!next.query && !hasFilters(next.filters)) return this.clear();
    const { root, list, status, suggestion } = this.elements;
    root.setAttribute('aria-busy', 'true');
    try {
      // Reading questions is an extra: when its code cannot load, this is a plain search.
      const questions = this.loadQuestions().catch((error: unknown) => (console.error(error), undefined));
      const reading = questions.then((loaded) => (loaded && next.query ? loaded.reader.read(next.query) : undefined));
      const [api, loaded] = await Promise.all([this.loadPagefind(), questions]);
      const response = await api.search(next.query || null, { filters: toPagefindFilters(next.filters) });
      const read = await reading;
      if (id !== this.searchId || !response) return;
      const words = queryWords(next.query);
      this.sections = response.results.map((section) => async () => resultItems(await section.data(), words));
      this.waiting = [];
      this.seenTexts.length = 0;
      list.replaceChildren();
      this.showAnswer(loaded?.tools, read);
      await this.fetchBatch(id);
      if (id !== this.searchId) return;
      const suggested = loaded && (await this.whenNothingHoldsAll(id, loaded, api, next, read));
      if (id !== this.searchId) return;
      renderSuggestion(suggestion, suggested, this.searchInstead);
      this.announce();
    } catch (error) {
      if (id !== this.searchId) return;
      status.textContent = 'Search could not load. Reload the page to try again.';
      console.error(error);
    } finally {
      if (id === this.searchId) root.removeAttribute('aria-busy');
    }
  }
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

/** "/" jumps to the box; arrows walk from the box through the answer and the result links and back. */
function bindKeyboard({ input, list, answer }: SearchElements): void {
  const resultLinks = () => [
    ...answer.querySelectorAll<HTMLAnchorElement>('a.search-answer-link'),
    ...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link'),
  ];
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
  let questions: Promise<Questions> | undefined;
  const loadQuestions = () =>
    (questions ??= import('./question-tools')
      .then((tools) => ({ tools, reader: tools.questionReader(root.dataset.terms!, root.dataset.vocabulary!) }))
      .catch((error: unknown) => {
        questions = undefined; // try again on the next search
        throw error;
      }));
  const searchInstead = (query: string) => {
    elements.input.value = query;
    elements.form.requestSubmit();
  };
  const results = new ResultList(elements, loadPagefind, loadQuestions, searchInstead);
  bindForm(
    elements,
    (state) => void results.run(state),
    () => {
      void loadPagefind();
      void loadQuestions()
        .then(({ reader }) => reader.preload())
        .catch(() => undefined);
    },
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
