import { describe, expect, it } from 'vitest';
import { toExport } from '@lib/ladder/export';
import { buildLadder } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';
import { attachedReleases } from '@lib/ladder/versions/attached-releases';
import { declarationsOf } from '@lib/ladder/versions/declarations';
import { changedInCurrent, levelChangedInCurrent, versionAnchor, versionHistory } from '@lib/ladder/versions/history';
import { releasedTrackSchema } from '@lib/ladder/versions/release-file';
import { repoRoot } from '../support';
import { TRACK, trackAt, versionedDir } from './support';

/** The fixture's history as the page builds it, after `edit` changes the current content. */
function historyAfter(edit: (track: ReturnType<typeof releasedTrackSchema.parse>) => void = () => {}) {
  const sources = readContentDir(versionedDir, repoRoot);
  const current = releasedTrackSchema.parse(toExport(buildLadder(sources), '0').tracks[0]);
  edit(current);
  return versionHistory(current, declarationsOf(sources, TRACK), attachedReleases(sources) ?? []);
}

describe('versionHistory', () => {
  it('lists the releases newest first, the first with nothing to compare, and Unreleased for the content since', () => {
    const history = historyAfter();
    expect(history.current).toBe('2026.1');
    expect(
      history.unreleased?.changes.competencies.map((one) => [one.slug, one.levels.map((level) => level.level)]),
    ).toEqual([['storytelling', ['A2']]]);
    expect(history.versions.map((entry) => [entry.version, entry.released, Boolean(entry.changes)])).toEqual([
      ['2026.1', '2026-01-10', true],
      ['2025.2', '2025-06-01', true],
      ['2025.1', '2025-01-15', false],
    ]);
    expect(history.versions[2]!.note).toBe('The first release of the fixture track.');
  });

  it('has no Unreleased when the content is the last release', () => {
    const { track } = trackAt('2026.1');
    const sources = readContentDir(versionedDir, repoRoot);
    expect(
      versionHistory(track, declarationsOf(sources, TRACK), attachedReleases(sources) ?? []).unreleased,
    ).toBeUndefined();
  });

  it('puts Unreleased on top when the content differs from the last release, even outside the diffed parts', () => {
    const reworded = historyAfter((track) => {
      track.competencies[0]!.dimensions[1]!.cells['A1']!.text = 'Reads and explains models.';
    });
    expect(reworded.unreleased?.since).toBe('2026.1');
    expect(reworded.unreleased?.changes.competencies.map((one) => one.slug)).toEqual(['sql', 'storytelling']);
    const { track: released } = trackAt('2026.1');
    const summary = historyAfter((track) => {
      Object.assign(track, structuredClone(released), { summary: 'A new summary.' });
    });
    expect(summary.unreleased).toEqual({
      since: '2026.1',
      changes: { levels: [], competencies: [] },
      other: ['overview'],
    });
  });

  it('does not take a field the export format added or dropped for a change of the ladder', () => {
    const { track: released } = trackAt('2026.1');
    const history = historyAfter((track) => {
      Object.assign(track, structuredClone(released), { newExportField: 'x' });
      (track.levels[0] as Record<string, unknown>)['newLevelField'] = 1;
      delete (track as Record<string, unknown>)['trackMoves'];
    });
    expect(history.unreleased).toBeUndefined();
  });

  it('says which competencies and levels the current version changed, for their "changed in" marks', () => {
    const history = historyAfter();
    expect(changedInCurrent(history, 'sql')).toBe(true);
    expect(changedInCurrent(history, 'storytelling')).toBe(true);
    expect(changedInCurrent(history, 'ethics')).toBe(false);
    expect(levelChangedInCurrent(history, 'A1')).toBe(true);
    expect(versionAnchor('2026.1')).toBe('v2026-1');
  });

  it('has no versions for a track never released', () => {
    const sources = readContentDir(versionedDir, repoRoot);
    const current = releasedTrackSchema.parse(toExport(buildLadder(sources), '0').tracks[0]);
    expect(versionHistory(current, { replaces: [], retired: [] }, [])).toEqual({ versions: [] });
  });
});
