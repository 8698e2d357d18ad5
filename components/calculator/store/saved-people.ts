/**
 * Reading the people list from this browser: the current format (one key per track), else the earlier
 * calculator's single assessment, upgraded in memory (it is written in the new format on the first edit and
 * the old key is left as it was).
 */
import { V1_STORAGE_KEY, parseV1 } from '@lib/assessment/legacy/v1-assessment';
import { type KnownIds } from '@lib/assessment/raters';
import type { SavedRead } from '@lib/calculator/state/types';
import { FIRST_PERSON_ID, emptyPeople } from '@lib/calculator/people';
import { parsePeople, peopleStorageKey } from '@lib/assessment/people-format';
import { peopleFromV1 } from '@lib/assessment/legacy/v1-to-people';
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
  const earlier = readKey(V1_STORAGE_KEY);
  if (earlier.ok && earlier.value !== null) {
    // The earlier key was shared by every track: an assessment of another track is simply not ours.
    const any = parseV1(earlier.value);
    if (any.ok && any.state.track !== known.trackId) return { kind: 'none', people: emptyPeople(known.trackId) };
    const parsed = parseV1(earlier.value, known);
    if (!parsed.ok) return { kind: 'corrupt', reason: parsed.reason, raw: earlier.value, key: V1_STORAGE_KEY };
    const people = peopleFromV1(parsed.state);
    people.people[0]!.id = FIRST_PERSON_ID;
    return { kind: 'people', people };
  }
  return { kind: 'none', people: emptyPeople(known.trackId) };
}
