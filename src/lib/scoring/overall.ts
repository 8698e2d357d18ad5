/** Weighted overall score and the ladder band it falls in. */

import type { z } from 'zod';
import type { levelSchema } from '../ladder/schemas';
import { roundScore } from './rounding';

type Level = z.infer<typeof levelSchema>;

export interface WeightedLevel {
  weight: number;
  level: number;
}

/** A level's code ("L2") and its score band, as the level's front matter declares them. */
export type ScoreBand = Pick<Level, 'code'> & Level['band'];

/** sum(weight × level) / totalWeight. */
export function overallScore(items: readonly WeightedLevel[], totalWeight: number): number {
  if (!Number.isFinite(totalWeight) || totalWeight <= 0) {
    throw new Error(`totalWeight is ${totalWeight}; expected a positive number`);
  }
  let sum = 0;
  items.forEach(({ weight, level }, index) => {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new Error(`item ${index + 1} has weight ${weight}; expected a non-negative number`);
    }
    if (!Number.isFinite(level)) {
      throw new Error(`item ${index + 1} has level ${level}; expected a number`);
    }
    sum += weight * level;
  });
  return sum / totalWeight;
}

// Band edges are compared with the same tolerance as rounding, so an edge written
// as 1.9 in content always matches a score rounded to 1.9.
const EDGE_TOLERANCE = 1e-9;

export interface BandResult {
  /** The score rounded half-up to one decimal. */
  rounded: number;
  /** The band containing `rounded`, or null when no band does (score outside all bands). */
  band: ScoreBand | null;
}

/** The band containing the score once rounded half-up to one decimal (min <= r <= max). */
export function levelForScore(score: number, bands: readonly ScoreBand[]): BandResult {
  const rounded = roundScore(score);
  const band = bands.find((b) => rounded >= b.min - EDGE_TOLERANCE && rounded <= b.max + EDGE_TOLERANCE) ?? null;
  return { rounded, band };
}
