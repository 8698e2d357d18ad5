import { describe, expect, it } from 'vitest';
import type { PagefindFragment, PagefindResult } from '@lib/search/pagefind-api';
import { markWords, rankByWords, someWordsItems } from '@lib/search/some-words';

const result = (id: string): PagefindResult => ({ id, data: () => Promise.reject(new Error('not fetched')) });

describe('results with some of the words', () => {
  it('ranks sections by how many word searches found them, then by their best place', () => {
    const ranked = rankByWords([
      [result('a'), result('b')],
      [result('c'), result('b')],
      [result('b'), result('d')],
    ]);
    expect(ranked.map((section) => [section.id, section.results.length])).toEqual([
      ['b', 3],
      ['a', 1],
      ['c', 1],
      ['d', 1],
    ]);
  });

  it('marks every searched word in an excerpt, not only the one its search marked', () => {
    expect(markWords('<mark>Mentors</mark> on technical topics; an anti-signal.', ['mentoring', 'anti'])).toBe(
      '<mark>Mentors</mark> on technical topics; an <mark>anti</mark>-signal.',
    );
  });

  it('merges a section as each word found it and counts the words an item or its place holds', () => {
    const meta = { title: 'Mentoring · L2 · Anti-signal', competency: 'Mentoring', level: 'L2', kind: 'Anti-signal' };
    const asFoundBy = (excerpt: string): PagefindFragment => ({
      url: '/m/#l2-anti-signal',
      excerpt,
      meta,
      sub_results: [{ title: 'x', url: '/m/#l2-anti-signal', excerpt }],
    });
    const items = someWordsItems(
      [asFoundBy('Mentors only on <mark>technical</mark> topics.'), asFoundBy('<mark>Mentors</mark> only.')],
      ['technical', 'mentoring', 'l2', 'quality'],
    );
    expect(items).toHaveLength(1);
    expect(items[0]!.held).toEqual(['technical', 'mentoring', 'l2']);
  });
});
