import { describe, expect, it } from 'vitest';
import { diffTracks, isUnchanged } from '@lib/ladder/versions/diff';
import { trackAt } from './support';

const changesTo = (before: string, after: string) => {
  const to = trackAt(after);
  return diffTracks(trackAt(before).track, to.track, to.release.declarations);
};

describe('diffTracks on the fixture track', () => {
  it('finds nothing between a release and itself', () => {
    const { track, release } = trackAt('2025.2');
    expect(isUnchanged(diffTracks(track, track, release.declarations))).toBe(true);
  });

  it('2025.1 to 2025.2: a declared rename, a declared merge, a weight, a rule and a reworded cell', () => {
    const changes = changesTo('2025.1', '2025.2');
    expect(changes.levels).toEqual([]);
    expect(changes.totalWeight).toEqual({ before: 4, after: 4.5 });
    expect(changes.competencies.map((one) => [one.slug, one.status])).toEqual([
      ['sql', 'changed'],
      ['storytelling', 'changed'],
    ]);
    const [sql, story] = changes.competencies;
    expect(sql!.weight).toEqual({ before: 2, after: 2.5 });
    expect(sql!.rule).toBeUndefined();
    expect(sql!.dimensions).toEqual([
      {
        kind: 'replaces',
        id: 'query-writing',
        name: 'Query writing',
        replaces: [{ id: 'querying', name: 'Querying' }],
      },
    ]);
    // The renamed dimension's cells are compared with the cells it replaces: only A2 changed words.
    expect(sql!.levels).toEqual([
      {
        level: 'A2',
        texts: [
          {
            kind: 'cell',
            change: 'changed',
            id: 'query-writing-a2',
            dimension: 'Query writing',
            words: [
              { change: 'same', text: 'Window functions ' },
              { change: 'inserted', text: 'and CTEs' },
              { change: 'same', text: '.' },
            ],
          },
        ],
      },
    ]);
    expect(story!.rule).toEqual({
      before: { k: 1, m: 2, label: '1-of-2 majority' },
      after: { k: 1, m: 1, label: '1-of-1' },
    });
    expect(story!.dimensions).toEqual([
      {
        kind: 'replaces',
        id: 'communication',
        name: 'Communication',
        replaces: [
          { id: 'clarity', name: 'Clarity' },
          { id: 'influence', name: 'Influence' },
        ],
      },
    ]);
    // A merged dimension has no single predecessor: its cells are shown as new text.
    expect(story!.levels.map((level) => level.texts.map((text) => [text.id, text.change]))).toEqual([
      [['communication-a1', 'added']],
      [['communication-a2', 'added']],
    ]);
  });

  it('2025.2 to 2026.1: a retired dimension, a new one, a rule change, a retired competency, reworded behaviours', () => {
    const changes = changesTo('2025.2', '2026.1');
    expect(changes.totalWeight).toEqual({ before: 4.5, after: 3.5 });
    const [sql, story, ethics] = changes.competencies;
    expect(sql!.slug).toBe('sql');
    expect(sql!.rule).toEqual({
      before: { k: 2, m: 3, label: '2-of-3 majority' },
      after: { k: 3, m: 3, label: '3-of-3' },
    });
    expect(sql!.weight).toBeUndefined();
    // Earlier declarations still in the content (query-writing replaces querying) change nothing now.
    expect(sql!.dimensions).toEqual([
      { kind: 'added', id: 'testing', name: 'Testing' },
      {
        kind: 'retired',
        id: 'performance',
        name: 'Performance',
        reason: 'Query tuning moved to the Data Platform ladder.',
      },
    ]);
    expect(sql!.levels.map((level) => [level.level, level.texts.map((text) => `${text.id} ${text.change}`)])).toEqual([
      ['A1', ['testing-a1 added']],
      ['A2', ['testing-a2 added']],
    ]);
    expect(story!.slug).toBe('storytelling');
    expect(story!.levels).toEqual([
      {
        level: 'A1',
        texts: [
          {
            kind: 'behaviour',
            change: 'changed',
            id: 'a1-behaviour-1',
            words: [
              { change: 'same', text: 'Labels axes ' },
              { change: 'inserted', text: 'and units' },
              { change: 'same', text: '.' },
            ],
          },
          {
            kind: 'behaviour',
            change: 'added',
            id: 'a1-behaviour-2',
            words: [{ change: 'inserted', text: 'Names the source of every number.' }],
          },
        ],
      },
    ]);
    expect(ethics).toEqual({
      slug: 'ethics',
      name: 'Data Ethics',
      status: 'retired',
      reason: "Data ethics is now part of every competency's expectations.",
      dimensions: [],
      levels: [],
    });
  });

  it('reports targets, bands, titles and the hire bar', () => {
    const { track, release } = trackAt('2026.1');
    const after = structuredClone(track);
    after.competencies[0]!.targets['A2'] = 1;
    after.levels[1]!.title = 'Lead Analyst';
    after.levels[0]!.band = { min: 1, max: 1.5 };
    after.hireBar = 'A1';
    const changes = diffTracks(track, after, release.declarations);
    expect(changes.hireBar).toEqual({ before: 'A2', after: 'A1' });
    expect(changes.levels).toEqual([
      {
        slug: 'a1',
        code: 'A1',
        status: 'changed',
        band: { before: { min: 1, max: 1.4 }, after: { min: 1, max: 1.5 } },
      },
      { slug: 'a2', code: 'A2', status: 'changed', title: { before: 'Senior Analyst', after: 'Lead Analyst' } },
    ]);
    expect(changes.competencies[0]!.levels).toEqual([{ level: 'A2', target: { before: 2, after: 1 }, texts: [] }]);
  });
});
