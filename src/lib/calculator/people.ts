/**
 * The people a calculator keeps in one browser, and the immutable edits on them: a manager with six reports
 * keeps six people; an engineer keeps one. Their saved format is src/lib/assessment/people-format.ts.
 */
import { RATER_ROLES, blankRaters, isRecord, type Raters } from '../assessment/raters';
import {
  MAX_NAME_CHARS,
  MAX_SNAPSHOTS,
  PEOPLE_VERSION,
  type People,
  type Person,
  type Snapshot,
} from '../assessment/people-format';

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
  for (const role of RATER_ROLES) {
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
