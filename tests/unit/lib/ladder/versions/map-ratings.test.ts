import { describe, expect, it } from 'vitest';
import { migrateRatings } from '@lib/ladder/versions/map-ratings';
import { fixtureReleases, TRACK } from './support';

/** A full assessment under 2025.1: every dimension of every competency rated (levels 1 or 2). */
const ratedIn2025 = {
  sql: { querying: 2, modelling: 1, performance: 2 },
  storytelling: { clarity: 1, influence: 2 },
  ethics: { privacy: 2 },
};

describe('migrateRatings on the fixture track', () => {
  it('keeps every rating when the version does not change', () => {
    expect(migrateRatings(fixtureReleases(), TRACK, '2025.1', '2025.1', ratedIn2025)).toEqual({
      ok: true,
      from: '2025.1',
      to: '2025.1',
      ratings: ratedIn2025,
      replaced: [],
      retired: [],
      added: [],
    });
  });

  it('2025.1 to 2025.2: a rename follows replaces; a merge takes the first rated of the dimensions it replaces', () => {
    const migration = migrateRatings(fixtureReleases(), TRACK, '2025.1', '2025.2', ratedIn2025);
    expect(migration).toEqual({
      ok: true,
      from: '2025.1',
      to: '2025.2',
      ratings: {
        sql: { 'query-writing': 2, modelling: 1, performance: 2 },
        storytelling: { communication: 1 },
        ethics: { privacy: 2 },
      },
      replaced: [
        {
          to: { competency: 'sql', dimension: 'query-writing' },
          from: [{ competency: 'sql', dimension: 'querying', rating: 2 }],
          taken: { competency: 'sql', dimension: 'querying' },
          version: '2025.2',
        },
        {
          to: { competency: 'storytelling', dimension: 'communication' },
          // Both candidates are listed, so the calculator can say which was taken or ask.
          from: [
            { competency: 'storytelling', dimension: 'clarity', rating: 1 },
            { competency: 'storytelling', dimension: 'influence', rating: 2 },
          ],
          taken: { competency: 'storytelling', dimension: 'clarity' },
          version: '2025.2',
        },
      ],
      retired: [],
      added: [],
    });
  });

  it('a merge takes the rating of a later replaced dimension when the first was never rated', () => {
    const migration = migrateRatings(fixtureReleases(), TRACK, '2025.1', '2025.2', {
      storytelling: { influence: 2 },
    });
    expect(migration.ok && migration.ratings).toEqual({ storytelling: { communication: 2 } });
  });

  it('2025.1 to 2026.1 across two releases: carried, renamed, merged, retired kept aside, new marked new', () => {
    const migration = migrateRatings(fixtureReleases(), TRACK, '2025.1', '2026.1', ratedIn2025);
    if (!migration.ok) throw new Error(migration.reason);
    expect(migration.ratings).toEqual({
      sql: { 'query-writing': 2, modelling: 1 },
      storytelling: { communication: 1 },
    });
    expect(migration.replaced.map((one) => `${one.taken.dimension} -> ${one.to.dimension} (${one.version})`)).toEqual([
      'querying -> query-writing (2025.2)',
      'clarity -> communication (2025.2)',
    ]);
    expect(migration.retired).toEqual([
      {
        competency: 'sql',
        dimension: 'performance',
        rating: 2,
        reason: 'Query tuning moved to the Data Platform ladder.',
        version: '2026.1',
      },
      {
        competency: 'ethics',
        dimension: 'privacy',
        rating: 2,
        reason: "Data ethics is now part of every competency's expectations.",
        version: '2026.1',
      },
    ]);
    expect(migration.added).toEqual([{ competency: 'sql', dimension: 'testing' }]);
  });

  it('loses no rating the new ladder can use: every rating is carried, moved or kept aside', () => {
    const migration = migrateRatings(fixtureReleases(), TRACK, '2025.1', '2026.1', ratedIn2025);
    if (!migration.ok) throw new Error(migration.reason);
    const moved = migration.replaced.flatMap((one) => one.from.map((from) => `${from.competency}/${from.dimension}`));
    const kept = [
      ...Object.entries(migration.ratings).flatMap(([c, byDimension]) =>
        Object.keys(byDimension).map((d) => `${c}/${d}`),
      ),
      ...moved,
      ...migration.retired.map((one) => `${one.competency}/${one.dimension}`),
    ];
    const rated = Object.entries(ratedIn2025).flatMap(([c, byDimension]) =>
      Object.keys(byDimension).map((d) => `${c}/${d}`),
    );
    for (const id of rated) expect(kept).toContain(id);
  });

  it('a dimension that was unrated before and still exists is not new; ratings of unknown dimensions are left out', () => {
    const migration = migrateRatings(fixtureReleases(), TRACK, '2025.2', '2026.1', {
      sql: { modelling: 2, invented: 1 },
    });
    expect(migration.ok && migration.ratings).toEqual({ sql: { modelling: 2 } });
    expect(migration.ok && migration.added).toEqual([{ competency: 'sql', dimension: 'testing' }]);
  });

  it('refuses a version it does not know, and ratings newer than the version asked for, changing nothing', () => {
    expect(migrateRatings(fixtureReleases(), TRACK, '2027.1', '2026.1', ratedIn2025)).toEqual({
      ok: false,
      reason: 'unknown-version',
      version: '2027.1',
    });
    expect(migrateRatings(fixtureReleases(), TRACK, '2026.1', '2025.1', {})).toEqual({
      ok: false,
      reason: 'newer-version',
      version: '2026.1',
    });
    expect(migrateRatings(fixtureReleases(), 'another-track', '2025.1', '2026.1', {})).toMatchObject({ ok: false });
  });
});
