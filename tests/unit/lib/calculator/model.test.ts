/** The island's model carries the ladder's numbers and texts, in level order, and survives JSON. */
import { describe, expect, it } from 'vitest';
import { buildCalculatorModel, knownIds } from '@lib/calculator/model';
import { miniTrack, seedModel, seedTrack } from './support';

describe('buildCalculatorModel', () => {
  it('lists the five levels with their ranks, titles and score bands', () => {
    expect(seedModel.levels.map((level) => [level.rank, level.code, level.title])).toEqual([
      [1, 'L1', 'Junior SE'],
      [2, 'L2', 'Middle SE'],
      [3, 'L3', 'Senior SE'],
      [4, 'L4', 'Tech Lead'],
      [5, 'L5', 'SA'],
    ]);
    expect(seedModel.levels.map((level) => level.band)).toEqual([
      { min: 1.0, max: 1.8 },
      { min: 1.9, max: 2.7 },
      { min: 2.8, max: 3.6 },
      { min: 3.7, max: 4.4 },
      { min: 4.5, max: 5.0 },
    ]);
    expect(seedModel.track.totalWeight).toBe(11.5);
  });

  it('turns targets into numbers per level and keeps the 4-of-6 rule of Technical Mastery', () => {
    const mastery = seedModel.competencies.find((competency) => competency.id === 'technical-mastery')!;
    expect(mastery.weight).toBe(2);
    expect(mastery.targets).toEqual([2, 3, 4, 5, 5]);
    expect([mastery.rule.k, mastery.rule.m, mastery.dimensions.length]).toEqual([4, 6, 6]);
  });

  it('gives each dimension one matrix cell per level and each competency one anti-signal per level', () => {
    const design = seedModel.competencies.find((competency) => competency.id === 'system-design')!;
    const source = seedTrack.competencies.find((competency) => competency.slug === 'system-design')!;
    for (const [index, dimension] of design.dimensions.entries()) {
      expect(dimension.cells).toHaveLength(5);
      expect(dimension.cells[2]).toBe(source.dimensions[index]!.cells.L3!.text);
    }
    expect(design.antiSignals).toHaveLength(5);
    expect(design.antiSignals[3]).toBe('Architecture astronaut — designs for problems the team does not have.');
  });

  it('translates promotion checks to level numbers and names sub-tracks', () => {
    const [first, second, third] = seedModel.promotions;
    expect([first!.from, first!.to, second!.from, second!.to]).toEqual([1, 2, 2, 3]);
    expect(second!.demonstrate[0]!.checks).toEqual([{ competencies: 'all', atLeast: 3, mode: 'all' }]);
    expect(second!.demonstrate[3]!.checks).toEqual([]);
    const techLead = third!.demonstrate[0]!;
    expect(techLead.subTrack).toBe('Tech Lead');
    expect(techLead.checks[1]).toEqual({
      competencies: ['technical-mastery', 'system-design'],
      atLeast: 5,
      mode: 'any',
    });
  });

  it('builds links under the base path', () => {
    const model = buildCalculatorModel(seedTrack, '/ladder/');
    expect(model.competencies[0]!.href).toMatch(/^\/ladder\/software-engineer\/competencies\/[a-z-]+\/$/);
    expect(model.promotions[1]!.href).toBe('/ladder/software-engineer/promotion/#l2-to-l3');
  });

  it('is plain data: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(seedModel))).toEqual(seedModel);
  });

  it('works for any track, such as the two-level fixture', () => {
    const model = buildCalculatorModel(miniTrack);
    expect(model.levels.map((level) => level.code)).toEqual(['A1', 'A2']);
    expect(model.competencies.map((competency) => competency.id)).toEqual(['sql', 'storytelling']);
    expect(knownIds(model)).toEqual({
      trackId: 'data-analyst',
      levelCount: 2,
      competencies: {
        sql: ['querying', 'modelling', 'performance'],
        storytelling: expect.any(Array),
      },
    });
  });
});
