/**
 * Results when no result holds every word of a question: each meaningful word searched on its own, and the
 * sections and items ranked by how many of the words they hold ("what counts as an anti-signal in
 * mentoring" finds the Mentoring anti-signals first, then anti-signals elsewhere, then other Mentoring items).
 */
import type { PagefindFragment, PagefindResult } from './pagefind-api';
import { marksEveryWord, resultItems, sameStem, type ResultItem } from './results';
import { tokens } from './words';

/** A section found by some of the words: one Pagefind result per word that found it. */
export interface RankedSection {
  id: string;
  results: PagefindResult[];
  /** Its best place in any word's results (Pagefind's own ranking). */
  place: number;
}

/** The sections of every word's results, by how many words found them, then by their best place. */
export function rankByWords(hits: PagefindResult[][]): RankedSection[] {
  const sections = new Map<string, RankedSection>();
  for (const results of hits) {
    results.forEach((result, place) => {
      const section = sections.get(result.id) ?? { id: result.id, results: [], place };
      section.results.push(result);
      section.place = Math.min(section.place, place);
      sections.set(result.id, section);
    });
  }
  return [...sections.values()].sort((a, b) => b.results.length - a.results.length || a.place - b.place);
}

/** An excerpt with its marks moved to every occurrence of the searched words (each word search marks its own). */
export function markWords(excerpt: string, words: string[]): string {
  return excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/[\p{L}\p{N}]+/gu, (token) =>
      token.length >= 3 && words.some((word) => sameStem(token.toLowerCase(), word)) ? `<mark>${token}</mark>` : token,
    );
}

/**
 * The rows of one section found by some of the words: every item any word search returned for it, once,
 * with the words it holds marked and counted, most words first. A word counts when the item's text or its
 * place ("Code Quality & Engineering Discipline · L3") holds it, so "L3 code quality" puts that section
 * first. `fragments` are the section as each word's search returned it.
 */
export function someWordsItems(fragments: PagefindFragment[], words: string[]): ResultItem[] {
  const byUrl = new Map<string, ResultItem>();
  for (const fragment of fragments) {
    for (const item of resultItems(fragment)) if (!byUrl.has(item.url)) byUrl.set(item.url, item);
  }
  return [...byUrl.values()]
    .map((item) => {
      const excerpt = markWords(item.excerpt, words);
      const place = tokens(item.context);
      const held = words.filter(
        (word) => marksEveryWord(excerpt, [word]) || place.some((token) => sameStem(token, word)),
      );
      return { ...item, excerpt, held };
    })
    .filter((item) => item.held.length > 0)
    .sort((a, b) => b.held.length - a.held.length);
}
