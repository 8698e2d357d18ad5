/**
 * Who is rating each person, as chosen in this browser: kept under a small key of its own per track (not in
 * the saved people format, so exports and share links stay as they are; decision 0022). What is read back is
 * untrusted: anything that is not a person id with a known rater is dropped.
 */
import { RATER_ROLES, type RaterRole } from '../../assessment/raters';

export type RaterChoices = Readonly<Record<string, RaterRole>>;

export const raterChoicesKey = (trackId: string) => `career-ladder:${trackId}:raters:v1`;

/** The choices read back from storage; damaged data reads as none, and an entry that is not a known rater is dropped. */
export function parseRaterChoices(raw: string | null | undefined): RaterChoices {
  try {
    const entries = Object.entries((JSON.parse(raw ?? '{}') as object | null) ?? {});
    return Object.fromEntries(entries.filter(([, role]) => RATER_ROLES.includes(role as RaterRole)));
  } catch {
    return {};
  }
}

/** The choices with one more made; people no longer in the list are forgotten, so the key stays small. */
export function withRaterChoice(choices: RaterChoices, id: string, role: RaterRole, ids: string[]): RaterChoices {
  return {
    ...Object.fromEntries(ids.filter((other) => choices[other]).map((other) => [other, choices[other]!])),
    [id]: role,
  };
}
