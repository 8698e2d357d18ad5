/**
 * What is written (saved, exported) records the ladder version it was made under, and a new snapshot its
 * scores as computed now: after a revision, History can show the score "then" beside the score under the
 * new ladder (docs/decisions/0012-ladder-versions.md).
 */
import { stampLadder, stampPerson, type People, type Person } from '../assessment/people-format';
import type { Raters } from '../assessment/raters';
import type { CalculatorModel } from './model';
import { assess, type Assessment } from './results';

/** A result's score as History shows it: "2.4", "2.1*" when provisional, "—" when nothing is rated. */
export const scoreLabel = (result: Assessment): string =>
  result.overall.scoreText ?? (result.overall.provisional ? `${result.overall.provisional.scoreText}*` : '—');

const scoresOf = (model: CalculatorModel) => (raters: Raters) => ({
  self: scoreLabel(assess(model, raters.self)),
  manager: scoreLabel(assess(model, raters.manager)),
});

export const stampedPeople = (model: CalculatorModel, people: People): People =>
  model.versions ? stampLadder(people, model.versions.current, scoresOf(model)) : people;

export const stampedPerson = (model: CalculatorModel, person: Person): Person =>
  model.versions ? stampPerson(person, model.versions.current, scoresOf(model)) : person;
