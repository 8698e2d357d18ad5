/** A competency level from its dimension ratings: the "k of m" rule, worked and exhaustive. */
import { describe, expect, it } from 'vitest';
import { competencyLevel, competencyLevelFromPartial, describeCompetencySteps } from '@lib/scoring';
import { LABELS, LEVELS, RULE_3_OF_5, RULE_4_OF_6, allRatings } from './support';

/**
 * Independent statement of the rule, by counting instead of sorting: the K-th
 * highest rating is the highest N that at least K dimensions reach.
 */
function oracleLevel(ratings: number[], k: number): number {
  let kth = 1;
  for (let n = 1; n <= Math.max(...ratings); n++) {
    if (ratings.filter((r) => r >= n).length >= k) kth = n;
  }
  return Math.min(...ratings) < kth - 1 ? kth - 1 : kth;
}

describe('competencyLevel: worked examples', () => {
  it('4 of 6: the 4th highest rating is the level', () => {
    const result = competencyLevel([3, 4, 3, 2, 3, 5], RULE_4_OF_6, { levelCount: LEVELS });
    expect(result.level).toBe(3);
    expect(result.steps.sorted).toEqual([5, 4, 3, 3, 3, 2]);
    expect(result.steps.kthValue).toBe(3);
    expect(result.steps.demoted).toBe(false);
    expect(describeCompetencySteps(result.steps)).toBe('sorted 5 4 3 3 3 2, 4th value 3');
  });

  it('3 of 5: the 3rd highest rating is the level', () => {
    const result = competencyLevel([2, 4, 3, 3, 5], RULE_3_OF_5, { levelCount: LEVELS });
    expect(result.level).toBe(3);
    expect(result.steps.lowest).toBe(2);
    expect(result.steps.cap).toBeNull();
  });

  it('demotes one level when the lowest rating is more than one below (3 of 5)', () => {
    const result = competencyLevel([4, 3, 3, 2, 1], RULE_3_OF_5, { levelCount: LEVELS });
    expect(result.level).toBe(2);
    expect(result.steps).toMatchObject({ kthValue: 3, lowest: 1, demoted: true, afterDemotion: 2 });
    expect(describeCompetencySteps(result.steps, { labels: LABELS })).toBe(
      'sorted 4 3 3 2 1, 3rd value 3; lowest 1 is more than one below, demoted to 2',
    );
  });

  it('demotes only one level even for a single far outlier (decision 0003: 5 5 5 1 1 is 4)', () => {
    const result = competencyLevel([5, 1, 5, 1, 5], RULE_3_OF_5, { levelCount: LEVELS });
    expect(result.level).toBe(4);
    expect(describeCompetencySteps(result.steps)).toBe(
      'sorted 5 5 5 1 1, 3rd value 5; lowest 1 is more than one below, demoted to 4',
    );
  });

  it('demotes only one level even when the lowest is far below (4 of 6)', () => {
    const result = competencyLevel([5, 5, 5, 5, 4, 1], RULE_4_OF_6, { levelCount: LEVELS });
    expect(result.level).toBe(4);
  });

  it('does not demote when the lowest is exactly one below', () => {
    expect(competencyLevel([4, 4, 4, 4, 3, 3], RULE_4_OF_6, { levelCount: LEVELS }).level).toBe(4);
  });

  it('caps at M−1 when an anti-signal of level M at or below the level is observed', () => {
    const result = competencyLevel([4, 4, 4, 4, 4], RULE_3_OF_5, { levelCount: LEVELS, observedAntiSignals: [3] });
    expect(result.level).toBe(2);
    expect(result.steps.cap).toEqual({ antiSignalLevel: 3, cappedAt: 2 });
    expect(describeCompetencySteps(result.steps, { labels: LABELS })).toBe(
      'sorted 4 4 4 4 4, 3rd value 4; anti-signal of L3 observed, capped at 2',
    );
  });

  it('uses the lowest observed anti-signal level', () => {
    const result = competencyLevel([4, 4, 4, 4, 4], RULE_3_OF_5, { levelCount: LEVELS, observedAntiSignals: [4, 2] });
    expect(result.level).toBe(1);
    expect(result.steps.cap?.antiSignalLevel).toBe(2);
  });

  it('ignores anti-signals of levels above the current level', () => {
    const result = competencyLevel([2, 2, 2, 2, 2], RULE_3_OF_5, { levelCount: LEVELS, observedAntiSignals: [3, 5] });
    expect(result.level).toBe(2);
    expect(result.steps.cap).toBeNull();
  });

  it('applies the cap after demotion, judged against the demoted level', () => {
    // Demoted from 3 to 2, so an L3 anti-signal no longer applies but an L2 one does.
    const notApplied = competencyLevel([4, 3, 3, 2, 1], RULE_3_OF_5, { levelCount: LEVELS, observedAntiSignals: [3] });
    expect(notApplied.level).toBe(2);
    expect(notApplied.steps.cap).toBeNull();
    const applied = competencyLevel([4, 3, 3, 2, 1], RULE_3_OF_5, { levelCount: LEVELS, observedAntiSignals: [2] });
    expect(applied.level).toBe(1);
    expect(describeCompetencySteps(applied.steps, { labels: LABELS })).toBe(
      'sorted 4 3 3 2 1, 3rd value 3; lowest 1 is more than one below, demoted to 2; anti-signal of L2 observed, capped at 1',
    );
  });

  it('never goes below 1, even with an anti-signal of level 1', () => {
    const result = competencyLevel([1, 1, 1, 1, 1], RULE_3_OF_5, { levelCount: LEVELS, observedAntiSignals: [1] });
    expect(result.level).toBe(1);
  });

  it('takes level codes from the labels, with a plain fallback', () => {
    const { steps } = competencyLevel([5, 5, 5, 5, 5], RULE_3_OF_5, { levelCount: LEVELS, observedAntiSignals: [4] });
    expect(describeCompetencySteps(steps, { labels: ['J', 'M', 'S', 'TL', 'SA'] })).toContain(
      'anti-signal of TL observed',
    );
    expect(describeCompetencySteps(steps)).toContain('anti-signal of level 4 observed');
  });

  it('writes correct ordinals for other rules', () => {
    const k1 = competencyLevel([2, 1], { k: 1, m: 2 }, { levelCount: 3 });
    expect(describeCompetencySteps(k1.steps)).toBe('sorted 2 1, 1st value 2');
    const k2 = competencyLevel([2, 1], { k: 2, m: 2 }, { levelCount: 3 });
    expect(describeCompetencySteps(k2.steps)).toBe('sorted 2 1, 2nd value 1');
  });
});

describe('competencyLevel: input validation', () => {
  const options = { levelCount: LEVELS };
  it.each([
    ['too few ratings', [3, 3, 3, 3], RULE_3_OF_5, options, /got 4 ratings.*\(5\)/],
    ['too many ratings', [3, 3, 3, 3, 3, 3], RULE_3_OF_5, options, /got 6 ratings/],
    ['rating 0', [3, 0, 3, 3, 3], RULE_3_OF_5, options, /rating 2 is 0; expected an integer 1 to 5/],
    ['rating above levelCount', [3, 3, 6, 3, 3], RULE_3_OF_5, options, /rating 3 is 6; expected an integer 1 to 5/],
    ['fractional rating', [3, 3, 3, 2.5, 3], RULE_3_OF_5, options, /rating 4 is 2.5/],
    ['NaN rating', [3, 3, 3, 3, NaN], RULE_3_OF_5, options, /rating 5 is NaN/],
    ['k of 0', [3, 3, 3, 3, 3], { k: 0, m: 5 }, options, /rule.k is 0; expected an integer from 1 to 5/],
    ['k above m', [3, 3, 3, 3, 3], { k: 6, m: 5 }, options, /rule.k is 6/],
    ['levelCount 0', [1, 1, 1, 1, 1], RULE_3_OF_5, { levelCount: 0 }, /levelCount is 0/],
    [
      'anti-signal out of range',
      [3, 3, 3, 3, 3],
      RULE_3_OF_5,
      { levelCount: 5, observedAntiSignals: [6] },
      /anti-signal level 6/,
    ],
  ])('throws a clear error for %s', (_name, ratings, rule, opts, message) => {
    expect(() => competencyLevel(ratings, rule, opts)).toThrow(message);
  });

  it('respects levelCount rather than assuming 5 levels', () => {
    expect(() => competencyLevel([4, 4, 4], { k: 2, m: 3 }, { levelCount: 3 })).toThrow(/expected an integer 1 to 3/);
    expect(competencyLevel([7, 7, 7], { k: 2, m: 3 }, { levelCount: 7 }).level).toBe(7);
  });
});

describe('competencyLevelFromPartial', () => {
  it('reports how many ratings are still missing instead of throwing', () => {
    expect(competencyLevelFromPartial([3, null, 4, undefined, 2], RULE_3_OF_5, { levelCount: LEVELS })).toEqual({
      status: 'incomplete',
      rated: 3,
      needed: 5,
    });
    expect(
      competencyLevelFromPartial([null, null, null, null, null, null], RULE_4_OF_6, { levelCount: LEVELS }),
    ).toEqual({
      status: 'incomplete',
      rated: 0,
      needed: 6,
    });
  });

  it('gives the full result once every dimension is rated', () => {
    const result = competencyLevelFromPartial([4, 3, 3, 2, 1], RULE_3_OF_5, { levelCount: LEVELS });
    expect(result.status).toBe('complete');
    if (result.status === 'complete') expect(result.level).toBe(2);
  });

  it('still rejects invalid values and a wrong number of slots', () => {
    expect(() =>
      competencyLevelFromPartial([9, null, null, null, null], RULE_3_OF_5, { levelCount: LEVELS }),
    ).not.toThrow();
    expect(() => competencyLevelFromPartial([9, 1, 1, 1, 1], RULE_3_OF_5, { levelCount: LEVELS })).toThrow(
      /rating 1 is 9/,
    );
    expect(() => competencyLevelFromPartial([1, null], RULE_3_OF_5, { levelCount: LEVELS })).toThrow(/got 2 ratings/);
  });
});

describe('competencyLevel: exhaustive properties', () => {
  const cases = [
    { name: '3 of 5 dimensions, 5 levels', rule: RULE_3_OF_5, levelCount: 5 },
    { name: '4 of 6 dimensions, 5 levels', rule: RULE_4_OF_6, levelCount: 5 },
    { name: '2 of 4 dimensions, 3 levels', rule: { k: 2, m: 4 }, levelCount: 3 },
  ];

  it.each(cases)(
    '$name: level in range, matches the counting oracle, and raising a rating never lowers it',
    ({ rule, levelCount }) => {
      let combos = 0;
      for (const ratings of allRatings(rule.m, levelCount)) {
        combos++;
        const { level } = competencyLevel(ratings, rule, { levelCount });
        expect(level).toBeGreaterThanOrEqual(1);
        expect(level).toBeLessThanOrEqual(levelCount);
        if (level !== oracleLevel(ratings, rule.k))
          expect({ ratings, level }).toEqual({ ratings, level: oracleLevel(ratings, rule.k) });
        for (let i = 0; i < ratings.length; i++) {
          if (ratings[i] === levelCount) continue;
          const raised = ratings.with(i, ratings[i]! + 1);
          const raisedLevel = competencyLevel(raised, rule, { levelCount }).level;
          if (raisedLevel < level)
            expect({ ratings, raised, raisedLevel }).toEqual({ ratings, raised, raisedLevel: level });
        }
      }
      expect(combos).toBe(levelCount ** rule.m);
    },
  );

  it('with every set of observed anti-signals (3 of 5): monotone, capped below the lowest applicable one', () => {
    for (let mask = 0; mask < 2 ** LEVELS; mask++) {
      const observed = LABELS.map((_, i) => i + 1).filter((level) => mask & (1 << (level - 1)));
      const options = { levelCount: LEVELS, observedAntiSignals: observed };
      for (const ratings of allRatings(5, LEVELS)) {
        const { level, steps } = competencyLevel(ratings, RULE_3_OF_5, options);
        const uncapped = oracleLevel(ratings, 3);
        const applicable = observed.filter((m) => m <= uncapped);
        const expected = applicable.length ? Math.max(1, Math.min(...applicable) - 1) : uncapped;
        if (level !== expected) expect({ ratings, observed, level }).toEqual({ ratings, observed, level: expected });
        if (steps.level !== level) expect(steps.level).toBe(level);
        for (let i = 0; i < 5; i++) {
          if (ratings[i] === LEVELS) continue;
          const raisedLevel = competencyLevel(ratings.with(i, ratings[i]! + 1), RULE_3_OF_5, options).level;
          if (raisedLevel < level)
            expect({ ratings, observed, i, raisedLevel }).toEqual({ ratings, observed, i, raisedLevel: level });
        }
      }
    }
  });
});
