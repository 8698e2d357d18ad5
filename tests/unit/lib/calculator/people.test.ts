/** The people list: several named assessments, snapshots, imports and the upgrade of the earlier format. */
import { describe, expect, it } from 'vitest';
import { blankRaters } from '@lib/assessment/raters';
import { blankV1Assessment } from '@tests/fixtures/legacy-links';
import { knownIds } from '@lib/calculator/model';
import {
  addPerson,
  baselineSnapshot,
  emptyPeople,
  mergeRaters,
  newPerson,
  removePerson,
  renamePerson,
  restorePerson,
  updatePerson,
  withSnapshot,
} from '@lib/calculator/people';
import { parsePeople } from '@lib/assessment/people-format';
import { parseImport, personExport } from '@lib/assessment/people-files';
import { peopleFromV1 } from '@lib/assessment/legacy/v1-to-people';
import { setRating } from '@lib/calculator/edit';
import { raterWith, seedModel } from './support';

const known = knownIds(seedModel);
const track = seedModel.track.id;

function team() {
  let people = emptyPeople(track);
  for (const name of ['Alex', 'Sam', 'Kim']) people = addPerson(people, newPerson(name));
  return people;
}

describe('people list', () => {
  it('adds, renames and removes people, keeping names unique', () => {
    let people = addPerson(team(), newPerson('alex'));
    expect(people.people.map((p) => p.name)).toEqual(['Alex', 'Sam', 'Kim', 'alex (2)']);
    const sam = people.people[1]!;
    people = renamePerson(people, sam.id, '  Samira  ');
    expect(people.people[1]!.name).toBe('Samira');
    const without = removePerson(people, sam.id);
    expect(without.people.map((p) => p.name)).toEqual(['Alex', 'Kim', 'alex (2)']);
    // Undo puts the person back where they were.
    expect(restorePerson(without, people.people[1]!, 1)).toEqual(people);
  });

  it('round-trips through JSON and rejects damaged or foreign data with a reason', () => {
    const people = team();
    expect(parsePeople(JSON.stringify(people), known)).toEqual({ ok: true, people });
    expect(parsePeople('{"version":2,', known)).toEqual({ ok: false, reason: expect.stringMatching(/not valid JSON/) });
    const bad = structuredClone(people);
    bad.people[0]!.raters.self.ratings['technical-mastery'] = { [seedModel.competencies[0]!.dimensions[0]!.id]: 9 };
    expect(parsePeople(JSON.stringify(bad), known)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^Alex: self-assessment: rating for dimension .* is 9; expected 1 to 5/),
    });
    expect(parsePeople(JSON.stringify({ ...people, track: 'other' }), known).ok).toBe(false);
  });

  it('turns the earlier single assessment into the first person', () => {
    const state = blankV1Assessment(track);
    state.raters.self = raterWith(seedModel, 3);
    const people = peopleFromV1(state);
    expect(people.people).toHaveLength(1);
    expect(people.people[0]).toMatchObject({ name: 'My assessment', raters: state.raters, snapshots: [] });
  });

  it('puts a shared assessment next to a person as the other rater, keeping their own', () => {
    const alex = { ...newPerson('Alex'), raters: { self: raterWith(seedModel, 1), manager: raterWith(seedModel, 3) } };
    const shared = { ...blankRaters(), self: raterWith(seedModel, 4) };
    const merged = mergeRaters(alex, shared);
    expect(merged.raters).toEqual({ self: shared.self, manager: alex.raters.manager });
    expect(merged.name).toBe('Alex');
  });

  it('keeps dated snapshots and measures change against the last one that differs', () => {
    let people = team();
    const alex = people.people[0]!;
    const dimension = seedModel.competencies[0]!.dimensions[0]!.id;
    people = updatePerson(people, alex.id, (p) => withSnapshot(p, new Date('2025-01-15T10:00:00Z')));
    people = {
      ...people,
      people: people.people.map((p) =>
        p.id === alex.id ? setRating(p, 'self', 'technical-mastery', dimension, 3) : p,
      ),
    };
    people = updatePerson(people, alex.id, (p) => withSnapshot(p, new Date('2025-06-15T10:00:00Z')));
    const person = people.people[0]!;
    expect(person.snapshots.map((s) => s.date)).toEqual(['2025-01-15T10:00:00.000Z', '2025-06-15T10:00:00.000Z']);
    // Right after a snapshot the baseline is the one before, so the change since last time stays visible.
    expect(baselineSnapshot(person)?.date).toBe('2025-01-15T10:00:00.000Z');
  });
});

describe('parseImport', () => {
  it('reads a person export, a whole list and the earlier assessment file', () => {
    const people = team();
    const one = parseImport(JSON.stringify(personExport(track, people.people[0]!)), known);
    expect(one).toEqual({ ok: true, kind: 'people', people: [people.people[0]] });
    expect(parseImport(JSON.stringify(people), known)).toEqual({ ok: true, kind: 'people', people: people.people });
    const state = blankV1Assessment(track);
    expect(parseImport(JSON.stringify(state), known)).toEqual({ ok: true, kind: 'assessment', raters: state.raters });
    expect(parseImport('not json', known)).toEqual({ ok: false, reason: 'the file is not valid JSON' });
  });
});
