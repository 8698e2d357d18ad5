import { describe, expect, it } from 'vitest';
import { ladderJsonSchema, toExport } from '@lib/ladder/export';
import { buildLadder } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';
import { repoRoot, seedContentDir } from '../support';

describe('/ladder.json and the version', () => {
  it('carries each track’s released version and day', () => {
    const exported = toExport(buildLadder(readContentDir(seedContentDir, repoRoot)), '0.1.0');
    expect(exported.tracks[0]).toMatchObject({ slug: 'software-engineer', version: '2026.1', released: '2026-12-07' });
    // The declarations are about the content, not the ladder: they stay out of the document.
    expect(exported.tracks[0]).not.toHaveProperty('retired');
  });

  it('documents both fields in its JSON Schema', () => {
    const schema = ladderJsonSchema() as { $defs: { Track: { properties: Record<string, { description?: string }> } } };
    const track = schema.$defs.Track.properties;
    expect(track['version']?.description).toMatch(/released version of the track/);
    expect(track['released']?.description).toMatch(/day the version was released/);
    expect(track).not.toHaveProperty('retired');
  });
});
