/**
 * Reading the people list from this browser: the current format (one key per track), else the earlier
 * calculator's single assessment, upgraded in memory (it is written in the new format on the first edit and
 * the old key is left as it was). The reader of the earlier format (saved-earlier.ts) loads only when the
 * calculator starts in a browser that holds that key and nothing newer (prepareSavedRead).
 */
import { type KnownIds } from '@lib/assessment/raters';
import type { SavedRead } from '@lib/calculator/state/types';
import { emptyPeople } from '@lib/calculator/people';
import { parsePeople, peopleStorageKey } from '@lib/assessment/people-format';
import { V1_STORAGE_KEY } from '@lib/assessment/legacy/v1-key';
import { readKey } from './storage';

let readEarlier: typeof import('./saved-earlier').readEarlier | undefined;

/**
 * Loads what reading this browser's data needs, before the first read. Only the earlier format's key with no
 * people list beside it needs more than the page carries; once a list is written (on the first edit) it is
 * read instead, so that key is never read again.
 */
export async function prepareSavedRead(known: KnownIds): Promise<void> {
  const current = readKey(peopleStorageKey(known.trackId));
  const earlier = readKey(V1_STORAGE_KEY);
  if (readEarlier || !current.ok || current.value !== null || !earlier.ok || earlier.value === null) return;
  readEarlier = (await import('./saved-earlier')).readEarlier;
}

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
  // Found on start (prepareSavedRead). A key the earlier calculator wrote after this page started (an old tab
  // still open) is left for the next visit, as it is.
  const earlier = readKey(V1_STORAGE_KEY);
  if (earlier.ok && earlier.value !== null && readEarlier) return readEarlier(earlier.value, known);
  return { kind: 'none', people: emptyPeople(known.trackId) };
}
