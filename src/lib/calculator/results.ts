/**
 * Everything the calculator shows for one rater, derived from the model and that rater's ratings with the
 * shared scoring and readiness logic (src/lib/scoring, src/lib/readiness). Pure, never throws on user
 * data: values the state validator let through are in range, and anything unrated is reported as such.
 */
import type { Rater } from '../assessment/raters';
import {
  competencyLevelFromPartial,
  describeCompetencySteps,
  formatScore,
  levelForScore,
  overallScore,
  type CompetencySteps,
} from '../scoring';
import type { CalculatorModel, ModelCompetency, ModelLevel } from './model';

export type CompetencyOutcome =
  | { id: string; status: 'complete'; level: number; steps: CompetencySteps; explanation: string }
  | { id: string; status: 'incomplete'; rated: number; needed: number };

/** A score read from the rated competencies only, while others are still unrated. */
export interface ProvisionalScore {
  score: number;
  scoreText: string;
  rounded: number;
  level?: ModelLevel;
  /** The weight of the rated competencies, out of the track's total weight. */
  weight: number;
}

export interface OverallOutcome {
  /** How many competencies have every dimension rated. */
  rated: number;
  total: number;
  /** How many dimensions are rated, out of how many the track has (for "12 of 41 rated"). */
  ratedDimensions: number;
  totalDimensions: number;
  /**
   * While some but not all competencies are rated: the weighted average of the rated ones. Unrated
   * competencies are left out (not counted as level 1 or 0), so the figure says where the rated part stands.
   */
  provisional?: ProvisionalScore;
  /** Present once every competency is rated. */
  score?: number;
  /** The score with two decimals, as the ladder shows it. */
  scoreText?: string;
  /** The score rounded half-up to one decimal (what the bands are read against). */
  rounded?: number;
  /** The ladder level whose band holds the rounded score. */
  level?: ModelLevel;
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
  const overall: OverallOutcome = {
    rated,
    total: competencies.length,
    ratedDimensions: model.competencies.reduce(
      (sum, c) => sum + ratingsOf(c, rater).filter((r) => r !== null).length,
      0,
    ),
    totalDimensions: model.competencies.reduce((sum, c) => sum + c.dimensions.length, 0),
  };
  const ratedCompetencies = model.competencies.filter((competency) => levels[competency.id] !== null);
  if (rated === competencies.length && rated > 0) {
    const { score, scoreText, rounded, level } = scoreOf(model, ratedCompetencies, levels, model.track.totalWeight);
    Object.assign(overall, { score, scoreText, rounded }, level ? { level } : {});
  } else if (rated > 0) {
    const weight = ratedCompetencies.reduce((sum, competency) => sum + competency.weight, 0);
    if (weight > 0) overall.provisional = { ...scoreOf(model, ratedCompetencies, levels, weight), weight };
  }
  return { competencies, overall, levels };
}

/** Score, display text, rounded value and band level of some competencies, over the weight given. */
function scoreOf(
  model: CalculatorModel,
  competencies: readonly ModelCompetency[],
  levels: Record<string, number | null>,
  totalWeight: number,
) {
  const score = overallScore(
    competencies.map((competency) => ({ weight: competency.weight, level: levels[competency.id]! })),
    totalWeight,
  );
  const { rounded, band } = levelForScore(
    score,
    model.levels.map((level) => ({ code: level.code, min: level.band.min, max: level.band.max })),
  );
  const level = band ? model.levels.find((candidate) => candidate.code === band.code) : undefined;
  return { score, scoreText: formatScore(score), rounded, level };
}

/** The level the result stands at: the final one, else the provisional one. */
export function standingLevel(overall: OverallOutcome): ModelLevel | undefined {
  return overall.level ?? overall.provisional?.level;
}

/** Per competency, the level now minus the level in `before` (null where either is unrated). */
export function changeSince(
  model: CalculatorModel,
  now: Record<string, number | null>,
  before: Record<string, number | null>,
): Record<string, number | null> {
  return Object.fromEntries(
    model.competencies.map((competency) => {
      const a = now[competency.id] ?? null;
      const b = before[competency.id] ?? null;
      return [competency.id, a === null || b === null ? null : a - b];
    }),
  );
}

/** True when the rater has rated or ticked anything at all. */
export function hasAnyInput(rater: Rater): boolean {
  return (
    Object.values(rater.ratings).some((dimensions) => Object.keys(dimensions).length > 0) ||
    Object.values(rater.antiSignals).some((levels) => levels.length > 0) ||
    Boolean(rater.note?.trim())
  );
}
