/**
 * Who is rating on screen. Each person keeps the rater last chosen for them, in this browser across reloads
 * and tabs (a key of its own per track, state/rater-choices.ts; only in memory while the page may not use
 * storage). A person never chosen for gets the likely one: the browser's own first person ("Me") is rated by
 * themselves, anyone else added here by their manager (a manager who adds a report and rates them sees the
 * ratings in the team view and its CSV, which show manager ratings first), unless only a self-assessment
 * arrived for them. A shared link or file that holds only the other rater's ratings (an engineer's
 * self-assessment opened by their manager) switches to that rater, so what arrived is what is shown.
 */
import { useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment/raters';
import type { Person } from '../../src/lib/assessment/people-format';
import { FIRST_PERSON_ID, raterHasInput } from '../../src/lib/calculator/people';
import type { CalculatorState } from '../../src/lib/calculator/state/types';
import { parseRaterChoices, raterChoicesKey, withRaterChoice } from '../../src/lib/calculator/state/rater-choices';
import { readKey, writeKey } from './store/storage';

/** The rater a person is shown with before anyone chose one for them. */
export function likelyRater(person: Person): RaterRole {
  if (person.id === FIRST_PERSON_ID) return 'self';
  const onlySelf = raterHasInput(person.raters, 'self') && !raterHasInput(person.raters, 'manager');
  return onlySelf ? 'self' : 'manager';
}

/** The choices saved in this browser (none in memory mode, or when storage refuses). */
function savedChoices(state: CalculatorState) {
  const read = state.persist ? readKey(raterChoicesKey(state.people.track)) : undefined;
  return parseRaterChoices(read?.ok ? read.value : null);
}

export function useRater(state: CalculatorState, person: Person): [RaterRole, (role: RaterRole) => void] {
  const { incoming, loaded } = state;
  const [role, setRole] = useState<RaterRole>('self');
  const [chosen, setChosen] = useState<Readonly<Record<string, RaterRole>>>({});
  const [seen, setSeen] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState(person.id);
  // The first person is already on screen before the browser's state is read: their saved choice applies then.
  const [readSaved, setReadSaved] = useState(loaded);
  const arrived = incoming?.person.id;
  // Adjusting state while rendering (React's pattern for "state derived from a prop change"). Storage is read
  // only once the state is loaded or the person changed, both after hydration, so the server render agrees.
  if (arrived !== seen) {
    setSeen(arrived);
    setShown(person.id);
    setReadSaved(loaded);
    const raters = incoming?.person.raters;
    const other: RaterRole = role === 'self' ? 'manager' : 'self';
    if (raters && !raterHasInput(raters, role) && raterHasInput(raters, other)) setRole(other);
  } else if (person.id !== shown || loaded !== readSaved) {
    setShown(person.id);
    setReadSaved(loaded);
    setRole(chosen[person.id] ?? savedChoices(state)[person.id] ?? likelyRater(person));
  }
  const choose = (next: RaterRole) => {
    setRole(next);
    setChosen((current) => ({ ...current, [person.id]: next }));
    if (!state.persist) return;
    const ids = state.people.people.map((p) => p.id);
    writeKey(
      raterChoicesKey(state.people.track),
      JSON.stringify(withRaterChoice(savedChoices(state), person.id, next, ids)),
    );
  };
  return [role, choose];
}
