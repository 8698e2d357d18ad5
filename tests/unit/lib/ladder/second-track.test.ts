/** A second track (another discipline) is added by adding content only. */
import { describe, expect, it } from 'vitest';
import { miniLadderDir, seedContentDir, withContentDir } from './support';
import { ladderIn, miniLadder } from '@tests/fixtures/ladders';

describe('a second track', () => {
  it('validates and loads on its own: two levels, two competencies', () => {
    const ladder = miniLadder();
    const [track] = ladder.tracks;
    expect(track?.slug).toBe('data-analyst');
    expect(track?.levels.map((level) => level.code)).toEqual(['A1', 'A2']);
    expect(track?.competencies.map((competency) => competency.slug)).toEqual(['sql', 'storytelling']);
    expect(track?.competencies[0]?.levels[0]?.behaviours.map((item) => item.id)).toEqual([
      'a1-behaviour-1',
      'uses-ctes',
    ]);
  });

  it('loads next to the Software Engineer track when both folders are merged into one content/', () => {
    const ladder = withContentDir([seedContentDir, miniLadderDir], (dir) => ladderIn(dir));
    expect(ladder.tracks.map((track) => track.slug)).toEqual(['software-engineer', 'data-analyst']);
    const [engineer, analyst] = ladder.tracks;
    expect(engineer?.competencies).toHaveLength(8);
    expect(analyst?.competencies).toHaveLength(2);
    // Nothing of one track leaks into the other.
    expect(analyst?.promotions.map((step) => step.slug)).toEqual(['a1-to-a2']);
  });
});
