/** The compare pages cover every pair of levels; the header lists the pages a track has. */
import { describe, expect, it } from 'vitest';
import { levelPairs } from '@lib/reading/pairs';
import { trackNav } from '@lib/reading/nav';
import { buildLadder } from '@lib/ladder/model';
import { miniSources } from '../ladder/support';
import { seedTrack } from '@tests/fixtures/ladders';

const seed = seedTrack();
const mini = buildLadder(miniSources()).tracks[0]!;

describe('levelPairs', () => {
  it('lists every pair once, lower level first, adjacent and not', () => {
    const pairs = levelPairs(seed.levels);
    const n = seed.levels.length;
    expect(pairs).toHaveLength((n * (n - 1)) / 2);
    for (const { from, to, adjacent } of pairs) {
      expect(from.rank).toBeLessThan(to.rank);
      expect(adjacent).toBe(to.rank - from.rank === 1);
    }
    expect(new Set(pairs.map(({ from, to }) => `${from.code}-${to.code}`)).size).toBe(pairs.length);
    expect(pairs.some(({ from, to }) => from.code === 'L1' && to.code === 'L5')).toBe(true);
  });

  it('gives a one-level ladder nothing to compare', () => {
    expect(levelPairs(seed.levels.slice(0, 1))).toEqual([]);
  });
});

describe('trackNav', () => {
  it('links every reading page and the self-assessment of the seed track, under the track', () => {
    const nav = trackNav(seed);
    expect(nav.map((entry) => entry.key)).toEqual([
      'overview',
      'levels',
      'competencies',
      'compare',
      'promotion',
      'ic-tracks',
      'faq',
      'changes',
      'self-assessment',
      'embed-help',
    ]);
    for (const entry of nav) expect(entry.path.startsWith(`${seed.slug}/`)).toBe(true);
  });

  it('leaves out pages a track has no content for', () => {
    expect(mini.icTracks).toHaveLength(0);
    const keys = trackNav(mini).map((entry) => entry.key);
    expect(keys).not.toContain('ic-tracks');
    expect(keys).not.toContain('self-assessment');
    expect(keys).toContain('faq');
  });
});
