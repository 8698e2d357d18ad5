/** The ladder picture's geometry: a staircase on the score axis, the hire bar, the fork into two tracks. */
import { describe, expect, it } from 'vitest';
import { COMPACT, WIDE, describeLadder, ladderPicture, wrap } from '@lib/reading/ladder-picture';
import { buildLadder } from '@lib/ladder/model';
import { miniSources } from '../ladder/support';
import { seedTrack } from '@tests/fixtures/ladders';

const seed = seedTrack();
const mini = buildLadder(miniSources()).tracks[0]!;

describe('ladderPicture', () => {
  for (const layout of [WIDE, COMPACT]) {
    const picture = ladderPicture(seed, layout);

    it(`draws one step per level, left to right, each higher than the last (${layout.width} wide)`, () => {
      expect(picture.steps.map((step) => step.level.code)).toEqual(seed.levels.map((level) => level.code));
      picture.steps.forEach((step, i) => {
        const before = picture.steps[i - 1];
        if (before) {
          expect(step.x).toBeGreaterThan(before.x + before.width - 1);
          expect(step.y).toBeLessThan(before.y);
          // The stairs touch: a step's foot is the top of the step before it.
          expect(step.y + step.height).toBeCloseTo(before.y);
        }
        expect(step.x + step.width).toBeLessThanOrEqual(picture.width);
        expect(step.labelY).toBeGreaterThan(0);
      });
    });

    it(`puts the steps on the score axis, with the hire bar at the hire-bar level's lowest score (${layout.width})`, () => {
      const scoreAt = (y: number) => 5 - ((y - picture.axis.top) / (picture.axis.bottom - picture.axis.top)) * (5 - 1);
      const first = picture.steps[0]!;
      expect(scoreAt(first.y + first.height)).toBeCloseTo(seed.levels[0]!.band.min);
      const hire = picture.steps.find((step) => step.level.isHireBar)!;
      expect(picture.hireBar!.y).toBeCloseTo(hire.y + hire.height);
      expect(scoreAt(picture.hireBar!.y)).toBeCloseTo(hire.level.band.min);
      expect(picture.axis.ticks.map((tick) => tick.value)).toEqual(['1.0', '2.0', '3.0', '4.0', '5.0']);
    });

    it(`splits the levels with sub-tracks into lanes and forks into them from the level below (${layout.width})`, () => {
      const forked = picture.steps.filter((step) => step.level.subTracks.length > 1);
      expect(forked.map((step) => step.level.code)).toEqual(['L4', 'L5']);
      for (const step of forked)
        expect(step.lanes.map((lane) => lane.name)).toEqual(step.level.subTracks.map((s) => s.name));
      const l3 = picture.steps.find((step) => step.level.code === 'L3')!;
      const fromL3 = picture.fork.filter((line) => line.x1 === l3.x + l3.width);
      expect(fromL3).toHaveLength(2);
      // And each lane of L4 continues into the lane of the same kind on L5.
      expect(picture.fork).toHaveLength(4);
    });
  }

  it('names the tracks in the wide picture and only the codes and bands in the compact one', () => {
    const l4 = (layout: typeof WIDE) => ladderPicture(seed, layout).steps[3]!.label.join(' ');
    expect(l4(WIDE)).toContain('Principal');
    expect(l4(WIDE)).toContain('3.7 – 4.4');
    expect(l4(COMPACT)).toBe('L4 3.7–4.4');
  });

  it('draws a track without sub-tracks as plain stairs', () => {
    const picture = ladderPicture(mini, WIDE);
    expect(picture.steps).toHaveLength(mini.levels.length);
    expect(picture.fork).toEqual([]);
    expect(picture.steps.every((step) => step.lanes.length === 0)).toBe(true);
  });
});

describe('describeLadder (the picture in words)', () => {
  it('names the range, the hire bar and both tracks with their levels', () => {
    const text = describeLadder(seed);
    expect(text).toContain('from L1 Junior SE (1.0 – 1.8) to L5 SA (4.5 – 5.0)');
    expect(text).toContain('The hire bar is L3, from a score of 2.8.');
    expect(text).toContain(
      'From L4 the ladder forks into a management track (Tech Lead, Solution Architect) and an IC track (Principal Engineer, Distinguished Engineer).',
    );
    expect(describeLadder(mini)).not.toContain('forks');
  });
});

it('wraps words to a width', () => {
  expect(wrap('IC: Distinguished Engineer', 18)).toEqual(['IC: Distinguished', 'Engineer']);
});
