/**
 * Who is rating on screen. A shared link or file that holds only the other rater's ratings (an engineer's
 * self-assessment opened by their manager) switches to that rater, so what arrived is what is shown.
 */
import { useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment/raters';
import { raterHasInput } from '../../src/lib/calculator/people';
import type { Incoming } from '../../src/lib/calculator/state/types';

export function useRater(incoming: Incoming | null): [RaterRole, (role: RaterRole) => void] {
  const [role, setRole] = useState<RaterRole>('self');
  const [seen, setSeen] = useState<string | undefined>(undefined);
  const arrived = incoming?.person.id;
  // Adjusting state while rendering (React's pattern for "state derived from a prop change").
  if (arrived !== seen) {
    setSeen(arrived);
    const raters = incoming?.person.raters;
    const other: RaterRole = role === 'self' ? 'manager' : 'self';
    if (raters && !raterHasInput(raters, role) && raterHasInput(raters, other)) setRole(other);
  }
  return [role, setRole];
}
