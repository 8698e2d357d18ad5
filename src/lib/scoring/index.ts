export {
  competencyLevel,
  competencyLevelFromPartial,
  describeCompetencySteps,
  type CompetencyOptions,
  type CompetencyResult,
  type CompetencySteps,
  type DescribeOptions,
  type PartialCompetencyResult,
  type ScoringRule,
} from './competency';
export { overallScore, levelForScore, type BandResult, type ScoreBand, type WeightedLevel } from './overall';
export { roundHalfUp, roundScore, formatScore } from './rounding';
export { gapToTarget, type CompetencyGap } from './gap';
