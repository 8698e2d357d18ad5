/**
 * The worked examples under each scoring rule, built from the competency itself: its dimensions, its
 * rule's k, and the track's hire-bar level. The ratings are made up to illustrate the rule; the level they
 * give is computed by the same scoring code as the calculator (src/lib/scoring), never written by hand.
 */
import type { Competency, Track } from '../ladder/model';
import { competencyLevel, describeCompetencySteps, type CompetencySteps } from '../scoring';

export interface RatedDimension {
  name: string;
  rating: number;
}

export interface WorkedExample {
  ratings: RatedDimension[];
  steps: CompetencySteps;
  /** One sentence: "sorted 4 3 3 3 2 2, 4th value 3". */
  explanation: string;
}

/**
 * Up to two examples around the hire-bar level N: one profile that reaches N (one dimension above, k−1 at
 * N, the rest one below), and the same profile with its weakest dimension two below N, which the rule
 * demotes. The second is left out when the ladder is too short for it.
 */
export function workedExamples(track: Track, competency: Competency): WorkedExample[] {
  const levelCount = track.levels.length;
  const target = track.levels.find((level) => level.isHireBar)?.rank ?? Math.ceil(levelCount / 2);
  const { k, m } = competency.rule;
  const labels = track.levels.map((level) => level.code);
  const example = (ratings: RatedDimension[]): WorkedExample => {
    const { steps } = competencyLevel(
      ratings.map((r) => r.rating),
      { k, m },
      { levelCount },
    );
    return { ratings, steps, explanation: describeCompetencySteps(steps, { labels }) };
  };
  const base = competency.dimensions.map((dimension, index) => ({
    name: dimension.name,
    rating: index === 0 && k > 1 ? Math.min(levelCount, target + 1) : index < k ? target : Math.max(1, target - 1),
  }));
  const examples = [example(base)];
  const last = base.length - 1;
  if (target - 2 >= 1 && last >= k) {
    examples.push(example(base.map((d, index) => (index === last ? { ...d, rating: target - 2 } : d))));
  }
  return examples;
}
