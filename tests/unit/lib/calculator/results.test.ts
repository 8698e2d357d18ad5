/** The calculator's results follow the ladder's rule: K-th value, demotion, anti-signal cap, bands. */
import { describe, expect, it } from 'vitest';
import { gapsTo, promotionFrom, readiness } from '@lib/calculator/promotion';
import { assess, changeSince } from '@lib/calculator/results';
import { blankRater, raterWith, seedModel } from './support';

describe('assess', () => {
  it('says what is not rated yet and gives no final score until every competency is rated', () => {
    const rater = raterWith(seedModel, 3);
    delete rater.ratings['english'];
    rater.ratings['mentoring'] = { [seedModel.competencies.find((c) => c.id === 'mentoring')!.dimensions[0]!.id]: 2 };
    const result = assess(seedModel, rater);
    expect(result.overall).toMatchObject({ rated: 6, total: 8 });
    expect(result.overall.scoreText).toBeUndefined();
    expect(result.competencies.find((c) => c.id === 'mentoring')).toEqual({
      id: 'mentoring',
      status: 'incomplete',
      rated: 1,
      needed: 5,
    });
    expect(assess(seedModel, blankRater()).overall.rated).toBe(0);
    expect(assess(seedModel, blankRater()).overall.provisional).toBeUndefined();
  });

  it('gives a provisional score from the first rated competency, leaving unrated ones out', () => {
    const rater = raterWith(seedModel, 4);
    for (const c of seedModel.competencies) if (c.id !== 'technical-mastery') delete rater.ratings[c.id];
    const one = assess(seedModel, rater).overall;
    expect(one).toMatchObject({ rated: 1, total: 8, ratedDimensions: 6, totalDimensions: 41 });
    expect(one.scoreText).toBeUndefined();
    // Only Technical Mastery (weight 2) at L4: 8 / 2 = 4.00, L4's band.
    expect(one.provisional).toMatchObject({ scoreText: '4.00', rounded: 4, weight: 2 });
    expect(one.provisional?.level?.code).toBe('L4');

    // Add Code Quality (weight 1.5) at L2: (8 + 3) / 3.5 = 3.142857 → "3.14", L3.
    rater.ratings['code-quality'] = raterWith(seedModel, 2).ratings['code-quality']!;
    expect(assess(seedModel, rater).overall.provisional).toMatchObject({ scoreText: '3.14', weight: 3.5 });
  });
  it('scores a flat profile at its own level', () => {
    const result = assess(seedModel, raterWith(seedModel, 3));
    expect(result.overall.scoreText).toBe('3.00');
    expect(result.overall.level?.code).toBe('L3');
  });

  it('demotes when the lowest dimension is more than one below the K-th value, and says so', () => {
    const result = assess(seedModel, raterWith(seedModel, 3, { 'system-design': [4, 3, 1, 3, 2] }));
    const design = result.competencies.find((c) => c.id === 'system-design')!;
    expect(design).toMatchObject({ status: 'complete', level: 2 });
    if (design.status === 'complete') {
      expect(design.explanation).toBe('sorted 4 3 3 2 1, 3rd value 3; lowest 1 is more than one below, demoted to 2');
    }
    // 34.5 - 1.5 = 33 → 33 / 11.5 = 2.8696 → 2.87, rounds to 2.9 (L3).
    expect(result.overall.scoreText).toBe('2.87');
  });

  it('caps a competency below an observed anti-signal', () => {
    const result = assess(seedModel, raterWith(seedModel, 4, {}, { 'code-quality': [3] }));
    const quality = result.competencies.find((c) => c.id === 'code-quality')!;
    expect(quality).toMatchObject({ status: 'complete', level: 2 });
    if (quality.status === 'complete') expect(quality.explanation).toContain('anti-signal of L3 observed, capped at 2');
  });

  it('reads the level from the score rounded to one decimal at a band edge', () => {
    // All L3 except System Design and English at L2: (34.5 - 1.5 - 1) / 11.5 = 2.7826 → 2.8 → L3.
    const atEdge = assess(
      seedModel,
      raterWith(seedModel, 3, { 'system-design': [2, 2, 2, 2, 2], english: [2, 2, 2, 2, 2] }),
    );
    expect(atEdge.overall).toMatchObject({ scoreText: '2.78', rounded: 2.8 });
    expect(atEdge.overall.level?.code).toBe('L3');
    // All L3 except System Design and Problem Solving at L2: 31.5 / 11.5 = 2.7391 → 2.7 → L2.
    const below = assess(
      seedModel,
      raterWith(seedModel, 3, { 'system-design': [2, 2, 2, 2, 2], 'problem-solving': [2, 2, 2, 2, 2] }),
    );
    expect(below.overall).toMatchObject({ scoreText: '2.74', rounded: 2.7 });
    expect(below.overall.level?.code).toBe('L2');
  });
});

describe('gaps and readiness', () => {
  it('measures the gap to a level target profile per competency', () => {
    const { levels } = assess(seedModel, raterWith(seedModel, 3));
    const toL4 = gapsTo(seedModel, levels, 4);
    expect(toL4.find((row) => row.id === 'technical-mastery')).toEqual({
      id: 'technical-mastery',
      level: 3,
      target: 5,
      gap: 2,
    });
    expect(toL4.find((row) => row.id === 'english')?.gap).toBe(1);
    expect(gapsTo(seedModel, { english: null }, 4).find((row) => row.id === 'english')?.gap).toBeNull();
  });

  it('evaluates machine checks of the next promotion and leaves the rest for the rater', () => {
    const { levels } = assess(seedModel, raterWith(seedModel, 3, { 'technical-mastery': [4, 4, 4, 4, 4, 4] }));
    const step = promotionFrom(seedModel, 2)!;
    const outcome = readiness(seedModel, step, levels);
    expect(outcome.demonstrate.map((item) => item.status)).toEqual(['met', 'met', 'met', 'manual']);
    expect(outcome.portfolio.every((item) => item.status === 'manual')).toBe(true);

    const lower = assess(seedModel, raterWith(seedModel, 3, { english: [2, 2, 2, 2, 2] })).levels;
    const failing = readiness(seedModel, step, lower).demonstrate;
    expect(failing[0]!.status).toBe('not-met');
    expect(failing[0]!.results[0]!.shortfalls).toEqual([{ id: 'english', level: 2, by: 1 }]);
    expect(failing[1]!.status).toBe('not-met');
    expect(promotionFrom(seedModel, 5)).toBeUndefined();
  });

  it('says "not rated yet" rather than "not met" while unrated competencies decide a check', () => {
    const step = promotionFrom(seedModel, 2)!;
    const blank = readiness(seedModel, step, assess(seedModel, blankRater()).levels);
    expect(blank.demonstrate.map((item) => item.status)).toEqual(['not-rated', 'not-rated', 'not-rated', 'manual']);
    // One competency rated below the bar decides an 'all' check even while others are unrated.
    const rater = blankRater();
    rater.ratings['english'] = raterWith(seedModel, 1).ratings['english']!;
    const partial = readiness(seedModel, step, assess(seedModel, rater).levels).demonstrate;
    expect(partial[0]!.status).toBe('not-met');
  });

  it('measures the change per competency against an earlier result', () => {
    const now = assess(seedModel, raterWith(seedModel, 3, { english: [4, 4, 4, 4, 4] })).levels;
    const before = { ...assess(seedModel, raterWith(seedModel, 3)).levels, mentoring: null };
    const change = changeSince(seedModel, now, before);
    expect(change).toMatchObject({ english: 1, 'technical-mastery': 0, mentoring: null });
  });
});
