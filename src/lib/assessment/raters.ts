/**
 * The assessment input: what the two raters (the self-assessment and the manager) rated, per dimension,
 * with anti-signals, a note and ticked promotion evidence. Every saved format, share link and export holds
 * it; the result computed from it is an Assessment (src/lib/calculator/results.ts).
 */
import type { LadderVersions } from './ladder-versions';
import { array, number, object, optional, record, string, type Infer } from './shape';

/** The raters, in the order links pack them and screens list them. */
export const RATER_ROLES = ['self', 'manager'] as const;
export type RaterRole = (typeof RATER_ROLES)[number];

/** What the calculator calls each rater (in messages, lowercased: "self-assessment", "manager"). */
export const RATER_NAMES: Record<RaterRole, string> = { self: 'Self-assessment', manager: 'Manager' };

const MAX_NOTE_CHARS = 5_000;
const MAX_EVIDENCE_ITEMS = 500;

// Ratings are checked for range in checkRaters() so the message can name the dimension.
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

export type Rater = Infer<typeof raterSchema>;
export type Raters = Infer<typeof ratersSchema>;

/** What the current track allows; lets the parser reject stale or foreign data clearly. */
export interface KnownIds {
  trackId: string;
  levelCount: number;
  /** Dimension ids per competency id. */
  competencies: Readonly<Record<string, readonly string[]>>;
  /** The track's releases, when it has any: older saved data is carried forward (ladder-versions.ts). */
  versions?: LadderVersions;
}

/** Both raters with nothing rated yet. */
export function blankRaters(): Raters {
  return { self: { ratings: {}, antiSignals: {} }, manager: { ratings: {}, antiSignals: {} } };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Value checks that need the dimension names for a useful message; range only when known. `prefix` names
 * whose raters these are in messages (a person's name), empty for a single assessment.
 */
export function checkRaters(raters: Raters, known: KnownIds | undefined, prefix = ''): string[] {
  const max = known?.levelCount;
  const expected = max === undefined ? 'expected a whole number from 1' : `expected 1 to ${max}`;
  const inRange = (value: number) => Number.isInteger(value) && value >= 1 && (max === undefined || value <= max);
  // A Map, not the plain object: ids like "constructor" must not hit Object.prototype.
  const dimensionsOf = known ? new Map(Object.entries(known.competencies)) : undefined;
  return RATER_ROLES.flatMap((role) => {
    const label = `${prefix}${RATER_NAMES[role].toLowerCase()}`;
    const rater = raters[role];
    const problems: string[] = [];
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
        if (!inRange(level)) problems.push(`${label}: anti-signal level ${level} of '${competencyId}'; ${expected}`);
      }
    }
    return problems;
  });
}

export function joinProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown} (and ${problems.length - 3} more)` : shown;
}
