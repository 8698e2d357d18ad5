/**
 * Everything the calculator shows for one rater, derived from the model and that rater's ratings with the
 * shared scoring and readiness logic (src/lib/scoring, src/lib/readiness). Pure, never throws on user
 * data: values the state validator let through are in range, and anything unrated is reported as such.
 */
import type { Rater } from '../assessment-state';
import { evaluateRequirement, type RequirementResult } from '../readiness';
import {
  competencyLevelFromPartial,
  describeCompetencySteps,
  formatScore,
  levelForScore,
  overallScore,
  type CompetencySteps,
} from '../scoring';
import type { CalculatorModel, ModelCompetency, ModelCriterion, ModelLevel, ModelPromotion } from './model';

export type CompetencyOutcome =
  | { id: string; status: 'complete'; level: number; steps: CompetencySteps; explanation: string }
  | { id: string; status: 'incomplete'; rated: number; needed: number };

export interface OverallOutcome {
  /** How many competencies have every dimension rated. */
  rated: number;
  total: number;
  /** Present once every competency is rated. */
  score?: number;
  /** The score with two decimals, as the ladder shows it. */
  scoreText?: string;
  /** The score rounded half-up to one decimal (what the bands are read against). */
  rounded?: number;
  /** The ladder level whose band holds the rounded score. */
  level?: ModelLevel;
}

export interface CriterionOutcome {
  criterion: ModelCriterion;
  /** 'manual' when content gives no machine check: the rater ticks it. */
  status: 'met' | 'not-met' | 'manual';
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

export interface Assessment {
  competencies: CompetencyOutcome[];
  overall: OverallOutcome;
  /** Competency levels by id (null when not fully rated): input for checks, gaps and the chart. */
  levels: Record<string, number | null>;
}

/** The ratings of one competency in dimension order; null where unrated. */
export function ratingsOf(competency: ModelCompetency, rater: Rater): (number | null)[] {
  const given = rater.ratings[competency.id] ?? {};
  return competency.dimensions.map((dimension) => given[dimension.id] ?? null);
}

function competencyOutcome(model: CalculatorModel, competency: ModelCompetency, rater: Rater): CompetencyOutcome {
  const result = competencyLevelFromPartial(ratingsOf(competency, rater), competency.rule, {
    levelCount: model.levels.length,
    observedAntiSignals: rater.antiSignals[competency.id] ?? [],
  });
  if (result.status === 'incomplete') {
    return { id: competency.id, status: 'incomplete', rated: result.rated, needed: result.needed };
  }
  const explanation = describeCompetencySteps(result.steps, { labels: model.levels.map((level) => level.code) });
  return { id: competency.id, status: 'complete', level: result.level, steps: result.steps, explanation };
}

/** Per-competency levels and the overall score of one rater. */
export function assess(model: CalculatorModel, rater: Rater): Assessment {
  const competencies = model.competencies.map((competency) => competencyOutcome(model, competency, rater));
  const levels: Record<string, number | null> = {};
  for (const outcome of competencies) levels[outcome.id] = outcome.status === 'complete' ? outcome.level : null;

  const rated = competencies.filter((outcome) => outcome.status === 'complete').length;
  const overall: OverallOutcome = { rated, total: competencies.length };
  if (rated === competencies.length && rated > 0) {
    const score = overallScore(
      model.competencies.map((competency) => ({ weight: competency.weight, level: levels[competency.id]! })),
      model.track.totalWeight,
    );
    const { rounded, band } = levelForScore(
      score,
      model.levels.map((level) => ({ code: level.code, min: level.band.min, max: level.band.max })),
    );
    overall.score = score;
    overall.scoreText = formatScore(score);
    overall.rounded = rounded;
    const level = band ? model.levels.find((candidate) => candidate.code === band.code) : undefined;
    if (level) overall.level = level;
  }
  return { competencies, overall, levels };
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
  return { criterion, status: results.every((result) => result.met) ? 'met' : 'not-met', results };
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

/** True when the rater has rated or ticked anything at all. */
export function hasAnyInput(rater: Rater): boolean {
  return (
    Object.values(rater.ratings).some((dimensions) => Object.keys(dimensions).length > 0) ||
    Object.values(rater.antiSignals).some((levels) => levels.length > 0) ||
    Boolean(rater.note?.trim())
  );
}
