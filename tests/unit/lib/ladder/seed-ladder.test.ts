/** The Software Engineer ladder in content/ loads, validates and keeps the shape the seed describes. */
import { describe, expect, it } from 'vitest';
import { seedLadder } from '@tests/fixtures/ladders';

const ladder = seedLadder();
const track = ladder.tracks[0]!;

describe('the Software Engineer ladder', () => {
  it('has one track with five levels in rank order and the hire bar at L3', () => {
    expect(ladder.tracks.map((t) => t.slug)).toEqual(['software-engineer']);
    expect(track.levels.map((level) => level.code)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5']);
    expect(track.levels.filter((level) => level.isHireBar).map((level) => level.code)).toEqual(['L3']);
  });

  it('has eight competencies whose weights add up to the stated total', () => {
    expect(track.competencies).toHaveLength(8);
    const sum = track.competencies.reduce((total, competency) => total + competency.weight, 0);
    expect(sum).toBeCloseTo(track.totalWeight, 9);
    expect(track.totalWeight).toBe(11.5);
  });

  it('uses 4 of 6 dimensions for Technical Mastery and 3 of 5 everywhere else', () => {
    for (const competency of track.competencies) {
      expect(competency.rule.m).toBe(competency.dimensions.length);
      const expected = competency.slug === 'technical-mastery' ? [4, 6] : [3, 5];
      expect([competency.rule.k, competency.rule.m]).toEqual(expected);
      expect(competency.rule.text).toContain(`at least ${competency.rule.k} of ${competency.rule.m} dimensions`);
    }
  });

  it('gives every competency a block, a target and a matrix cell at every level', () => {
    for (const competency of track.competencies) {
      expect(competency.levels.map((block) => block.level)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5']);
      expect(Object.keys(competency.targets).sort()).toEqual(['L1', 'L2', 'L3', 'L4', 'L5']);
      for (const dimension of competency.dimensions) {
        for (const level of track.levels) expect(dimension.cells[level.code]?.text).not.toBe('');
      }
    }
  });

  it('gives every behaviour, output, trap and cell an id that is unique within its competency', () => {
    for (const competency of track.competencies) {
      const ids = [
        ...competency.levels.flatMap((block) => [
          ...block.behaviours,
          ...block.outputs,
          ...block.traps,
          block.wouldSee,
          block.antiSignal,
        ]),
        ...competency.dimensions.flatMap((dimension) => Object.values(dimension.cells)),
      ].map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('numbers behaviours as the seed does, so anchors follow the seed numbering', () => {
    const technical = track.competencies.find((competency) => competency.slug === 'technical-mastery')!;
    const l1 = technical.levels[0]!;
    expect(l1.behaviours[0]).toEqual({
      id: 'l1-behaviour-1',
      text: 'Writes code that follows existing patterns in the codebase.',
    });
    expect(technical.dimensions[0]!.cells.L2!.id).toBe('language-stack-l2');
  });

  it('has a promotion step between every pair of adjacent levels, split by sub-track at L3 to L4', () => {
    expect(track.promotions.map((step) => `${step.from}-${step.to}`)).toEqual(['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5']);
    const l3ToL4 = track.promotions[2]!;
    expect(new Set(l3ToL4.demonstrate.map((criterion) => criterion.subTrack).filter(Boolean))).toEqual(
      new Set(['tech-lead', 'principal-engineer']),
    );
  });

  it('keeps the two IC tracks, the track moves, the FAQ and the self-assessment text', () => {
    expect(track.icTracks.map((ic) => `${ic.level} ${ic.title}`)).toEqual([
      'L4 Principal Engineer (IC)',
      'L5 Distinguished Engineer (IC)',
    ]);
    expect(track.trackMoves).toHaveLength(4);
    expect(track.pages.map((page) => page.kind).sort()).toEqual(['faq', 'self-assessment']);
    expect(track.pages.find((page) => page.kind === 'self-assessment')!.body).toContain('Scores stay in your browser');
  });

  it('keeps both of the seed scale vocabularies, each where the seed uses it', () => {
    expect(track.levels.map((level) => level.scaleName)).toEqual([
      'Aware',
      'Developing',
      'Proficient',
      'Senior',
      'Expert',
    ]);
    expect(track.levels.map((level) => level.matrixName)).toEqual([
      'Aware',
      'Familiar',
      'Proficient',
      'Advanced',
      'Expert',
    ]);
  });
});
