import { describe, expect, it } from 'vitest';
import {
  marksEveryWord,
  queryWords,
  readState,
  resultItems,
  statusMessage,
  toPagefindFilters,
  writeState,
} from '@lib/search/search-page';

describe('search page state in the URL', () => {
  it('reads the words and every checked filter value, ignoring unknown and empty parameters', () => {
    const state = readState(
      new URLSearchParams('q=+race+conditions+&level=L3&level=L4&competency=Code+Quality&kind=&utm=x'),
    );
    expect(state).toEqual({ query: 'race conditions', filters: { level: ['L3', 'L4'], competency: ['Code Quality'] } });
  });

  it('writes back what it reads', () => {
    const state = { query: 'mentoring evidence', filters: { level: ['L2', 'L3'], kind: ['Portfolio (CORE)'] } };
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ query: '', filters: {} }).toString()).toBe('');
  });
});

describe('Pagefind filters', () => {
  it('match any value within a filter and drop empty filters', () => {
    expect(toPagefindFilters({ level: ['L3', 'L4'], competency: [], kind: ['Common traps'] })).toEqual({
      level: { any: ['L3', 'L4'] },
      kind: { any: ['Common traps'] },
    });
  });
});

describe('the announced status', () => {
  it('counts results and mentions the words and the filters', () => {
    expect(statusMessage(1, { query: 'postmortem', filters: {} })).toBe('1 result for “postmortem”.');
    expect(statusMessage(4, { query: 'review', filters: { level: ['L4'] } })).toBe(
      '4 results for “review” with the chosen filters.',
    );
  });

  it('says plainly when nothing matches and suggests what to change', () => {
    expect(statusMessage(0, { query: 'zzz', filters: {} })).toBe('No results for “zzz”. Try other or fewer words.');
    expect(statusMessage(0, { query: 'zzz', filters: { kind: ['Anti-signal'] } })).toMatch(
      /^No results .* clear the filters\.$/,
    );
  });

  it('names the answer after the count, and says when results hold only some of the words', () => {
    const question = { query: 'what does L3 need in code quality', filters: {} };
    expect(statusMessage(12, question, false, { someWords: true, answer: 'Code Quality at L3 · Senior SE' })).toBe(
      '12 results with some of the words for “what does L3 need in code quality” (none has them all), most words ' +
        'first. Answer: Code Quality at L3 · Senior SE.',
    );
    expect(statusMessage(20, question, true, { someWords: true })).toMatch(/^More than 20 results with some/);
    expect(statusMessage(0, { query: 'hire bar', filters: {} }, false, { answer: 'Hire bar: L3 · Senior SE' })).toBe(
      'Answer: Hire bar: L3 · Senior SE. No other results for “hire bar”.',
    );
  });
});

describe('results from sections', () => {
  const section = {
    url: '/se/competencies/code-quality/#l3-behaviour-1',
    excerpt: 'Writes <mark>postmortems</mark>',
    meta: {
      title: 'Code Quality · L3 · Observable behaviors',
      competency: 'Code Quality',
      level: 'L3',
      kind: 'Observable behaviors',
    },
  };

  it('gives one result per matching item, with its own link and the section as context', () => {
    const items = resultItems({
      ...section,
      sub_results: [
        {
          title: 'Runs postmortems',
          url: '/se/competencies/code-quality/#l3-behaviour-2',
          excerpt: 'Runs <mark>postmortems</mark>.',
        },
        {
          title: 'Writes postmortems.',
          url: '/se/competencies/code-quality/#l3-behaviour-4',
          excerpt: 'Writes <mark>postmortems</mark>.',
        },
      ],
    });
    expect(items.map((item) => item.url)).toEqual([
      '/se/competencies/code-quality/#l3-behaviour-2',
      '/se/competencies/code-quality/#l3-behaviour-4',
    ]);
    // The full stop Pagefind adds after an item is dropped; an item's own is kept.
    expect(items.map((item) => item.excerpt)).toEqual([
      'Runs <mark>postmortems</mark>',
      'Writes <mark>postmortems</mark>.',
    ]);
    expect(items[0]).toMatchObject({ context: section.meta.title, competency: 'Code Quality', level: 'L3' });
  });

  it('shows the section itself when only filters were used (no word to match)', () => {
    expect(resultItems({ ...section, sub_results: [] })).toEqual([
      expect.objectContaining({ url: section.url, excerpt: section.excerpt, context: section.meta.title }),
    ]);
  });

  it('names the heading a site page result sits under', () => {
    const [item] = resultItems({
      url: '/se/embed-help/',
      excerpt: '',
      meta: { title: 'Embed the calculator in your wiki', kind: 'Page' },
      sub_results: [
        { title: 'Confluence', url: '/se/embed-help/#confluence', excerpt: '<mark>Confluence</mark> Cloud' },
      ],
    });
    expect(item).toMatchObject({ context: 'Embed the calculator in your wiki › Confluence', kind: 'Page' });
  });

  it('says "more than" while further sections wait', () => {
    expect(statusMessage(20, { query: 'code', filters: {} }, true)).toBe('More than 20 results for “code”.');
  });
});

describe('an item is a result only when it holds every word of the query', () => {
  it('splits the query into words', () => {
    expect(queryWords('  Window functions, window! ')).toEqual(['window', 'functions']);
  });

  it('checks the marked words, by stem', () => {
    const words = queryWords('race conditions');
    expect(marksEveryWord('Finds <mark>race</mark> <mark>conditions</mark> fast', words)).toBe(true);
    expect(marksEveryWord('Finds <mark>race</mark> <mark>condition</mark>', words)).toBe(true);
    expect(marksEveryWord('Wins the <mark>race</mark>', words)).toBe(false);
    expect(marksEveryWord('anything', [])).toBe(true);
  });

  it('drops the section items that hold only some of the words, but not a site page section', () => {
    const sub = (excerpt: string) => ({ title: 'x', url: '/x/#a', excerpt });
    const section = (kind: string) => ({
      url: '/x/#a',
      excerpt: '',
      meta: { title: 'T', kind },
      sub_results: [sub('<mark>Window</mark> <mark>functions</mark>'), sub('Aggregate <mark>functions</mark>')],
    });
    expect(resultItems(section('Measurement matrix'), ['window', 'functions'])).toHaveLength(1);
    expect(resultItems(section('Page'), ['window', 'functions'])).toHaveLength(2);
  });
});
