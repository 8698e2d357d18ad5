/**
 * People as files: what "Export JSON" writes for one person, and how an imported file is read (a people list,
 * one person, or an assessment saved by the earlier calculator). Apart from people-format.ts because only the
 * export and import code (loaded when first used) needs it, not the calculator on load.
 */
import { isRecord, type KnownIds, type Raters } from './raters';
import { validateV1 } from './legacy/v1-assessment';
import { PEOPLE_VERSION, validatePeople, type Person } from './people-format';

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
  const single = validateV1(value, known);
  if (single.ok) return { ok: true, kind: 'assessment', raters: single.state.raters };
  return { ok: false, reason: single.reason.replace(/^saved assessment/, 'the file') };
}

/** One person as a file of its own (what "Export JSON" writes). */
export function personExport(trackId: string, person: Person) {
  return { version: PEOPLE_VERSION, track: trackId, ...(person.ladder ? { ladder: person.ladder } : {}), person };
}
