/** The weighted overall score, its rounding and formatting, and the band (ladder level) it falls in. */
import { describe, expect, it } from 'vitest';
import { formatScore, levelForScore, overallScore, roundScore } from '@lib/scoring';
import { BANDS, LEVELS, TOTAL_WEIGHT, WEIGHTS, allRatings } from './support';

describe('overallScore and formatting', () => {
  it('is the weighted mean of competency levels', () => {
    const items = WEIGHTS.map((weight) => ({ weight, level: 3 }));
    expect(overallScore(items, TOTAL_WEIGHT)).toBe(3);
    // 2·2 + 1.5·(2+2+2+2+1) + 1·2 + 1·2 = 21.5; 21.5 / 11.5 = 1.8696
    const levels = [2, 2, 2, 2, 2, 1, 2, 2];
    const score = overallScore(
      WEIGHTS.map((weight, i) => ({ weight, level: levels[i]! })),
      TOTAL_WEIGHT,
    );
    expect(score).toBeCloseTo(21.5 / 11.5, 12);
    expect(formatScore(score)).toBe('1.87');
  });

  it('formats two decimals, rounding half-up where toFixed would not', () => {
    expect((1.005).toFixed(2)).toBe('1.00'); // the trap this helper exists for
    expect(formatScore(1.005)).toBe('1.01');
    expect(formatScore(21 / 11.5)).toBe('1.83');
    expect(formatScore(5)).toBe('5.00');
    expect(formatScore(1)).toBe('1.00');
  });

  it('rejects a non-positive total weight and bad items', () => {
    expect(() => overallScore([{ weight: 1, level: 1 }], 0)).toThrow(/totalWeight is 0/);
    expect(() => overallScore([{ weight: -1, level: 1 }], 1)).toThrow(/weight -1/);
    expect(() => overallScore([{ weight: 1, level: NaN }], 1)).toThrow(/level NaN/);
  });
});

describe('levelForScore: band edges of the seed ladder', () => {
  it.each([
    [1.0, 1.0, 'L1'],
    [1.8, 1.8, 'L1'],
    [1.849, 1.8, 'L1'],
    [1.85, 1.9, 'L2'],
    [1.87, 1.9, 'L2'],
    [1.9, 1.9, 'L2'],
    [2.7, 2.7, 'L2'],
    [2.749, 2.7, 'L2'],
    [2.75, 2.8, 'L3'],
    [2.8, 2.8, 'L3'],
    [3.6, 3.6, 'L3'],
    [3.65, 3.7, 'L4'],
    [3.7, 3.7, 'L4'],
    [4.4, 4.4, 'L4'],
    [4.449, 4.4, 'L4'],
    [4.45, 4.5, 'L5'],
    [4.5, 4.5, 'L5'],
    [5.0, 5.0, 'L5'],
  ])('score %f rounds to %f and reads %s', (score, rounded, code) => {
    const result = levelForScore(score, BANDS);
    expect(result.rounded).toBe(rounded);
    expect(result.band?.code).toBe(code);
  });

  it('rounds half-up even when the float sits just below the half', () => {
    // 1.15 is stored as 1.14999…; toFixed works on that stored value and reads 1.1.
    expect(Number((1.15).toFixed(1))).toBe(1.1);
    expect(roundScore(1.15)).toBe(1.2);
    expect(roundScore(4.35)).toBe(4.4);
    // A division that should give exactly 1.85 but lands on 1.8499999999999999.
    const divided = 21.275 / 11.5;
    expect(divided).toBeLessThan(1.85);
    expect(Number(divided.toFixed(1))).toBe(1.8);
    expect(roundScore(divided)).toBe(1.9);
    expect(levelForScore(divided, BANDS).band?.code).toBe('L2');
  });

  it('reads realistic scores from the seed weights on either side of the L1/L2 edge', () => {
    const score = (levels: number[]) =>
      overallScore(
        WEIGHTS.map((weight, i) => ({ weight, level: levels[i]! })),
        TOTAL_WEIGHT,
      );
    // 21 / 11.5 = 1.826 -> 1.8 -> L1
    expect(levelForScore(score([1, 2, 2, 2, 2, 2, 2, 2]), BANDS)).toEqual({ rounded: 1.8, band: BANDS[0] });
    // 21.5 / 11.5 = 1.870 -> 1.9 -> L2
    expect(levelForScore(score([2, 2, 2, 2, 2, 1, 2, 2]), BANDS)).toEqual({ rounded: 1.9, band: BANDS[1] });
  });

  it('returns no band for a score outside every band', () => {
    expect(levelForScore(0.5, BANDS).band).toBeNull();
    expect(levelForScore(5.2, BANDS).band).toBeNull();
  });
});

/**
 * Exact oracle in integers: with weights in halves, score = S2 / (2·total) where
 * S2 = Σ 2·weight·level is an integer, so tenths rounded half-up = floor((20·S2 + D) / (2·D)), D = 2·total.
 */
function oracleTenths(levels: number[], weights: number[], total: number): number {
  const s2 = levels.reduce((sum, level, i) => sum + 2 * weights[i]! * level, 0);
  const d = 2 * total;
  return Math.floor((20 * s2 + d) / (2 * d));
}

/** Band by integer tenths, written out independently of the BANDS table. */
function oracleBand(tenths: number): string {
  if (tenths >= 10 && tenths <= 18) return 'L1';
  if (tenths <= 27) return 'L2';
  if (tenths <= 36) return 'L3';
  if (tenths <= 44) return 'L4';
  if (tenths <= 50) return 'L5';
  return 'none';
}

describe('overall score: exhaustive over all 5^8 competency level combinations', () => {
  it('seed weights (total 11.5): score in 1..5, exactly one band, exact rounding, raising never lowers', () => {
    let combos = 0;
    for (const levels of allRatings(8, LEVELS)) {
      combos++;
      const items = levels.map((level, i) => ({ weight: WEIGHTS[i]!, level }));
      const score = overallScore(items, TOTAL_WEIGHT);
      if (score < 1 || score > 5) expect({ levels, score }).toBe('score within 1..5');
      const { rounded, band } = levelForScore(score, BANDS);
      const tenths = oracleTenths(levels, WEIGHTS, TOTAL_WEIGHT);
      if (Math.round(rounded * 10) !== tenths)
        expect({ levels, score, rounded }).toEqual({ levels, score, rounded: tenths / 10 });
      const containing = BANDS.filter((b) => rounded >= b.min && rounded <= b.max);
      if (containing.length !== 1 || band?.code !== oracleBand(tenths)) {
        expect({ levels, rounded, containing, band }).toBe('exactly one band, the expected one');
      }
      for (let i = 0; i < 8; i++) {
        if (levels[i] === LEVELS) continue;
        const raised = overallScore(items.with(i, { weight: WEIGHTS[i]!, level: levels[i]! + 1 }), TOTAL_WEIGHT);
        if (!(raised > score)) expect({ levels, i, score, raised }).toBe('raising a competency raises the score');
      }
    }
    expect(combos).toBe(390625);
  });

  it('weights that produce exact x.x5 ties (total 10): rounding is exactly half-up where toFixed fails', () => {
    // With total 11.5 a score can never land exactly on x.x5 (20·S2 is even, 23·odd is odd),
    // so this variant with the same weight values (2, 1.5, 1) forces real ties.
    const weights = [2, 1.5, 1.5, 1, 1, 1, 1, 1];
    const total = 10;
    let ties = 0;
    let naiveWrong = 0;
    for (const levels of allRatings(8, LEVELS)) {
      const score = overallScore(
        levels.map((level, i) => ({ weight: weights[i]!, level })),
        total,
      );
      const tenths = oracleTenths(levels, weights, total);
      if (Math.round(roundScore(score) * 10) !== tenths) expect({ levels, score }).toBe(`rounds to ${tenths / 10}`);
      const s2 = levels.reduce((sum, level, i) => sum + 2 * weights[i]! * level, 0);
      if (s2 % 2 === 1) ties++; // score = s2 / 20, so odd s2 is exactly x.x5
      if (Math.round(Number(score.toFixed(1)) * 10) !== tenths) naiveWrong++; // toFixed reads the stored binary value
    }
    expect(ties).toBeGreaterThan(0);
    expect(naiveWrong).toBeGreaterThan(0);
  });
});
