/**
 * Format 1, the earlier calculator's single anonymous assessment (both raters, no name), as it saved it in
 * localStorage under one key shared by every track. Still read, never written: it becomes the first person
 * of a people list (format 2) the first time it is read.
 */
import { checkRaters, isRecord, joinProblems, ratersSchema, type KnownIds } from '../raters';
import { checkShape, literal, nonEmptyString, object, type Infer } from '../shape';
import { V1_VERSION } from './v1-key';

export { V1_STORAGE_KEY, V1_VERSION } from './v1-key';

// Generous: a full assessment is a few kilobytes; anything far larger is not ours.
const MAX_JSON_CHARS = 200_000;

const v1Schema = object({
  version: literal(V1_VERSION),
  track: nonEmptyString(),
  raters: ratersSchema,
});

/** The earlier calculator's saved assessment (also what its JSON export and its links held). */
export type V1Assessment = Infer<typeof v1Schema>;

export type V1Parse = { ok: true; state: V1Assessment } | { ok: false; reason: string };

/** The track check plus the value checks of both raters. */
function checkValues(state: V1Assessment, known: KnownIds | undefined): string[] {
  const problems: string[] = [];
  if (known && state.track !== known.trackId) {
    problems.push(`saved assessment is for track '${state.track}', not '${known.trackId}'`);
  }
  return [...problems, ...checkRaters(state.raters, known)];
}

/** Validate an already-parsed value (from JSON) as a format 1 assessment. */
export function validateV1(value: unknown, known?: KnownIds): V1Parse {
  if (!isRecord(value)) {
    return { ok: false, reason: 'saved assessment is not an object' };
  }
  if (value.version !== V1_VERSION) {
    const found = value.version === undefined ? 'has no version' : `is version ${JSON.stringify(value.version)}`;
    return { ok: false, reason: `saved assessment ${found}; this calculator reads version ${V1_VERSION}` };
  }
  const parsed = checkShape(v1Schema, value);
  if (!parsed.ok) return { ok: false, reason: `saved assessment has the wrong shape: ${parsed.problem}` };
  const problems = checkValues(parsed.value, known);
  if (problems.length > 0) return { ok: false, reason: joinProblems(problems) };
  return { ok: true, state: parsed.value };
}

/** Parse what localStorage returned under V1_STORAGE_KEY. Never throws. */
export function parseV1(json: string | null, known?: KnownIds): V1Parse {
  if (json === null || json.trim() === '') return { ok: false, reason: 'no saved assessment' };
  if (json.length > MAX_JSON_CHARS) return { ok: false, reason: 'saved assessment is too large to be ours' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'saved assessment is not valid JSON (it may be corrupted)' };
  }
  return validateV1(value, known);
}
