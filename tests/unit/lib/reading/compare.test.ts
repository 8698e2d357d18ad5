/** What changes between two levels: targets, new behaviours and outputs, and the matrix, per competency. */
import { describe, expect, it } from 'vitest';
import { diffItems, diffLevels, formatChange } from '@lib/reading/compare';
import { seedTrack } from '@tests/fixtures/ladders';

const seed = seedTrack();
const level = (code: string) => seed.levels.find((l) => l.code === code)!;

describe('diffItems', () => {
  it('calls an item new unless the lower level lists the same words (case, spacing, final stop aside)', () => {
    const lower = [
      { id: 'a', text: 'Reviews code.' },
      { id: 'b', text: 'Writes tests' },
    ];
    const higher = [
      { id: 'x', text: 'reviews  code' },
      { id: 'y', text: 'Sets the technical direction.' },
    ];
    expect(diffItems(lower, higher)).toEqual({ kept: [higher[0]], added: [higher[1]] });
  });
});

describe('diffLevels', () => {
  const diff = diffLevels(seed, level('L3'), level('L4'));

  it('covers every competency with the target at both levels and the change between them', () => {
    expect(diff.competencies.map((c) => c.competency.slug)).toEqual(seed.competencies.map((c) => c.slug));
    for (const c of diff.competencies) {
      expect(c.fromTarget).toBe(c.competency.targets.L3);
      expect(c.toTarget).toBe(c.competency.targets.L4);
      expect(c.change).toBe(c.toTarget - c.fromTarget);
    }
    expect(diff.raised.length + diff.unchanged.length + diff.lowered.length).toBe(seed.competencies.length);
    expect(diff.raised.every((c) => c.change > 0)).toBe(true);
  });

  it('lists the higher level’s behaviours and outputs as new, and counts them', () => {
    const mastery = diff.competencies[0]!;
    const l4 = mastery.competency.levels.find((block) => block.level === 'L4')!;
    // The seed never repeats a behaviour word for word between levels: all of L4's are new.
    expect(mastery.behaviours.added).toEqual(l4.behaviours);
    expect(mastery.behaviours.kept).toEqual([]);
    expect(mastery.outputs.added).toEqual(l4.outputs);
    const total = seed.competencies.reduce(
      (sum, c) => sum + c.levels.find((block) => block.level === 'L4')!.behaviours.length,
      0,
    );
    expect(diff.addedBehaviours).toBe(total);
  });

  it('pairs every matrix dimension’s cells at the two levels', () => {
    const mastery = diff.competencies[0]!;
    expect(mastery.dimensions).toHaveLength(mastery.competency.dimensions.length);
    for (const d of mastery.dimensions) {
      expect(d.from).toBe(d.dimension.cells.L3);
      expect(d.to).toBe(d.dimension.cells.L4);
      expect(d.same).toBe(false);
    }
  });

  it('sees an unchanged target between L4 and L5 where the ladder keeps one', () => {
    const steady = diffLevels(seed, level('L4'), level('L5')).unchanged.map((c) => c.competency.slug);
    const expected = seed.competencies.filter((c) => c.targets.L4 === c.targets.L5).map((c) => c.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(steady).toEqual(expected);
  });
});

it('writes changes with a sign', () => {
  expect([formatChange(2), formatChange(0), formatChange(-1)]).toEqual(['+2', '\u00b10', '\u22121']);
});
