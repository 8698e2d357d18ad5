/**
 * What the Results view derives from competency levels: the gap to a level's target profile and the
 * promotion checklist (machine checks evaluated, the rest left to the rater). Kept apart from results.ts so
 * that the rating form's first download does not carry them.
 */
import { evaluateRequirement, type RequirementResult } from './readiness';
import type { CalculatorModel, ModelCriterion, ModelPromotion } from './model';

export interface CriterionOutcome {
  criterion: ModelCriterion;
  /**
   * 'manual' when content gives no machine check: the rater ticks it. 'not-rated' when the check depends on
   * competencies nobody has rated yet and nothing rated decides it already.
   */
  status: 'met' | 'not-met' | 'manual' | 'not-rated';
  results: RequirementResult[];
}

export interface ReadinessOutcome {
  promotion: ModelPromotion;
  demonstrate: CriterionOutcome[];
  portfolio: CriterionOutcome[];
}

export interface GapRow {
  id: string;
  level: number | null;
  /** Target for the level compared against; gap = target − level (null when unrated). */
  target: number;
  gap: number | null;
}

/** Gap per competency to the target profile of ladder level `rank` (1..N). */
export function gapsTo(model: CalculatorModel, levels: Record<string, number | null>, rank: number): GapRow[] {
  return model.competencies.map((competency) => {
    const target = competency.targets[rank - 1] ?? 0;
    const level = levels[competency.id] ?? null;
    return { id: competency.id, level, target, gap: level === null ? null : target - level };
  });
}

function criterionOutcome(
  criterion: ModelCriterion,
  levels: Record<string, number | null>,
  competencyIds: readonly string[],
): CriterionOutcome {
  if (criterion.checks.length === 0) return { criterion, status: 'manual', results: [] };
  const results = criterion.checks.map((check) => evaluateRequirement(check, levels, competencyIds));
  if (results.every((result) => result.met)) return { criterion, status: 'met', results };
  // Failing for certain: a rated competency falls short of an 'all' check, or an 'any' check with nothing
  // left unrated. Otherwise the unrated competencies decide, and the honest answer is "not rated yet".
  const decided = results.some(
    (result) =>
      !result.met &&
      (result.unrated.length === 0 || (result.requirement.mode !== 'any' && result.shortfalls.length > 0)),
  );
  return { criterion, status: decided ? 'not-met' : 'not-rated', results };
}

/** The promotion step out of ladder level `fromRank`, or undefined at the top of the ladder. */
export function promotionFrom(model: CalculatorModel, fromRank: number): ModelPromotion | undefined {
  return model.promotions.find((promotion) => promotion.from === fromRank);
}

/** The checklist for a promotion step: machine checks evaluated, the rest left for the rater. */
export function readiness(
  model: CalculatorModel,
  promotion: ModelPromotion,
  levels: Record<string, number | null>,
): ReadinessOutcome {
  const ids = model.competencies.map((competency) => competency.id);
  return {
    promotion,
    demonstrate: promotion.demonstrate.map((criterion) => criterionOutcome(criterion, levels, ids)),
    portfolio: promotion.portfolio.map((criterion) => criterionOutcome(criterion, levels, ids)),
  };
}
