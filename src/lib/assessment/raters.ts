/**
 * The calculator's browser state: what the self-assessment and the manager
 * rated. Saved in localStorage and shareable via the URL fragment (which never
 * leaves the browser). Everything read back is untrusted, so parsing never
 * throws and explains what is wrong in words a user can act on.
 */

import {
  array,
  checkShape,
  literal,
  nonEmptyString,
  number,
  object,
  optional,
  record,
  string,
  type Infer,
} from './saved-shape';

export const STATE_VERSION = 1;
export const STORAGE_KEY = `career-ladder:assessment:v${STATE_VERSION}`;
/** Marks our part of the URL fragment so it cannot be confused with an in-page anchor. */
export const SHARE_FRAGMENT_PREFIX = 'assessment=';

// Generous limits: a full assessment is a few kilobytes; anything far larger is not ours.
const MAX_JSON_CHARS = 200_000;
const MAX_FRAGMENT_CHARS = 100_000;
const MAX_NOTE_CHARS = 5_000;
const MAX_EVIDENCE_ITEMS = 500;

// Ratings are checked for range in checkValues() so the message can name the dimension.
export const raterSchema = object({
  /** Level (1..N) per dimension id, per competency id. */
  ratings: record(record(number)),
  /** Levels whose anti-signal was observed, per competency id. */
  antiSignals: record(array(number)),
  note: optional(string(MAX_NOTE_CHARS)),
  /** Promotion criteria the rater ticked as evidenced, as "<step id>-<criterion id>" keys. */
  evidence: optional(array(string(200), MAX_EVIDENCE_ITEMS)),
});

/** Both raters' input: the self-assessment and the manager's ratings. */
export const ratersSchema = object({ self: raterSchema, manager: raterSchema });

const stateSchema = object({
  version: literal(STATE_VERSION),
  track: nonEmptyString(),
  raters: ratersSchema,
});

export type Rater = Infer<typeof raterSchema>;
export type Raters = Infer<typeof ratersSchema>;
export type AssessmentState = Infer<typeof stateSchema>;
export type RaterRole = keyof AssessmentState['raters'];

export type ParseResult = { ok: true; state: AssessmentState } | { ok: false; reason: string };

/** What the current track allows; lets the parser reject stale or foreign data clearly. */
export interface KnownIds {
  trackId: string;
  levelCount: number;
  /** Dimension ids per competency id. */
  competencies: Readonly<Record<string, readonly string[]>>;
}

const RATER_LABELS: Record<RaterRole, string> = { self: 'self-assessment', manager: 'manager' };

/** Both raters with nothing rated yet. */
export function blankRaters(): Raters {
  return { self: { ratings: {}, antiSignals: {} }, manager: { ratings: {}, antiSignals: {} } };
}

/** A blank state for a track: nothing rated yet. */
export function emptyState(trackId: string): AssessmentState {
  return { version: STATE_VERSION, track: trackId, raters: blankRaters() };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Value checks that need the dimension names for a useful message; range only when known. `prefix` names
 * whose raters these are in messages (a person's name), empty for a single assessment.
 */
export function checkRaters(raters: Raters, known: KnownIds | undefined, prefix = ''): string[] {
  const problems: string[] = [];
  const max = known?.levelCount;
  const expected = max === undefined ? 'expected a whole number from 1' : `expected 1 to ${max}`;
  const inRange = (value: number) => Number.isInteger(value) && value >= 1 && (max === undefined || value <= max);
  // A Map, not the plain object: ids like "constructor" must not hit Object.prototype.
  const dimensionsOf = known ? new Map(Object.entries(known.competencies)) : undefined;

  for (const role of Object.keys(RATER_LABELS) as RaterRole[]) {
    const label = `${prefix}${RATER_LABELS[role]}`;
    const rater = raters[role];
    for (const [competencyId, dimensions] of Object.entries(rater.ratings)) {
      const knownDimensions = dimensionsOf?.get(competencyId);
      if (dimensionsOf && !knownDimensions) {
        problems.push(`${label}: unknown competency '${competencyId}'`);
        continue;
      }
      for (const [dimensionId, rating] of Object.entries(dimensions)) {
        if (knownDimensions && !knownDimensions.includes(dimensionId)) {
          problems.push(`${label}: unknown dimension '${dimensionId}' of '${competencyId}'`);
        } else if (!inRange(rating)) {
          problems.push(
            `${label}: rating for dimension '${dimensionId}' of '${competencyId}' is ${rating}; ${expected}`,
          );
        }
      }
    }
    for (const [competencyId, levels] of Object.entries(rater.antiSignals)) {
      if (dimensionsOf && !dimensionsOf.has(competencyId)) {
        problems.push(`${label}: anti-signal for unknown competency '${competencyId}'`);
        continue;
      }
      for (const level of levels) {
        if (!inRange(level)) {
          problems.push(`${label}: anti-signal level ${level} of '${competencyId}'; ${expected}`);
        }
      }
    }
  }
  return problems;
}

/** The track check plus the value checks of both raters. */
function checkValues(state: AssessmentState, known: KnownIds | undefined): string[] {
  const problems: string[] = [];
  if (known && state.track !== known.trackId) {
    problems.push(`saved assessment is for track '${state.track}', not '${known.trackId}'`);
  }
  return [...problems, ...checkRaters(state.raters, known)];
}

export function joinProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown} (and ${problems.length - 3} more)` : shown;
}

/** Validate an already-parsed value (from JSON) as a state. */
export function validateState(value: unknown, known?: KnownIds): ParseResult {
  if (!isRecord(value)) {
    return { ok: false, reason: 'saved assessment is not an object' };
  }
  if (value.version !== STATE_VERSION) {
    const found = value.version === undefined ? 'has no version' : `is version ${JSON.stringify(value.version)}`;
    return { ok: false, reason: `saved assessment ${found}; this calculator reads version ${STATE_VERSION}` };
  }
  const parsed = checkShape(stateSchema, value);
  if (!parsed.ok) return { ok: false, reason: `saved assessment has the wrong shape: ${parsed.problem}` };
  const problems = checkValues(parsed.value, known);
  if (problems.length > 0) return { ok: false, reason: joinProblems(problems) };
  return { ok: true, state: parsed.value };
}

/** Parse what localStorage returned. Never throws. */
export function parseSavedState(json: string | null, known?: KnownIds): ParseResult {
  if (json === null || json.trim() === '') return { ok: false, reason: 'no saved assessment' };
  if (json.length > MAX_JSON_CHARS) return { ok: false, reason: 'saved assessment is too large to be ours' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'saved assessment is not valid JSON (it may be corrupted)' };
  }
  return validateState(value, known);
}

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decoded text, or null when the input is not valid base64url of UTF-8. */
export function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** 32-bit FNV-1a of a text's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * FNV-1a of the payload text, as 8 hex digits. Not security: it catches a link that was cut short or
 * mangled in copy-paste. Every single-character change alters it (each FNV-1a step is a bijection of the
 * running hash).
 */
function checksum(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

export const DAMAGED_LINK = 'the shared link is damaged or incomplete; check that the whole link was copied';

/** Fragment text (without '#') carrying the state: "assessment=<base64url JSON>.<checksum>". */
export function encodeShareFragment(state: AssessmentState): string {
  const payload = toBase64Url(JSON.stringify(state));
  return `${SHARE_FRAGMENT_PREFIX}${payload}.${checksum(payload)}`;
}

/** Read a fragment produced by encodeShareFragment (leading '#' optional). Never throws. */
export function decodeShareFragment(fragment: string, known?: KnownIds): ParseResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(SHARE_FRAGMENT_PREFIX)) {
    return { ok: false, reason: 'the link does not contain a shared assessment' };
  }
  const body = text.slice(SHARE_FRAGMENT_PREFIX.length);
  if (body.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'the shared assessment is too large' };
  const separator = body.lastIndexOf('.');
  const payload = body.slice(0, separator);
  if (separator < 0 || body.slice(separator + 1) !== checksum(payload)) return { ok: false, reason: DAMAGED_LINK };
  const json = fromBase64Url(payload);
  if (json === null) return { ok: false, reason: DAMAGED_LINK };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: DAMAGED_LINK };
  }
  return validateState(value, known);
}
