/**
 * The level pairs the compare pages cover: every pair, adjacent or not, lower level first.
 */
import type { Level } from '../ladder/model';

export interface LevelPair {
  from: Level;
  to: Level;
  /** True when the two levels are next to each other on the ladder. */
  adjacent: boolean;
}

/** All pairs of `levels` (which must be in rank order), lower first: n·(n−1)/2 of them. */
export function levelPairs(levels: readonly Level[]): LevelPair[] {
  const pairs: LevelPair[] = [];
  levels.forEach((from, i) => {
    levels.slice(i + 1).forEach((to, offset) => pairs.push({ from, to, adjacent: offset === 0 }));
  });
  return pairs;
}
