/**
 * The index's vocabulary, for "did you mean": every word the search index holds, most frequent first, and
 * the closest of them to a word that matches nothing ("obervability" -> "observability").
 *
 * indexWords() runs at build time over the same text Pagefind indexes (src/integrations/pagefind.ts writes
 * it into the bundle as VOCABULARY_FILE); closestWord() runs in the browser, only once a word found nothing.
 */
import { editDistance, singular, tokens, typoAllowance } from './words';

/** The vocabulary's file name inside the Pagefind bundle folder. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Words shorter than this are never suggested, nor corrected. */
const MIN_LENGTH = 4;

/** The distinct words of the texts (letters only, at least four), most frequent first, then alphabetical. */
export function indexWords(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokens(text)) {
      if (word.length >= MIN_LENGTH && /^\p{L}+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** Whether the index knows a word: as written, in the singular, or as the start of a longer word. */
export function isKnown(word: string, vocabulary: readonly string[]): boolean {
  const one = singular(word);
  return vocabulary.some((known) => known.startsWith(word) || singular(known) === one);
}

/**
 * The words no shown result holds as written (or as the start of a longer word): candidates for "did you
 * mean". Pagefind and the result marks match loosely (a misspelt word can still find results by its first
 * letters), so this looks at the results' own words.
 */
export function unseenWords(words: readonly string[], seen: ReadonlySet<string>): string[] {
  return words.filter((word) => !isKnown(word, [...seen]));
}

/**
 * The vocabulary word closest to a word the index does not know: fewest edits (one allowed up to eight
 * letters, two from nine), then the most frequent. Undefined for short or known words, or nothing close.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word) || isKnown(word, vocabulary)) return undefined;
  const allowance = Math.max(1, typoAllowance(word));
  let best: { word: string; distance: number } | undefined;
  for (const known of vocabulary) {
    const distance = editDistance(word, known, allowance);
    if (distance <= allowance && (!best || distance < best.distance)) best = { word: known, distance };
    if (best?.distance === 1) break;
  }
  return best?.word;
}

/**
 * The query with each unknown word replaced by its closest known word, or undefined when nothing changes.
 * `only` limits the corrections to those words (the ones that found nothing; question words are left be).
 */
export function didYouMean(query: string, vocabulary: readonly string[], only?: string[]): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (typed) => {
    if (only && !only.includes(typed.toLowerCase())) return typed;
    const closest = closestWord(typed.toLowerCase(), vocabulary);
    if (!closest) return typed;
    changed = true;
    return closest;
  });
  return changed ? corrected : undefined;
}
