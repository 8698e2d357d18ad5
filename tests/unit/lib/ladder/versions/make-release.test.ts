import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRelease, nextVersion, ReleaseRefused, setTrackVersion } from '@lib/ladder/versions/make-release';
import { releaseFileSchema } from '@lib/ladder/versions/release-file';
import { withContentDir } from '../support';
import { fixtureReleases, TRACK, versionedDir } from './support';

const TRACK_FILE = `tracks/${TRACK}.yaml`;

/** Releases a copy of the fixture after `edit`, reading the track file from the copy. */
function releaseCopy(edit: (dir: string) => void, version: string, released: string) {
  return withContentDir([versionedDir], (dir) => {
    edit(dir);
    return makeRelease(
      {
        contentDir: dir,
        root: dir,
        track: TRACK,
        version,
        released,
        note: ' Why it changed. ',
        packageVersion: '9.9.9',
      },
      (file) => readFileSync(join(dir, file), 'utf8'),
    );
  });
}

describe('npm run ladder:release', () => {
  it('proposes the next version of the year, or the first of a new year', () => {
    expect(nextVersion(fixtureReleases(), '2026-03-01')).toBe('2026.2');
    expect(nextVersion(fixtureReleases(), '2027-01-05')).toBe('2027.1');
  });

  it('sets version and released in the track file, keeping its comments, or adds them at the end', () => {
    expect(
      setTrackVersion('# A comment\nname: "X"\nversion: "1.0"\nreleased: "2025-01-01"\n', '2.0', '2026-01-01'),
    ).toBe('# A comment\nname: "X"\nversion: "2.0"\nreleased: "2026-01-01"\n');
    expect(setTrackVersion('name: "X"\n', '2026.1', '2026-12-07')).toBe(
      'name: "X"\n# The last released version (set by npm run ladder:release; content/releases/ keeps each one).\nversion: "2026.1"\nreleased: "2026-12-07"\n',
    );
  });

  it('writes the track as /ladder.json has it, the note and the declarations, and the new version into the track file', () => {
    const output = releaseCopy(
      (dir) => {
        const file = join(dir, 'competencies', TRACK, 'sql', 'index.mdx');
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace('id: modelling,', 'id: data-modelling, replaces: [modelling],'),
        );
      },
      '2026.2',
      '2026-03-01',
    );
    expect(output.releaseFile).toBe(`releases/${TRACK}/2026.2.json`);
    expect(output.trackFile).toBe(TRACK_FILE);
    expect(output.trackYaml).toContain('version: "2026.2"\nreleased: "2026-03-01"\n');
    const release = releaseFileSchema.parse(JSON.parse(output.releaseJson));
    expect(release).toMatchObject({ track: TRACK, version: '2026.2', released: '2026-03-01', note: 'Why it changed.' });
    expect(release.declarations.replaces).toContainEqual({
      competency: 'sql',
      dimension: 'data-modelling',
      replaces: ['modelling'],
    });
    const track = JSON.parse(output.releaseJson).ladder.tracks[0];
    expect(track).toMatchObject({ slug: TRACK, version: '2026.2', released: '2026-03-01' });
    // The whole exported track, not only what the release schema reads.
    expect(track.promotions[0].slug).toBe('a1-to-a2');
  });

  it('refuses a version already released, and a day before the last release', () => {
    expect(() => releaseCopy(() => {}, '2026.1', '2026-03-01')).toThrow(ReleaseRefused);
    expect(() => releaseCopy(() => {}, '2026.2', '2025-12-31')).toThrow(
      /before the last release, 2026\.1 of 2026-01-10/,
    );
  });
});
