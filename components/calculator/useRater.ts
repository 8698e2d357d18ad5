/**
 * Who is rating on screen. Each person keeps the rater last chosen for them while the page is open; a person
 * seen for the first time gets the likely one: the browser's own first person ("Me") is rated by themselves,
 * anyone else added here by their manager (a manager who adds a report and rates them sees the ratings in
 * the team view and its CSV, which show manager ratings first), unless only a self-assessment arrived for
 * them. A shared link or file that holds only the other rater's ratings (an engineer's self-assessment opened
 * by their manager) switches to that rater, so what arrived is what is shown.
 */
import { useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment/raters';
import type { Person } from '../../src/lib/assessment/people-format';
import { FIRST_PERSON_ID, raterHasInput } from '../../src/lib/calculator/people';
import type { Incoming } from '../../src/lib/calculator/state/types';

/** The rater a person is shown with before anyone chose one for them. */
export function likelyRater(person: Person): RaterRole {
  if (person.id === FIRST_PERSON_ID) return 'self';
  const onlySelf = raterHasInput(person.raters, 'self') && !raterHasInput(person.raters, 'manager');
  return onlySelf ? 'self' : 'manager';
}

export function useRater(incoming: Incoming | null, person: Person): [RaterRole, (role: RaterRole) => void] {
  const [role, setRole] = useState<RaterRole>('self');
  const [chosen, setChosen] = useState<Readonly<Record<string, RaterRole>>>({});
  const [seen, setSeen] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState(person.id);
  const arrived = incoming?.person.id;
  // Adjusting state while rendering (React's pattern for "state derived from a prop change").
  if (arrived !== seen) {
    setSeen(arrived);
    setShown(person.id);
    const raters = incoming?.person.raters;
    const other: RaterRole = role === 'self' ? 'manager' : 'self';
    if (raters && !raterHasInput(raters, role) && raterHasInput(raters, other)) setRole(other);
  } else if (person.id !== shown) {
    setShown(person.id);
    setRole(chosen[person.id] ?? likelyRater(person));
  }
  const choose = (next: RaterRole) => {
    setRole(next);
    setChosen((current) => ({ ...current, [person.id]: next }));
  };
  return [role, choose];
}
