/**
 * The worked examples under each scoring rule, built from the competency itself: its dimensions, its
 * rule's k, and the track's hire-bar level. The ratings are made up to illustrate the rule; the level they
 * give is computed, never written by hand.
 */
import type { Competency, Track } from '../ladder/model';

export interface RatedDimension {
  name: string;
  rating: number;
}

export interface WorkedExample {
  ratings: RatedDimension[];
  /** Ratings highest first. */
  sorted: number[];
  k: number;
  kthValue: number;
  lowest: number;
  demoted: boolean;
  level: number;
}

/** "Sort descending, take the k-th value; demote one level if the lowest is more than one below it." */
function applyRule(ratings: RatedDimension[], k: number): WorkedExample {
  const sorted = ratings.map((r) => r.rating).sort((a, b) => b - a);
  const kthValue = sorted[Math.min(k, sorted.length) - 1] ?? 1;
  const lowest = sorted[sorted.length - 1] ?? kthValue;
  const demoted = kthValue - lowest > 1;
  return { ratings, sorted, k, kthValue, lowest, demoted, level: demoted ? Math.max(1, kthValue - 1) : kthValue };
}

/**
 * Two examples around the hire-bar level N: one that reaches N (one dimension above, k−1 at N, the rest one
 * below), and the same profile with its weakest dimension two below N, which the rule demotes.
 */
export function workedExamples(track: Track, competency: Competency): WorkedExample[] {
  const top = track.levels.length;
  const target = track.levels.find((level) => level.isHireBar)?.rank ?? Math.ceil(top / 2);
  const { k } = competency.rule;
  const base = competency.dimensions.map((dimension, index) => ({
    name: dimension.name,
    rating: index === 0 && k > 1 ? Math.min(top, target + 1) : index < k ? target : Math.max(1, target - 1),
  }));
  const examples = [applyRule(base, k)];
  const lastIndex = base.length - 1;
  if (target - 2 >= 1 && lastIndex >= k) {
    const weaker = base.map((dimension, index) => (index === lastIndex ? { ...dimension, rating: target - 2 } : dimension));
    examples.push(applyRule(weaker, k));
  }
  return examples;
}
