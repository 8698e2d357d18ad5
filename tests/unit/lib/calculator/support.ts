/** The seed ladder and the mini fixture ladder as calculator models, plus helpers to fill in ratings. */
import type { Rater } from '@lib/assessment/raters';
import { buildCalculatorModel, type CalculatorModel } from '@lib/calculator/model';
import { miniTrack as readMiniTrack, seedTrack as readSeedTrack } from '@tests/fixtures/ladders';

export const seedTrack = readSeedTrack();
export const seedModel = buildCalculatorModel(seedTrack, '/');
export const miniTrack = readMiniTrack();

/** A rater who gives every dimension of every competency `level`, with `overrides` per competency (dimension order). */
export function raterWith(
  model: CalculatorModel,
  level: number,
  overrides: Record<string, number[]> = {},
  antiSignals: Record<string, number[]> = {},
): Rater {
  const ratings: Rater['ratings'] = {};
  for (const competency of model.competencies) {
    const values = overrides[competency.id] ?? competency.dimensions.map(() => level);
    ratings[competency.id] = Object.fromEntries(competency.dimensions.map((d, i) => [d.id, values[i]!]));
  }
  return { ratings, antiSignals };
}

export const blankRater = (): Rater => ({ ratings: {}, antiSignals: {} });
