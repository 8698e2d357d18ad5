/** Fixtures of the scoring tests: they mirror the seed ladder; the library itself takes them as input. */
import type { ScoreBand } from '@lib/scoring';

export const LEVELS = 5;
export const LABELS = ['L1', 'L2', 'L3', 'L4', 'L5'];
export const RULE_4_OF_6 = { k: 4, m: 6 };
export const RULE_3_OF_5 = { k: 3, m: 5 };
export const BANDS: ScoreBand[] = [
  { code: 'L1', min: 1.0, max: 1.8 },
  { code: 'L2', min: 1.9, max: 2.7 },
  { code: 'L3', min: 2.8, max: 3.6 },
  { code: 'L4', min: 3.7, max: 4.4 },
  { code: 'L5', min: 4.5, max: 5.0 },
];
export const WEIGHTS = [2, 1.5, 1.5, 1.5, 1.5, 1.5, 1, 1];
export const TOTAL_WEIGHT = 11.5;

/** Every rating vector of `length` values in 1..levels, in odometer order. */
export function* allRatings(length: number, levels: number): Generator<number[]> {
  const current = new Array<number>(length).fill(1);
  while (true) {
    yield [...current];
    let i = length - 1;
    while (i >= 0 && current[i] === levels) current[i--] = 1;
    if (i < 0) return;
    current[i]!++;
  }
}
