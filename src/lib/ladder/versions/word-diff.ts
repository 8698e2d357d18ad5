/**
 * Which words changed between two texts: the longest common run of words is kept, the rest marked deleted
 * or inserted. The "What changed" page shows it with <del> and <ins>. Texts on the ladder are a sentence
 * or a few, so the quadratic table is small.
 */

export interface WordRun {
  change: 'same' | 'deleted' | 'inserted';
  /** The words, with the white space that follows each. */
  text: string;
}

/**
 * Words and punctuation marks, each with its trailing white space, so joining them gives the text back.
 * A full stop is a token of its own: "coupling." to "coupling and more." keeps "coupling" unchanged.
 */
const words = (text: string): string[] => text.match(/[\p{L}\p{N}'’]+\s*|[^\s\p{L}\p{N}'’]\s*|\s+/gu) ?? [];

/** Compares words without the white space after them. */
const bare = (word: string) => word.trimEnd();

export function wordDiff(before: string, after: string): WordRun[] {
  const a = words(before);
  const b = words(after);
  // lengths[i][j]: the longest common run of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        bare(a[i]!) === bare(b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const runs: WordRun[] = [];
  const push = (change: WordRun['change'], text: string) => {
    const last = runs[runs.length - 1];
    if (last?.change === change) last.text += text;
    else runs.push({ change, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && bare(a[i]!) === bare(b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      // Deleted words before inserted ones: "<del>old</del><ins>new</ins>" reads as a replacement.
      push('deleted', a[i++]!);
    } else {
      push('inserted', b[j++]!);
    }
  }
  return runs;
}

/** True when the diff changes any word. */
export const changesWords = (runs: WordRun[]): boolean => runs.some((run) => run.change !== 'same');
