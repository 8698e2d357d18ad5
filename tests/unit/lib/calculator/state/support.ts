/** States and actions for the reducer's tests: a loaded calculator with some people, and a fixed clock. */
import { knownIds } from '@lib/calculator/model';
import { addPerson, emptyPeople, newPerson } from '@lib/calculator/people';
import { type People, type Person } from '@lib/assessment/people-format';
import {
  calculatorReducer,
  initialState,
  type Action,
  type CalculatorState,
  type Command,
} from '@lib/calculator/state/reducer';
import { blankRater, raterWith, seedModel } from '../support';

export const track = seedModel.track.id;
export const known = knownIds(seedModel);
export const NOW = '2026-03-01T09:00:00.000Z';
export const LATER = '2026-03-02T09:00:00.000Z';

/** A person with every dimension rated `level` by the self-assessment. */
export function ratedPerson(name: string, level = 3): Person {
  const raters = { self: raterWith(seedModel, level), manager: blankRater() };
  return { ...newPerson(name, undefined, new Date(NOW)), raters };
}

export function listOf(...people: Person[]): People {
  return people.reduce(addPerson, emptyPeople(track));
}

/** A calculator that has read `saved` from storage (persist mode) with nothing else going on. */
export function loadedWith(people: People, persist = true): CalculatorState {
  return calculatorReducer(initialState(track, persist, NOW), {
    type: 'loaded',
    persist,
    saved: { kind: 'people', people },
    link: null,
    carryId: 'carried',
  });
}

/** Runs commands as the hook would, at NOW, without another tab's save. */
export function run(state: CalculatorState, ...commands: Command[]): CalculatorState {
  return commands.reduce((current, command) => calculatorReducer(current, { ...command, now: NOW } as Action), state);
}

export const messages = (state: CalculatorState) =>
  state.notices.flatMap((notice) => (notice.kind === 'message' ? [notice] : []));

export const names = (state: CalculatorState) => state.people.people.map((person) => person.name);
