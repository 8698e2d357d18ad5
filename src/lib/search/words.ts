/**
 * Words as search compares them: lower-cased tokens without accents, singular, and close enough when a
 * reader mistypes one. Shared by the build (the vocabulary files) and the browser (query understanding and
 * "did you mean"), so both split and compare words the same way.
 */

/** The tokens of a text: letters and digits, lower-cased, accents dropped ("Anti-signal" -> ["anti", "signal"]). */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A plural's singular, near enough for matching ("behaviours" -> "behaviour", "dimensions" -> "dimension"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours: "mentorign" is one step from
 * "mentoring"), stopping early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How many typing mistakes a word of this length may carry and still count: none in short words (codes such
 * as "l3", "ic", "sql" must match exactly), one from five letters, two from nine.
 */
export const typoAllowance = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/** Whether a typed word means a vocabulary word: the same, the same in the singular, or a close misspelling. */
export function sameWord(typed: string, known: string): boolean {
  if (typed === known) return true;
  const [a, b] = [singular(typed), singular(known)];
  if (a === b) return true;
  const allowance = Math.min(typoAllowance(a), typoAllowance(b));
  return allowance > 0 && editDistance(a, b, allowance) <= allowance;
}
