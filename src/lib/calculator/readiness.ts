/**
 * Machine-checkable promotion requirements, e.g. "L3 in all competencies" or
 * "L4 in at least one of architecture / mentoring", checked against levels.
 */
import type { Check } from '../ladder/schemas';

/**
 * A promotion criterion's check (checkSchema) with its level as a rank: the listed competencies (or 'all')
 * must reach `atLeast`, every one of them or, with mode 'any', at least one.
 */
export type Requirement = Pick<Check, 'competencies'> & Partial<Pick<Check, 'mode'>> & { atLeast: number };

export interface Shortfall {
  id: string;
  level: number;
  /** How many levels below `atLeast` (always >= 1). */
  by: number;
}

export interface RequirementResult {
  requirement: Requirement;
  met: boolean;
  /** Rated competencies below `atLeast`, in the order they were listed. */
  shortfalls: Shortfall[];
  /** Listed competencies with no level yet; they count as not reaching `atLeast`. */
  unrated: string[];
}

function resolveIds(requirement: Requirement, competencyIds: readonly string[]): readonly string[] {
  if (requirement.competencies === 'all') return competencyIds;
  const known = new Set(competencyIds);
  const unknown = requirement.competencies.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(`requirement names unknown competencies: ${unknown.join(', ')}`);
  }
  if (requirement.competencies.length === 0) {
    throw new Error('requirement lists no competencies');
  }
  return requirement.competencies;
}

/** Evaluate one requirement. `competencyIds` is the track's full list (used for 'all' and to catch typos). */
export function evaluateRequirement(
  requirement: Requirement,
  levels: Readonly<Record<string, number | null | undefined>>,
  competencyIds: readonly string[],
): RequirementResult {
  if (!Number.isInteger(requirement.atLeast) || requirement.atLeast < 1) {
    throw new Error(`requirement atLeast is ${requirement.atLeast}; expected a positive integer level`);
  }
  const ids = resolveIds(requirement, competencyIds);
  const shortfalls: Shortfall[] = [];
  const unrated: string[] = [];
  let reached = 0;
  for (const id of ids) {
    const level = levels[id];
    if (level === null || level === undefined) unrated.push(id);
    else if (level < requirement.atLeast) shortfalls.push({ id, level, by: requirement.atLeast - level });
    else reached++;
  }
  const met = (requirement.mode ?? 'all') === 'any' ? reached > 0 : reached === ids.length;
  return { requirement, met, shortfalls, unrated };
}
