/** Immutable edits of the assessment state, one per thing a rater can do in the form. */
import type { AssessmentState, Rater, RaterRole } from '../assessment-state';

function withRater(state: AssessmentState, role: RaterRole, change: (rater: Rater) => Rater): AssessmentState {
  return { ...state, raters: { ...state.raters, [role]: change(state.raters[role]) } };
}

export function setRating(
  state: AssessmentState,
  role: RaterRole,
  competencyId: string,
  dimensionId: string,
  level: number,
): AssessmentState {
  return withRater(state, role, (rater) => ({
    ...rater,
    ratings: { ...rater.ratings, [competencyId]: { ...rater.ratings[competencyId], [dimensionId]: level } },
  }));
}

export function setAntiSignal(
  state: AssessmentState,
  role: RaterRole,
  competencyId: string,
  level: number,
  observed: boolean,
): AssessmentState {
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
export function clearCompetency(state: AssessmentState, role: RaterRole, competencyId: string): AssessmentState {
  return withRater(state, role, (rater) => {
    const ratings = { ...rater.ratings };
    const antiSignals = { ...rater.antiSignals };
    delete ratings[competencyId];
    delete antiSignals[competencyId];
    return { ...rater, ratings, antiSignals };
  });
}

export function setNote(state: AssessmentState, role: RaterRole, note: string): AssessmentState {
  return withRater(state, role, (rater) => {
    const { note: _old, ...rest } = rater;
    return note === '' ? rest : { ...rest, note };
  });
}

/** Ticks or unticks one promotion criterion (key "<step id>-<criterion id>") as evidenced. */
export function setEvidence(state: AssessmentState, role: RaterRole, key: string, ticked: boolean): AssessmentState {
  return withRater(state, role, (rater) => {
    const others = (rater.evidence ?? []).filter((existing) => existing !== key);
    const evidence = ticked ? [...others, key].sort() : others;
    const { evidence: _old, ...rest } = rater;
    return evidence.length > 0 ? { ...rest, evidence } : rest;
  });
}
