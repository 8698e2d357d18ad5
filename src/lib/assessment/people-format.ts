/**
 * The saved format of the people a calculator keeps (format 2): a list per track, each person with a name
 * (or alias), both raters' input, an optional target level and dated snapshots. The same shape is what
 * "Export JSON" writes (one person, or everyone) and what an import reads (people-files.ts). Everything read back is
 * untrusted: parsing never throws and says what is wrong. Older formats are read through migrate.ts.
 */
import { checkRaters, isRecord, joinProblems, ratersSchema, type KnownIds, type Raters } from './raters';
import { migrateLadder, migrateSaved } from './migrate';
import { combineCarried, migrateRaters, type LadderVersions } from './ladder-versions';
import {
  array,
  boolean,
  checkShape,
  literal,
  nonEmptyString,
  number,
  object,
  optional,
  string,
  type Infer,
} from './shape';

export const PEOPLE_VERSION = 2;
/** One key per track: people rated against one ladder mean nothing to another. */
export const peopleStorageKey = (trackId: string) => `career-ladder:${trackId}:people:v${PEOPLE_VERSION}`;

const MAX_PEOPLE_JSON_CHARS = 4_000_000;
const MAX_PEOPLE = 500;
export const MAX_SNAPSHOTS = 200;
export const MAX_NAME_CHARS = 80;

const MAX_CHANGES = 500;
const dimensionKey = { competency: string(200), dimension: string(200) };

/** What changed for a person's ratings since the version they were made under (ladder-versions.ts). */
const carriedSchema = object({
  from: string(40),
  replaced: array(
    object({ ...dimensionKey, taken: string(200), others: array(string(200), MAX_CHANGES) }),
    MAX_CHANGES,
  ),
  retired: array(
    object({ ...dimensionKey, reason: string(2000), self: optional(number), manager: optional(number) }),
    MAX_CHANGES,
  ),
  added: array(object(dimensionKey), MAX_CHANGES),
  seen: optional(boolean),
});

const snapshotSchema = object({
  /** ISO date and time the snapshot was taken. */
  date: string(40),
  /** The ladder version the snapshot was taken under; absent before ladders had versions. */
  ladder: optional(string(40)),
  /** Each rater's score as computed when the snapshot was taken ("2.4", or "2.1*" when provisional). */
  scores: optional(object({ self: optional(string(20)), manager: optional(string(20)) })),
  raters: ratersSchema,
});

const personSchema = object({
  /** Stable id, unique in the list; never shown. */
  id: nonEmptyString(64),
  /** A name or an alias, as the person who keeps the list wrote it. */
  name: string(MAX_NAME_CHARS),
  /** ISO date and time the person was added. */
  created: string(40),
  /** ISO date and time of the last change to their ratings, notes or target. */
  updated: optional(string(40)),
  /** Ladder level (rank) this person is aiming at; absent = the level above their current one. */
  target: optional(number),
  /** The ladder version `raters` is in; absent before ladders had versions. */
  ladder: optional(string(40)),
  /** Set when the ratings were carried from an older version: what changed since (the "ladder changed" notice). */
  carried: optional(carriedSchema),
  raters: ratersSchema,
  /** Earlier versions of the ratings, oldest first. */
  snapshots: array(snapshotSchema, MAX_SNAPSHOTS),
});

const peopleSchema = object({
  /** The format's version (migrate.ts brings older ones forward). */
  version: literal(PEOPLE_VERSION),
  /** The ladder version the ratings were made under; absent before ladders had versions (migrate.ts). */
  ladder: optional(string(40)),
  track: nonEmptyString(),
  people: array(personSchema, MAX_PEOPLE),
});

export type Snapshot = Infer<typeof snapshotSchema>;
export type Person = Infer<typeof personSchema>;
export type People = Infer<typeof peopleSchema>;

export type PeopleParse = { ok: true; people: People } | { ok: false; reason: string };

/** Validate an already-parsed value as a people list (version 2). */
export function validatePeople(value: unknown, known?: KnownIds): PeopleParse {
  if (!isRecord(value)) return { ok: false, reason: 'saved people list is not an object' };
  const migrated = migrateSaved(value, PEOPLE_VERSION);
  if (!migrated.ok) {
    const found = value.version === undefined ? 'has no version' : `is version ${JSON.stringify(value.version)}`;
    return { ok: false, reason: `saved people list ${found}; this calculator reads version ${PEOPLE_VERSION}` };
  }
  const parsed = checkShape(peopleSchema, migrated.value);
  if (!parsed.ok) return { ok: false, reason: `saved people list has the wrong shape: ${parsed.problem}` };
  const problems: string[] = [];
  const people = carryForward(migrateLadder(parsed.value), known?.versions, problems);
  if (known && people.track !== known.trackId) {
    problems.push(`saved people list is for track '${people.track}', not '${known.trackId}'`);
  }
  const ids = new Set<string>();
  for (const person of people.people) {
    if (ids.has(person.id)) problems.push(`two people share the id '${person.id}'`);
    ids.add(person.id);
    problems.push(...checkRaters(person.raters, known, `${person.name}: `));
    person.snapshots.forEach((snapshot, index) => {
      // A snapshot keeps the ids of the version it was taken under (History carries it forward to score it).
      if (snapshot.ladder !== undefined && snapshot.ladder !== known?.versions?.current) return;
      problems.push(...checkRaters(snapshot.raters, known, `${person.name}, snapshot ${index + 1}: `));
    });
    const target = person.target;
    if (target !== undefined && known && !(Number.isInteger(target) && target >= 1 && target <= known.levelCount)) {
      problems.push(`${person.name}: target level ${person.target}; expected 1 to ${known.levelCount}`);
    }
  }
  if (problems.length > 0) return { ok: false, reason: joinProblems(problems) };
  return { ok: true, people };
}

/**
 * People rated under an older ladder version, carried to the current one (ladder-versions.ts); a version the
 * site does not know is a problem, so nothing of it is changed. Without versions (a track never released,
 * or a caller that does not know them) the list is as saved.
 */
function carryForward(people: People, versions: LadderVersions | undefined, problems: string[]): People {
  if (!versions) return people;
  return {
    ...people,
    people: people.people.map((person) => {
      const from = person.ladder ?? people.ladder;
      if (from === undefined || from === versions.current) return person;
      const moved = migrateRaters(versions, from, person.raters);
      if (!moved.ok) {
        problems.push(`${person.name}: ${moved.reason}`);
        return person;
      }
      const carried = combineCarried(person.carried, moved.carried);
      return { ...person, ladder: versions.current, raters: moved.raters, carried };
    }),
  };
}

/**
 * The list as it is written (saved, exported): every person's ratings are in the current version; a
 * snapshot without a version was just taken, so it gets the current one and its scores as computed now.
 */
export function stampLadder(
  people: People,
  current: string,
  scoresOf: (raters: Raters) => NonNullable<Snapshot['scores']>,
): People {
  return {
    ...people,
    ladder: current,
    people: people.people.map((person) => stampPerson(person, current, scoresOf)),
  };
}

export function stampPerson(
  person: Person,
  current: string,
  scoresOf: (raters: Raters) => NonNullable<Snapshot['scores']>,
): Person {
  return {
    ...person,
    ladder: current,
    snapshots: person.snapshots.map((snapshot) =>
      snapshot.ladder ? snapshot : { ...snapshot, ladder: current, scores: scoresOf(snapshot.raters) },
    ),
  };
}

/** Parse what localStorage holds under peopleStorageKey. Never throws. */
export function parsePeople(json: string, known?: KnownIds): PeopleParse {
  if (json.length > MAX_PEOPLE_JSON_CHARS) return { ok: false, reason: 'saved people list is too large to be ours' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'saved people list is not valid JSON (it may be corrupted)' };
  }
  return validatePeople(value, known);
}
