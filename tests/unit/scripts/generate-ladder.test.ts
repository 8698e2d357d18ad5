/** The benchmark's ladder generator writes N distinct tracks that pass the same validation as content/. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLadder } from '@scripts/generate-ladder.mjs';
import { seedContentDir } from '../lib/ladder/support';
import { ladderIn, seedTrack } from '../../fixtures/ladders';

const out = mkdtempSync(join(tmpdir(), 'generated-ladder-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generateLadder', () => {
  it('writes the seed track and numbered copies that validate and load as separate tracks', () => {
    const slugs = generateLadder({ from: seedContentDir, out, tracks: 3 });
    expect(slugs).toEqual(['software-engineer', 'software-engineer-2', 'software-engineer-3']);

    const ladder = ladderIn(out);
    const seed = seedTrack();
    expect(ladder.tracks.map((track) => track.slug)).toEqual(slugs);
    expect(new Set(ladder.tracks.map((track) => track.name)).size).toBe(3);
    expect(new Set(ladder.tracks.map((track) => track.abbreviation)).size).toBe(3);
    for (const track of ladder.tracks) {
      // Same shape as the seed: every level, competency, promotion step, IC track and page is there.
      expect(track.levels.map((level) => level.code)).toEqual(seed.levels.map((level) => level.code));
      expect(track.competencies.map((c) => c.dimensions.length)).toEqual(
        seed.competencies.map((c) => c.dimensions.length),
      );
      expect(track.promotions).toHaveLength(seed.promotions.length);
      expect(track.icTracks.map((ic) => ic.body)).toEqual(seed.icTracks.map((ic) => ic.body));
      expect(track.pages).toHaveLength(seed.pages.length);
    }
  });

  it('rejects a track count that is not a positive integer', () => {
    expect(() => generateLadder({ from: seedContentDir, out, tracks: 0 })).toThrow(/positive integer/);
  });
});
