/**
 * Immutable edits of an assessment, one per thing a rater can do in the form. They work on anything that
 * holds both raters: a saved assessment (v1), a person of the people list, a snapshot.
 */
import type { Rater, RaterRole, Raters } from '../assessment/raters';

type HasRaters = { raters: Raters };

function withRater<T extends HasRaters>(state: T, role: RaterRole, change: (rater: Rater) => Rater): T {
  return { ...state, raters: { ...state.raters, [role]: change(state.raters[role]) } };
}

export function setRating<T extends HasRaters>(
  state: T,
  role: RaterRole,
  competencyId: string,
  dimensionId: string,
  level: number,
): T {
  return withRater(state, role, (rater) => ({
    ...rater,
    ratings: { ...rater.ratings, [competencyId]: { ...rater.ratings[competencyId], [dimensionId]: level } },
  }));
}

export function setAntiSignal<T extends HasRaters>(
  state: T,
  role: RaterRole,
  competencyId: string,
  level: number,
  observed: boolean,
): T {
  return withRater(state, role, (rater) => {
    const others = (rater.antiSignals[competencyId] ?? []).filter((l) => l !== level);
    const next = observed ? [...others, level].sort((a, b) => a - b) : others;
    const antiSignals = { ...rater.antiSignals };
    if (next.length > 0) antiSignals[competencyId] = next;
    else delete antiSignals[competencyId];
    return { ...rater, antiSignals };
  });
}

/** Removes every rating and anti-signal of one competency for one rater. */
export function clearCompetency<T extends HasRaters>(state: T, role: RaterRole, competencyId: string): T {
  return withRater(state, role, (rater) => {
    const ratings = { ...rater.ratings };
    const antiSignals = { ...rater.antiSignals };
    delete ratings[competencyId];
    delete antiSignals[competencyId];
    return { ...rater, ratings, antiSignals };
  });
}

export function setNote<T extends HasRaters>(state: T, role: RaterRole, note: string): T {
  return withRater(state, role, (rater) => {
    const { note: _old, ...rest } = rater;
    return note === '' ? rest : { ...rest, note };
  });
}

/** Ticks or unticks one promotion criterion (key "<step id>-<criterion id>") as evidenced. */
export function setEvidence<T extends HasRaters>(state: T, role: RaterRole, key: string, ticked: boolean): T {
  return withRater(state, role, (rater) => {
    const others = (rater.evidence ?? []).filter((existing) => existing !== key);
    const evidence = ticked ? [...others, key].sort() : others;
    const { evidence: _old, ...rest } = rater;
    return evidence.length > 0 ? { ...rest, evidence } : rest;
  });
}

/** Puts one competency's ratings and anti-signals back as they were in `from` (the undo of a clear). */
export function restoreCompetency<T extends HasRaters>(
  state: T,
  role: RaterRole,
  competencyId: string,
  from: Rater,
): T {
  return withRater(state, role, (rater) => {
    const ratings = { ...rater.ratings };
    const antiSignals = { ...rater.antiSignals };
    const oldRatings = from.ratings[competencyId];
    const oldSignals = from.antiSignals[competencyId];
    if (oldRatings) ratings[competencyId] = oldRatings;
    else delete ratings[competencyId];
    if (oldSignals) antiSignals[competencyId] = oldSignals;
    else delete antiSignals[competencyId];
    return { ...rater, ratings, antiSignals };
  });
}
