/**
 * Assessments carried across ladder versions (issue 18 point 5), on the fixture track with three releases
 * (tests/unit/lib/ladder/versions/support.ts says what each changed): saved people, snapshots, exports and
 * share links made under 2025.1 read under 2026.1, nothing dropped; an unknown version changes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  combineCarried,
  dismissCarried,
  migrateRaters,
  unratedNew,
  type LadderVersions,
} from '@lib/assessment/ladder-versions';
import { stampLadder, validatePeople, type People } from '@lib/assessment/people-format';
import { parseImport } from '@lib/assessment/people-files';
import { blankRaters, type Raters } from '@lib/assessment/raters';
import { decodeShareLink, encodeShareLink } from '@lib/assessment/share-link';
import { buildCalculatorModel, knownIds, type CalculatorModel } from '@lib/calculator/model';
import { buildLadder } from '@lib/ladder/model';
import { readContentDir } from '@lib/ladder/read-content-dir';
import { attachedReleases } from '@lib/ladder/versions/attached-releases';
import { calculatorVersions, releaseSummary } from '@lib/ladder/versions/calculator-versions';
import { declarationsOf } from '@lib/ladder/versions/declarations';
import { repoRoot } from '@tests/fixtures/ladders';
import { ratingsOf2025 } from '@tests/fixtures/versioned-ladder-ratings';
import { TRACK, versionedDir } from '../ladder/versions/support';

const sources = readContentDir(versionedDir, repoRoot);
const track = buildLadder(sources).tracks.find((one) => one.slug === TRACK)!;
const model: CalculatorModel = (() => {
  const built = buildCalculatorModel(track, '/');
  const versions = calculatorVersions(
    built,
    track.version,
    attachedReleases(sources) ?? [],
    declarationsOf(sources, TRACK),
    '/data-analyst/changes/',
  )!;
  return { ...built, versions };
})();
const versions: LadderVersions = model.versions!;
const known = knownIds(model);

/** Both raters under 2025.1: every dimension rated, an anti-signal in the retired competency. */
function ratedIn2025(): Raters {
  const raters = blankRaters();
  raters.self.ratings = ratingsOf2025();
  raters.self.antiSignals = { ethics: [1], sql: [2] };
  raters.manager.ratings = { sql: { querying: 1 }, storytelling: { influence: 2 } };
  return raters;
}

const listOf = (ladder: string | undefined, raters: Raters): Record<string, unknown> => ({
  version: 2,
  track: TRACK,
  people: [
    {
      id: 'p1',
      name: 'Alex',
      created: '2025-03-01T10:00:00.000Z',
      ...(ladder ? { ladder } : {}),
      raters,
      snapshots: [{ date: '2025-03-01T10:00:00.000Z', ladder, scores: { self: '1.6', manager: '—' }, raters }],
    },
  ],
});

describe('the calculator page’s versions', () => {
  it('lists every release oldest first, the last being the current content under the track’s version', () => {
    expect(versions.current).toBe('2026.1');
    expect(versions.releases.map((release) => release.version)).toEqual(['2025.1', '2025.2', '2026.1']);
    // Dimensions gone since are named as readers knew them (and only those).
    expect(versions.goneNames).toEqual({
      'sql/querying': 'Querying',
      'sql/performance': 'Performance',
      'storytelling/clarity': 'Clarity',
      'storytelling/influence': 'Influence',
      'ethics/privacy': 'Privacy',
    });
    expect(versions.releases.at(-1)!.competencies).toEqual([
      { id: 'sql', dimensions: ['query-writing', 'modelling', 'testing'] },
      { id: 'storytelling', dimensions: ['communication'] },
    ]);
  });

  it('is small: ids and declarations only, far below the release files', () => {
    expect(JSON.stringify(versions).length).toBeLessThan(4000);
    const first = attachedReleases(sources)!.find((one) => one.version === '2025.1')!;
    expect(releaseSummary(first).competencies.map((one) => one.id)).toEqual(['sql', 'storytelling', 'ethics']);
  });
});

describe('migrateRaters', () => {
  it('carries 2025.1 ratings to 2026.1: renamed follows replaces, a merge says which rating it took, retired kept', () => {
    const moved = migrateRaters(versions, '2025.1', ratedIn2025());
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.raters.self.ratings).toEqual({
      sql: { 'query-writing': 2, modelling: 1 },
      storytelling: { communication: 1 },
    });
    expect(moved.raters.manager.ratings).toEqual({ sql: { 'query-writing': 1 }, storytelling: { communication: 2 } });
    // An anti-signal of the retired competency goes with it; one of a kept competency stays.
    expect(moved.raters.self.antiSignals).toEqual({ sql: [2] });
    expect(moved.carried.from).toBe('2025.1');
    expect(moved.carried.replaced).toEqual(
      expect.arrayContaining([
        { competency: 'sql', dimension: 'query-writing', taken: 'querying', others: [] },
        { competency: 'storytelling', dimension: 'communication', taken: 'clarity', others: ['influence'] },
        { competency: 'storytelling', dimension: 'communication', taken: 'influence', others: [] },
      ]),
    );
    expect(moved.carried.retired).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ competency: 'sql', dimension: 'performance', self: 2 }),
        expect.objectContaining({ competency: 'ethics', dimension: 'privacy', self: 2 }),
      ]),
    );
    expect(moved.carried.added).toEqual([{ competency: 'sql', dimension: 'testing' }]);
  });

  it('refuses a version the site does not know, naming it and the versions it has', () => {
    const moved = migrateRaters(versions, '2027.1', ratedIn2025());
    expect(moved).toEqual({ ok: false, reason: expect.stringContaining('“2027.1”, which this site does not know') });
  });

  it('marks new dimensions until either rater rates them; dismissing keeps what was carried', () => {
    const moved = migrateRaters(versions, '2025.1', ratedIn2025());
    if (!moved.ok) throw new Error(moved.reason);
    expect(unratedNew(moved.carried, moved.raters)).toEqual([{ competency: 'sql', dimension: 'testing' }]);
    const rated = structuredClone(moved.raters);
    rated.manager.ratings.sql!.testing = 1;
    expect(unratedNew(moved.carried, rated)).toEqual([]);
    const dismissed = dismissCarried({ carried: moved.carried });
    expect(dismissed.carried).toEqual({ ...moved.carried, seen: true });
  });
});

describe('combineCarried', () => {
  it('keeps the retired ratings of an earlier migration, even after its notice was read', () => {
    const first = migrateRaters(versions, '2025.1', ratedIn2025());
    if (!first.ok) throw new Error(first.reason);
    const later = { from: '2026.1', replaced: [], retired: [], added: [{ competency: 'sql', dimension: 'x' }] };
    const combined = combineCarried({ ...first.carried, seen: true }, later);
    expect(combined.from).toBe('2026.1');
    expect(combined.retired).toEqual(first.carried.retired);
    expect(combined.added).toEqual(later.added);
    expect(combineCarried(first.carried, later).from).toBe('2025.1');
  });
});

describe('saved people across versions', () => {
  it('a list saved under 2025.1 reads under 2026.1: ratings carried, the snapshot kept as taken', () => {
    const parsed = validatePeople(listOf('2025.1', ratedIn2025()), known);
    if (!parsed.ok) throw new Error(parsed.reason);
    const [person] = parsed.people.people;
    expect(person!.ladder).toBe('2026.1');
    expect(person!.raters.self.ratings.sql).toEqual({ 'query-writing': 2, modelling: 1 });
    expect(person!.carried?.from).toBe('2025.1');
    expect(person!.snapshots[0]!.ladder).toBe('2025.1');
    expect(person!.snapshots[0]!.raters.self.ratings.ethics).toEqual({ privacy: 2 });
  });

  it('a list from a version the site does not know is refused, saying which', () => {
    const parsed = validatePeople(listOf('2099.1', ratedIn2025()), known);
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('“2099.1”') });
  });

  it('a list saved before versions (no ladder) reads as before, against the current ids', () => {
    const raters = blankRaters();
    raters.self.ratings = { sql: { testing: 2 } };
    expect(validatePeople(listOf(undefined, raters), known).ok).toBe(true);
  });

  it('what is written records the version; a new snapshot its scores now, an older one keeps its own', () => {
    const parsed = validatePeople(listOf('2025.1', ratedIn2025()), known);
    if (!parsed.ok) throw new Error(parsed.reason);
    const taken = { date: '2026-02-01T10:00:00.000Z', raters: parsed.people.people[0]!.raters };
    const people: People = {
      ...parsed.people,
      people: [{ ...parsed.people.people[0]!, snapshots: [...parsed.people.people[0]!.snapshots, taken] }],
    };
    const stamped = stampLadder(people, '2026.1', () => ({ self: '2.0', manager: '1.5*' }));
    const [older, newer] = stamped.people[0]!.snapshots;
    expect(stamped.people[0]!.ladder).toBe('2026.1');
    expect(older).toMatchObject({ ladder: '2025.1', scores: { self: '1.6', manager: '—' } });
    expect(newer).toMatchObject({ ladder: '2026.1', scores: { self: '2.0', manager: '1.5*' } });
  });

  it('a person exported under 2025.1 imports under 2026.1, carried, saying where it came from', () => {
    const list = listOf('2025.1', ratedIn2025());
    const file = JSON.stringify({ version: 2, track: TRACK, ladder: '2025.1', person: (list.people as unknown[])[0] });
    const imported = parseImport(file, known);
    if (!imported.ok || imported.kind !== 'people') throw new Error('not imported');
    expect(imported.people[0]!.carried?.from).toBe('2025.1');
    expect(imported.people[0]!.raters.self.ratings.storytelling).toEqual({ communication: 1 });
  });
});

describe('share links across versions', () => {
  /** A link made on the 2025.1 site: its layout is that release's. */
  function linkOf2025(raters: Raters): string {
    const release = versions.releases[0]!;
    const old = {
      ...model,
      levels: model.levels,
      competencies: release.competencies.map((competency) => ({
        id: competency.id,
        dimensions: competency.dimensions.map((id) => ({ id })),
      })),
      promotions: release.promotions.map((step) => ({
        id: step.id,
        demonstrate: step.criteria.map((id) => ({ id })),
        portfolio: [],
      })),
    } as unknown as CalculatorModel;
    return encodeShareLink(old, raters);
  }

  it('a link made under 2025.1 opens under 2026.1, its ratings carried and its version said', () => {
    const decoded = decodeShareLink(`#${linkOf2025(ratedIn2025())}`, model, known);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.shared.carried?.from).toBe('2025.1');
    expect(decoded.shared.raters.self.ratings).toEqual({
      sql: { 'query-writing': 2, modelling: 1 },
      storytelling: { communication: 1 },
    });
  });

  it('a link of the current version opens as it was made', () => {
    const raters = blankRaters();
    raters.self.ratings = { sql: { testing: 2 } };
    const decoded = decodeShareLink(`#${encodeShareLink(model, raters)}`, model, known);
    expect(decoded).toMatchObject({ ok: true, shared: { raters } });
    expect(decoded.ok && decoded.shared.carried).toBeFalsy();
  });

  it('a link of a shape no release has (newer, or changed) gets a clear message', () => {
    const { versions: _dropped, ...newer } = model;
    const other = { ...newer, competencies: newer.competencies.slice(1) };
    const decoded = decodeShareLink(`#${encodeShareLink(other, ratedIn2025())}`, model, known);
    expect(decoded).toEqual({ ok: false, reason: expect.stringContaining('this site does not know') });
  });
});
