/**
 * Who is rating each person, as chosen in this browser: kept under a small key of its own per track (not in
 * the saved people format, so exports and share links stay as they are; decision 0022). What is read back is
 * untrusted: anything that is not a person id with a known rater is dropped.
 */
import { RATER_ROLES, type RaterRole } from '../../assessment/raters';

export type RaterChoices = Readonly<Record<string, RaterRole>>;

export const raterChoicesKey = (trackId: string) => `career-ladder:${trackId}:raters:v1`;

/** The choices read back from storage; damaged or foreign data reads as no choice at all. */
export function parseRaterChoices(raw: string | null | undefined): RaterChoices {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '{}');
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const choices: Record<string, RaterRole> = {};
  for (const [id, role] of Object.entries(value)) {
    if (RATER_ROLES.includes(role as RaterRole)) choices[id] = role as RaterRole;
  }
  return choices;
}

/** The choices with one more made; people no longer in the list are forgotten, so the key stays small. */
export function withRaterChoice(choices: RaterChoices, id: string, role: RaterRole, ids: string[]): RaterChoices {
  const kept: Record<string, RaterRole> = {};
  for (const other of ids) if (choices[other]) kept[other] = choices[other];
  kept[id] = role;
  return kept;
}
