/**
 * The earlier calculator's single assessment (format 1), read as a people list of one: loaded by
 * saved-people.ts only when this browser holds that key and nothing newer.
 */
import { parseV1 } from '@lib/assessment/legacy/v1-assessment';
import { V1_STORAGE_KEY } from '@lib/assessment/legacy/v1-key';
import { peopleFromV1 } from '@lib/assessment/legacy/v1-to-people';
import type { KnownIds } from '@lib/assessment/raters';
import { FIRST_PERSON_ID, emptyPeople } from '@lib/calculator/people';
import type { SavedRead } from '@lib/calculator/state/types';

export function readEarlier(raw: string, known: KnownIds): SavedRead {
  // The earlier key was shared by every track: an assessment of another track is simply not ours.
  const any = parseV1(raw);
  if (any.ok && any.state.track !== known.trackId) return { kind: 'none', people: emptyPeople(known.trackId) };
  const parsed = parseV1(raw, known);
  if (!parsed.ok) return { kind: 'corrupt', reason: parsed.reason, raw, key: V1_STORAGE_KEY };
  const people = peopleFromV1(parsed.state);
  people.people[0]!.id = FIRST_PERSON_ID;
  return { kind: 'people', people };
}
