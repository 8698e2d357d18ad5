/**
 * Saved data of an older version, brought forward one step at a time rather than refused. Two versions can
 * travel with saved data (people lists, person exports):
 * - the format's own, `version`: how the JSON is laid out. Its steps are PEOPLE_FORMAT_STEPS, applied by
 *   migrateSaved() before the data is checked against the current shape;
 * - the ladder's, `ladder`: which revision of the ladder the ratings were made against (dimensions renamed,
 *   merged or retired between revisions). Its steps are LADDER_STEPS, applied by migrateLadder() after the
 *   data is checked, since they need the ratings in the current format.
 * A reader refuses only what is newer than it knows or has no path forward, and says which version it was.
 */
import type { People } from './people-format';

/** One step of a format: the JSON of version `from` rewritten as version `to`. */
export interface FormatStep {
  from: number;
  to: number;
  migrate: (value: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Format steps of the people list, oldest first. Format 2 is the first people list, so there are none yet:
 * format 1 was a single assessment under another key, read by legacy/v1-assessment.ts and turned into a
 * list by legacy/v1-to-people.ts. A format 3 adds `{ from: 2, to: 3, migrate }` here.
 */
export const PEOPLE_FORMAT_STEPS: readonly FormatStep[] = [];

export type Migrated = { ok: true; value: Record<string, unknown> } | { ok: false; version: unknown };

/** `value` (of format `value.version`) brought up to `current` by `steps`; fails when no step leads on. */
export function migrateSaved(
  value: Record<string, unknown>,
  current: number,
  steps: readonly FormatStep[] = PEOPLE_FORMAT_STEPS,
): Migrated {
  let migrated = value;
  while (migrated.version !== current) {
    const step = steps.find((candidate) => candidate.from === migrated.version);
    if (!step) return { ok: false, version: value.version };
    migrated = { ...step.migrate(migrated), version: step.to };
  }
  return { ok: true, value: migrated };
}

/** One ladder revision: the ratings of a list made under ladder version `from`, as they read under `to`. */
export interface LadderStep {
  from: string;
  to: string;
  migrate: (people: People) => People;
}

/**
 * Ladder revision steps of a whole list, oldest first: none. Ladder versions are carried per person instead
 * (each person and snapshot records its own version), by people-format.ts's carryForward() with the
 * releases the page carries (ladder-versions.ts); this seam stays for a change that is not in the releases.
 */
export const LADDER_STEPS: readonly LadderStep[] = [];

/** A valid list made under ladder version `from` (absent: before ladders had versions), brought up to date. */
export function migrateLadder(people: People, steps: readonly LadderStep[] = LADDER_STEPS): People {
  let migrated = people;
  for (
    let step = steps.find((s) => s.from === migrated.ladder);
    step;
    step = steps.find((s) => s.from === migrated.ladder)
  ) {
    migrated = { ...step.migrate(migrated), ladder: step.to };
  }
  return migrated;
}
