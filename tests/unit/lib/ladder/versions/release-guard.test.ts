/**
 * The build guards the promise of the last release: each bad declaration, and each id that disappears
 * without one, gives one line naming the file, the id and the fix.
 */
import { describe, expect, it } from 'vitest';
import { problemsIn, seedContentDir } from '../support';
import { versionedDir } from './support';

const SQL = 'competencies/data-analyst/sql/index.mdx';
const TRACK_FILE = 'tracks/data-analyst.yaml';
const RELEASES = 'releases/data-analyst';
const inFixture = (edits: Parameters<typeof problemsIn>[0]) => problemsIn(edits, [versionedDir]);
const edit = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the fixture no longer holds ${from}`);
  return text.replace(from, to);
};

describe('the release guard', () => {
  it('accepts the fixture as released', () => {
    expect(inFixture({})).toEqual([]);
  });

  it('fails an undeclared rename of a dimension with one line', () => {
    expect(inFixture({ [SQL]: edit('id: modelling,', 'id: data-modelling,') })).toEqual([
      `${SQL}: dimensions: found no dimension "modelling", which release 2026.1 has; expected a dimension with replaces: [modelling] if it was renamed or merged, or retired: [{ id: modelling, reason: "…" }] if it is gone`,
    ]);
  });

  it('accepts the same rename once declared, and a retirement with its reason', () => {
    expect(inFixture({ [SQL]: edit('id: modelling,', 'id: data-modelling, replaces: [modelling],') })).toEqual([]);
    expect(
      inFixture({
        [SQL]: (text) =>
          edit(
            '  - { id: modelling, name: "Modelling", cells: { A1: "Reads models.", A2: "Designs models." } }\n',
            '',
          )(text)
            .replace('k: 3, m: 3', 'k: 2, m: 2')
            .replace('retired:\n', 'retired:\n  - { id: modelling, reason: "Folded into Query writing." }\n'),
      }),
    ).toEqual([]);
  });

  it('fails replaces and retired that name an id no release has', () => {
    expect(inFixture({ [SQL]: edit('replaces: [querying]', 'replaces: [quering]') })).toEqual([
      `${SQL}: dimensions[0].replaces[0]: found "quering", an id no release of this track has; expected a dimension id of a release of this competency (querying, modelling, performance, query-writing, testing)`,
    ]);
    expect(inFixture({ [SQL]: edit('id: performance,', 'id: perfomance,') })).toEqual([
      `${SQL}: retired[0].id: found "perfomance", an id no release of this track has; expected a dimension id of a release of this competency (querying, modelling, performance, query-writing, testing)`,
    ]);
    expect(inFixture({ [TRACK_FILE]: edit('id: ethics,', 'id: ethic,') })).toEqual([
      `${TRACK_FILE}: retired[0].id: found "ethic", an id no release of this track has; expected a competency of a release (sql, storytelling, ethics)`,
    ]);
  });

  it('fails a declaration naming something that is still there', () => {
    expect(inFixture({ [SQL]: edit('replaces: [querying]', 'replaces: [querying, modelling]') })).toEqual([
      `${SQL}: dimensions[0].replaces[1]: found "modelling", still a dimension of this competency; expected the id of a dimension that is gone`,
    ]);
  });

  it('fails a competency that disappeared without being retired', () => {
    expect(
      inFixture({
        'competencies/data-analyst/storytelling': null,
        [TRACK_FILE]: edit('totalWeight: 3.5', 'totalWeight: 2.5'),
      }),
    ).toEqual([
      `${TRACK_FILE}: retired: found no competency "storytelling", which release 2026.1 has; expected its folder competencies/data-analyst/storytelling/ back, or retired: [{ id: storytelling, reason: "…" }] in this file`,
    ]);
  });

  it('keeps the track file and the last release in step', () => {
    expect(inFixture({ [TRACK_FILE]: edit('version: "2026.1"', 'version: "2026.2"') })).toEqual([
      `${TRACK_FILE}: version: found "2026.2"; expected "2026.1", the last release (releases/data-analyst/2026.1.json); npm run ladder:release writes a new release and sets this field`,
    ]);
    expect(inFixture({ [TRACK_FILE]: edit('released: "2026-01-10"', 'released: 2026-01-11') })).toEqual([
      `${TRACK_FILE}: released: found "2026-01-11"; expected "2026-01-10", the day 2026.1 was released`,
    ]);
    expect(inFixture({ [`${RELEASES}/2026.1.json`]: null })).toEqual([
      `${TRACK_FILE}: version: found "2026.1"; expected "2025.2", the last release (releases/data-analyst/2025.2.json); npm run ladder:release writes a new release and sets this field`,
    ]);
  });

  it('reads a release file it cannot use as one clear line', () => {
    expect(
      inFixture({ [`${RELEASES}/2026.1.json`]: (text) => text.replace('"version": "2026.1"', '"version": "2026.9"') }),
    ).toEqual([`${RELEASES}/2026.1.json: version: found "2026.9"; expected "2026.1", the file's name`]);
    expect(inFixture({ [`${RELEASES}/2024.1.json`]: '{ "track": ' })[0]).toMatch(
      /^releases\/data-analyst\/2024\.1\.json: \(file\): found invalid JSON \(.+\); expected the JSON `npm run ladder:release` writes$/,
    );
  });

  it('fails the undeclared rename of the issue on the seed ladder: review-discipline to code-review', () => {
    const file = 'competencies/software-engineer/code-quality/index.mdx';
    expect(
      problemsIn({ [file]: (text) => text.replace('id: review-discipline', 'id: code-review') }, [seedContentDir]),
    ).toEqual([
      `${file}: dimensions: found no dimension "review-discipline", which release 2026.1 has; expected a dimension with replaces: [review-discipline] if it was renamed or merged, or retired: [{ id: review-discipline, reason: "…" }] if it is gone`,
    ]);
  });
});
