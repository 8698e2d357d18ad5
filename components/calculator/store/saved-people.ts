/**
 * Reading the people list from this browser: the current format (one key per track), else the earlier
 * calculator's single assessment, upgraded in memory (it is written in the new format on the first edit and
 * the old key is left as it was).
 */
import { STORAGE_KEY, parseSavedState, type KnownIds } from '../../../src/lib/assessment-state';
import type { SavedRead } from '../../../src/lib/calculator/state/types';
import {
  FIRST_PERSON_ID,
  emptyPeople,
  parsePeople,
  peopleFromAssessment,
  peopleStorageKey,
} from '../../../src/lib/calculator/people';
import { readKey } from './storage';

export function readSavedPeople(known: KnownIds): SavedRead {
  const key = peopleStorageKey(known.trackId);
  const current = readKey(key);
  if (!current.ok) return { kind: 'no-storage', people: emptyPeople(known.trackId) };
  if (current.value !== null) {
    const parsed = parsePeople(current.value, known);
    return parsed.ok
      ? { kind: 'people', people: parsed.people }
      : { kind: 'corrupt', reason: parsed.reason, raw: current.value, key };
  }
  const earlier = readKey(STORAGE_KEY);
  if (earlier.ok && earlier.value !== null) {
    // The earlier key was shared by every track: an assessment of another track is simply not ours.
    const any = parseSavedState(earlier.value);
    if (any.ok && any.state.track !== known.trackId) return { kind: 'none', people: emptyPeople(known.trackId) };
    const parsed = parseSavedState(earlier.value, known);
    if (!parsed.ok) return { kind: 'corrupt', reason: parsed.reason, raw: earlier.value, key: STORAGE_KEY };
    const people = peopleFromAssessment(parsed.state);
    people.people[0]!.id = FIRST_PERSON_ID;
    return { kind: 'people', people };
  }
  return { kind: 'none', people: emptyPeople(known.trackId) };
}
