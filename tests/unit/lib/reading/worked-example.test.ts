/** The worked examples on competency pages follow the competency's own rule and dimensions. */
import { describe, expect, it } from 'vitest';
import { workedExamples } from '@lib/reading/worked-example';
import { buildLadder } from '@lib/ladder/model';
import { miniSources } from '../ladder/support';
import { seedTrack } from '@tests/fixtures/ladders';

const seed = seedTrack();
const hireBarRank = seed.levels.find((level) => level.isHireBar)!.rank;

describe('workedExamples', () => {
  it.each(seed.competencies.map((c) => [c.slug, c] as const))(
    '%s: one profile at the hire bar, one demoted',
    (_, competency) => {
      const [typical, weak] = workedExamples(seed, competency);
      expect(typical!.ratings.map((r) => r.name)).toEqual(competency.dimensions.map((d) => d.name));
      // k dimensions reach the hire bar, so the k-th highest rating is the hire bar and nothing is demoted.
      expect(typical!.ratings.filter((r) => r.rating >= hireBarRank)).toHaveLength(competency.rule.k);
      expect(typical!.steps.level).toBe(hireBarRank);
      expect(typical!.explanation).toContain(`value ${hireBarRank}`);
      // One dimension two below the hire bar costs one level.
      expect(Math.min(...weak!.ratings.map((r) => r.rating))).toBe(hireBarRank - 2);
      expect(weak!.steps.demoted).toBe(true);
      expect(weak!.steps.level).toBe(hireBarRank - 1);
      expect(weak!.explanation).toContain('demoted');
    },
  );

  it('gives a two-level track only the example it can show', () => {
    const mini = buildLadder(miniSources()).tracks[0]!;
    const examples = workedExamples(mini, mini.competencies[0]!);
    expect(examples).toHaveLength(1);
    expect(examples[0]!.steps.level).toBe(mini.levels.find((l) => l.isHireBar)!.rank);
  });
});
