/**
 * Per-competency level from dimension ratings ("K of M" rule).
 *
 * Procedure (from the ladder text): sort ratings descending and take the K-th
 * value; if the lowest rating is more than one below that value, demote by one;
 * then, if the rater observed an anti-signal of level M at or below the current
 * level, cap at M − 1 (for the lowest such M, never below 1).
 *
 * The inputs are derived from the content schemas (type imports only: scoring runs without zod).
 */
import type { z } from 'zod';
import type { ruleSchema } from '../ladder/schemas';

/** The part of a competency's rule that scoring uses: k (the K-th highest rating counts) of m dimensions. */
export type ScoringRule = Pick<z.infer<typeof ruleSchema>, 'k' | 'm'>;

export interface CompetencyOptions {
  /** Number of ladder levels; levels are 1..levelCount. */
  levelCount: number;
  /** Levels whose anti-signal the rater marked as observed. */
  observedAntiSignals?: readonly number[];
}

export interface CompetencySteps {
  /** Ratings sorted highest first. */
  sorted: number[];
  k: number;
  /** The K-th value of `sorted`: the level before any adjustment. */
  kthValue: number;
  lowest: number;
  /** True when the lowest rating is more than one below the K-th value. */
  demoted: boolean;
  /** Level after the demotion check. */
  afterDemotion: number;
  /** Set when an observed anti-signal capped the level. */
  cap: { antiSignalLevel: number; cappedAt: number } | null;
  level: number;
}

export interface CompetencyResult {
  level: number;
  steps: CompetencySteps;
}

export type PartialCompetencyResult =
  ({ status: 'complete' } & CompetencyResult) | { status: 'incomplete'; rated: number; needed: number };

function isLevel(value: unknown, levelCount: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= levelCount;
}

function checkLevelCount(levelCount: number): void {
  if (!Number.isInteger(levelCount) || levelCount < 1) {
    throw new Error(`levelCount is ${levelCount}; expected a positive integer`);
  }
}

function checkRule(rule: ScoringRule): void {
  if (!Number.isInteger(rule.m) || rule.m < 1) {
    throw new Error(`rule.m is ${rule.m}; expected a positive integer number of dimensions`);
  }
  if (!Number.isInteger(rule.k) || rule.k < 1 || rule.k > rule.m) {
    throw new Error(`rule.k is ${rule.k}; expected an integer from 1 to ${rule.m} (rule.m)`);
  }
}

function checkRatingsLength(length: number, rule: ScoringRule): void {
  if (length !== rule.m) {
    throw new Error(`got ${length} ratings; the rule expects one per dimension (${rule.m})`);
  }
}

function checkAntiSignals(levels: readonly number[], levelCount: number): void {
  for (const level of levels) {
    if (!isLevel(level, levelCount)) {
      throw new Error(`anti-signal level ${level} is invalid; expected an integer 1 to ${levelCount}`);
    }
  }
}

/** Level of one competency from its dimension ratings. Throws on invalid input. */
export function competencyLevel(
  ratings: readonly number[],
  rule: ScoringRule,
  options: CompetencyOptions,
): CompetencyResult {
  const { levelCount } = options;
  const observed = options.observedAntiSignals ?? [];
  checkLevelCount(levelCount);
  checkRule(rule);
  checkRatingsLength(ratings.length, rule);
  ratings.forEach((rating, index) => {
    if (!isLevel(rating, levelCount)) {
      throw new Error(`rating ${index + 1} is ${rating}; expected an integer 1 to ${levelCount}`);
    }
  });
  checkAntiSignals(observed, levelCount);

  const sorted = [...ratings].sort((a, b) => b - a);
  const kthValue = sorted[rule.k - 1]!;
  const lowest = sorted[sorted.length - 1]!;
  const demoted = kthValue - lowest > 1;
  const afterDemotion = demoted ? Math.max(1, kthValue - 1) : kthValue;

  // Only anti-signals at or below the current level can cap it; the lowest one wins.
  const relevant = observed.filter((level) => level <= afterDemotion);
  let cap: CompetencySteps['cap'] = null;
  let level = afterDemotion;
  if (relevant.length > 0) {
    const antiSignalLevel = Math.min(...relevant);
    level = Math.max(1, antiSignalLevel - 1);
    cap = { antiSignalLevel, cappedAt: level };
  }

  return {
    level,
    steps: { sorted, k: rule.k, kthValue, lowest, demoted, afterDemotion, cap, level },
  };
}

/**
 * Same as competencyLevel, but unrated dimensions (null/undefined) give an
 * "incomplete" status instead of an error — the normal state of a half-filled form.
 * Invalid values and a wrong number of slots still throw: those are bugs, not user input.
 */
export function competencyLevelFromPartial(
  ratings: readonly (number | null | undefined)[],
  rule: ScoringRule,
  options: CompetencyOptions,
): PartialCompetencyResult {
  checkRule(rule);
  checkRatingsLength(ratings.length, rule);
  const rated = ratings.filter((rating): rating is number => rating !== null && rating !== undefined);
  if (rated.length < rule.m) {
    return { status: 'incomplete', rated: rated.length, needed: rule.m };
  }
  return { status: 'complete', ...competencyLevel(rated, rule, options) };
}

export interface DescribeOptions {
  /** Display codes per level, index 0 = level 1 (e.g. ['L1', 'L2', ...]). */
  labels?: readonly string[];
}

function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

function levelCode(level: number, labels: readonly string[] | undefined): string {
  return labels?.[level - 1] ?? `level ${level}`;
}

/**
 * One human sentence explaining the result, e.g.
 * "sorted 4 3 3 2 1, 3rd value 3; lowest 1 is more than one below, demoted to 2".
 */
export function describeCompetencySteps(steps: CompetencySteps, options: DescribeOptions = {}): string {
  const parts = [`sorted ${steps.sorted.join(' ')}, ${ordinal(steps.k)} value ${steps.kthValue}`];
  if (steps.demoted) {
    parts.push(`lowest ${steps.lowest} is more than one below, demoted to ${steps.afterDemotion}`);
  }
  if (steps.cap) {
    parts.push(
      `anti-signal of ${levelCode(steps.cap.antiSignalLevel, options.labels)} observed, capped at ${steps.cap.cappedAt}`,
    );
  }
  return parts.join('; ');
}
