/** The gap between a competency level and its target. */
import { describe, expect, it } from 'vitest';
import { gapToTarget } from '@lib/scoring';

describe('gapToTarget', () => {
  it('gives target − level and whether it is met, per target competency', () => {
    expect(gapToTarget({ tech: 2, quality: 3, design: 4 }, { tech: 3, quality: 3, design: 3 })).toEqual([
      { id: 'tech', level: 2, target: 3, gap: 1, met: false },
      { id: 'quality', level: 3, target: 3, gap: 0, met: true },
      { id: 'design', level: 4, target: 3, gap: -1, met: true },
    ]);
  });

  it('marks an unrated competency as not met with no gap', () => {
    expect(gapToTarget({ tech: null }, { tech: 2, english: 2 })).toEqual([
      { id: 'tech', level: null, target: 2, gap: null, met: false },
      { id: 'english', level: null, target: 2, gap: null, met: false },
    ]);
  });
});
