import { describe, expect, it } from 'vitest';
import { readState, statusMessage, toPagefindFilters, writeState } from '../../../../components/search/search-page';

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
});
