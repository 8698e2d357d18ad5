/**
 * Undo of "Clear all ratings" without losing work: the cleared ratings come back only where nothing was
 * rated since the clear; whatever the person rated, ticked or wrote after it stays as it is.
 */
import type { Rater, Raters } from '../../assessment/raters';
import { RATER_ROLES } from '../../assessment/raters';

export interface Refilled {
  raters: Raters;
  /** Cleared ratings not put back because the dimension was rated again since. */
  keptNewer: number;
}

function refillRater(now: Rater, cleared: Rater): { rater: Rater; keptNewer: number } {
  let keptNewer = 0;
  const ratings: Rater['ratings'] = { ...now.ratings };
  for (const [competencyId, dimensions] of Object.entries(cleared.ratings)) {
    const current = now.ratings[competencyId] ?? {};
    const merged = { ...current };
    for (const [dimensionId, level] of Object.entries(dimensions)) {
      if (current[dimensionId] === undefined) merged[dimensionId] = level;
      else if (current[dimensionId] !== level) keptNewer += 1;
    }
    ratings[competencyId] = merged;
  }
  const antiSignals: Rater['antiSignals'] = { ...now.antiSignals };
  for (const [competencyId, levels] of Object.entries(cleared.antiSignals)) {
    // Anti-signals are ticks: a competency ticked since keeps its own ticks.
    if ((now.antiSignals[competencyId] ?? []).length === 0) antiSignals[competencyId] = levels;
  }
  const rater: Rater = { ...now, ratings, antiSignals };
  if (!now.note?.trim() && cleared.note !== undefined) rater.note = cleared.note;
  if ((now.evidence?.length ?? 0) === 0 && cleared.evidence !== undefined) rater.evidence = cleared.evidence;
  return { rater, keptNewer };
}

/** `now` with the `cleared` ratings put back wherever nothing was rated since. */
export function refillCleared(now: Raters, cleared: Raters): Refilled {
  const raters = { ...now };
  let keptNewer = 0;
  for (const role of RATER_ROLES) {
    const refilled = refillRater(now[role], cleared[role]);
    raters[role] = refilled.rater;
    keptNewer += refilled.keptNewer;
  }
  return { raters, keptNewer };
}
