/**
 * The people a calculator keeps in one browser: each person has a name (or alias), the self-assessment and
 * the manager's ratings, an optional target level, and dated snapshots of earlier ratings. A manager with
 * six reports keeps six people; an engineer keeps one.
 *
 * This is the saved format (version 2) and the immutable edits on it. Everything read back is untrusted:
 * parsing never throws and says what is wrong. Version 1 (one anonymous assessment) is still read and
 * becomes one person, so nothing saved by the earlier calculator is lost.
 */
import {
  blankRaters,
  checkRaters,
  isRecord,
  joinProblems,
  ratersSchema,
  validateState,
  type AssessmentState,
  type KnownIds,
  type Raters,
} from '../assessment-state';
import {
  array,
  checkShape,
  literal,
  nonEmptyString,
  number,
  object,
  optional,
  string,
  type Infer,
} from '../saved-shape';

export const PEOPLE_VERSION = 2;
/** One key per track: people rated against one ladder mean nothing to another. */
export const peopleStorageKey = (trackId: string) => `career-ladder:${trackId}:people:v${PEOPLE_VERSION}`;

const MAX_PEOPLE_JSON_CHARS = 4_000_000;
const MAX_PEOPLE = 500;
const MAX_SNAPSHOTS = 200;
export const MAX_NAME_CHARS = 80;

const snapshotSchema = object({
  /** ISO date and time the snapshot was taken. */
  date: string(40),
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
  raters: ratersSchema,
  /** Earlier versions of the ratings, oldest first. */
  snapshots: array(snapshotSchema, MAX_SNAPSHOTS),
});

const peopleSchema = object({
  version: literal(PEOPLE_VERSION),
  track: nonEmptyString(),
  people: array(personSchema, MAX_PEOPLE),
});

export type Snapshot = Infer<typeof snapshotSchema>;
export type Person = Infer<typeof personSchema>;
export type People = Infer<typeof peopleSchema>;

export type PeopleParse = { ok: true; people: People } | { ok: false; reason: string };

/** A short id that is unique enough within one browser's list (crypto.randomUUID needs a secure context). */
export function newId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function emptyPeople(trackId: string): People {
  return { version: PEOPLE_VERSION, track: trackId, people: [] };
}

/** The id of the person a browser starts with, the same in every tab so that first edits meet. */
export const FIRST_PERSON_ID = 'me';

/** The list as shown: never empty, so there is always someone to rate (a blank "Me" added at `created`). */
export function withSomeone(people: People, created: string): People {
  if (people.people.length > 0) return people;
  return { ...people, people: [{ id: FIRST_PERSON_ID, name: 'Me', created, raters: blankRaters(), snapshots: [] }] };
}

export function newPerson(name: string, raters: Raters = blankRaters(), now = new Date()): Person {
  return { id: newId(), name: cleanName(name), created: now.toISOString(), raters, snapshots: [] };
}

/** Trims a name and keeps it within the limit; an empty name becomes "Unnamed". */
export function cleanName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_CHARS);
  return trimmed || 'Unnamed';
}

/** The name, made unique in the list by a number ("Alex (2)"), so people can be told apart. */
export function uniqueName(people: People, name: string, exceptId?: string): string {
  const base = cleanName(name);
  const taken = new Set(people.people.filter((p) => p.id !== exceptId).map((p) => p.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Validate an already-parsed value as a people list (version 2). */
export function validatePeople(value: unknown, known?: KnownIds): PeopleParse {
  if (!isRecord(value)) return { ok: false, reason: 'saved people list is not an object' };
  if (value.version !== PEOPLE_VERSION) {
    const found = value.version === undefined ? 'has no version' : `is version ${JSON.stringify(value.version)}`;
    return { ok: false, reason: `saved people list ${found}; this calculator reads version ${PEOPLE_VERSION}` };
  }
  const parsed = checkShape(peopleSchema, value);
  if (!parsed.ok) return { ok: false, reason: `saved people list has the wrong shape: ${parsed.problem}` };
  const people = parsed.value;
  const problems: string[] = [];
  if (known && people.track !== known.trackId) {
    problems.push(`saved people list is for track '${people.track}', not '${known.trackId}'`);
  }
  const ids = new Set<string>();
  for (const person of people.people) {
    if (ids.has(person.id)) problems.push(`two people share the id '${person.id}'`);
    ids.add(person.id);
    problems.push(...checkRaters(person.raters, known, `${person.name}: `));
    person.snapshots.forEach((snapshot, index) =>
      problems.push(...checkRaters(snapshot.raters, known, `${person.name}, snapshot ${index + 1}: `)),
    );
    const target = person.target;
    if (target !== undefined && known && !(Number.isInteger(target) && target >= 1 && target <= known.levelCount)) {
      problems.push(`${person.name}: target level ${person.target}; expected 1 to ${known.levelCount}`);
    }
  }
  if (problems.length > 0) return { ok: false, reason: joinProblems(problems) };
  return { ok: true, people };
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

/** The earlier calculator's single assessment as the first person of a list. */
export function peopleFromAssessment(state: AssessmentState, name = 'My assessment', now = new Date()): People {
  return { version: PEOPLE_VERSION, track: state.track, people: [newPerson(name, state.raters, now)] };
}

/** What an imported file holds: people to add (a person export or a whole list) or one bare assessment. */
export type ImportedFile =
  | { ok: true; kind: 'people'; people: Person[] }
  | { ok: true; kind: 'assessment'; raters: Raters }
  | { ok: false; reason: string };

/**
 * Reads a JSON export: a people list (all people), one person ({ version: 2, track, person }), or an
 * assessment saved by the earlier calculator (version 1). Never throws.
 */
export function parseImport(text: string, known: KnownIds): ImportedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not valid JSON' };
  }
  if (isRecord(value) && value.version === PEOPLE_VERSION && isRecord(value.person)) {
    const { person, ...rest } = value;
    const list = validatePeople({ ...rest, people: [person] }, known);
    return list.ok ? { ok: true, kind: 'people', people: list.people.people } : { ok: false, reason: list.reason };
  }
  if (isRecord(value) && value.version === PEOPLE_VERSION) {
    const list = validatePeople(value, known);
    return list.ok ? { ok: true, kind: 'people', people: list.people.people } : { ok: false, reason: list.reason };
  }
  const single = validateState(value, known);
  if (single.ok) return { ok: true, kind: 'assessment', raters: single.state.raters };
  return { ok: false, reason: single.reason.replace(/^saved assessment/, 'the file') };
}

/** One person as a file of its own (what "Export JSON" writes). */
export function personExport(trackId: string, person: Person) {
  return { version: PEOPLE_VERSION, track: trackId, person };
}

// Edits. Each returns a new list; the old one is untouched (undo keeps it).

export function findPerson(people: People, id: string | undefined): Person | undefined {
  return id === undefined ? undefined : people.people.find((person) => person.id === id);
}

export function addPerson(people: People, person: Person): People {
  return { ...people, people: [...people.people, { ...person, name: uniqueName(people, person.name) }] };
}

/** Puts `person` back at `index` (undo of a delete); replaces it if it is still there. */
export function restorePerson(people: People, person: Person, index: number): People {
  const others = people.people.filter((p) => p.id !== person.id);
  const at = Math.min(Math.max(0, index), others.length);
  return { ...people, people: [...others.slice(0, at), person, ...others.slice(at)] };
}

export function updatePerson(people: People, id: string, change: (person: Person) => Person): People {
  return { ...people, people: people.people.map((person) => (person.id === id ? change(person) : person)) };
}

export function removePerson(people: People, id: string): People {
  return { ...people, people: people.people.filter((person) => person.id !== id) };
}

export function renamePerson(people: People, id: string, name: string): People {
  return updatePerson(people, id, (person) => ({ ...person, name: uniqueName(people, name, id) }));
}

/** The person with their current ratings kept as a dated snapshot. */
export function withSnapshot(person: Person, now = new Date()): Person {
  return {
    ...person,
    snapshots: [...person.snapshots, { date: now.toISOString(), raters: person.raters }].slice(-MAX_SNAPSHOTS),
  };
}

/** True when a rater has rated or ticked anything. */
export function raterHasInput(raters: Raters, role: keyof Raters): boolean {
  const rater = raters[role];
  return (
    Object.values(rater.ratings).some((dimensions) => Object.keys(dimensions).length > 0) ||
    Object.values(rater.antiSignals).some((levels) => levels.length > 0) ||
    Boolean(rater.note?.trim()) ||
    (rater.evidence?.length ?? 0) > 0
  );
}

/**
 * Puts `incoming` next to a person: every rater with input in `incoming` replaces that rater of the
 * person; the person's other rater, name, target and snapshots stay.
 */
export function mergeRaters(person: Person, incoming: Raters): Person {
  const raters: Raters = { ...person.raters };
  for (const role of ['self', 'manager'] as const) {
    if (raterHasInput(incoming, role)) raters[role] = incoming[role];
  }
  return { ...person, raters };
}

/**
 * The snapshot to measure change against: the newest one whose ratings differ from `raters`, so that
 * right after "Save snapshot" the change shown is still the change since the snapshot before.
 */
export function baselineSnapshot(person: Person, raters: Raters = person.raters): Snapshot | undefined {
  const now = canonical(raters);
  const differing = [...person.snapshots].reverse().find((snapshot) => canonical(snapshot.raters) !== now);
  return differing ?? person.snapshots.at(-1);
}

/** JSON with object keys sorted, so that equal ratings entered in a different order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
}
