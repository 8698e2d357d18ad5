/**
 * What many calculator components read, given by context instead of props through every layer: the ladder
 * (its model and the ids saved data must match), and dispatch. Dispatch has a context of its own and never
 * changes, so a component that only dispatches does not re-render when the state does.
 */
import { createContext, useContext } from 'react';
import type { KnownIds } from '../../src/lib/assessment/raters';
import type { CalculatorModel } from '../../src/lib/calculator/model';
import type { Command } from '../../src/lib/calculator/state/types';

export interface Ladder {
  model: CalculatorModel;
  known: KnownIds;
}

export const LadderContext = createContext<Ladder | null>(null);
export const DispatchContext = createContext<((command: Command) => void) | null>(null);

function required<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} is used outside the calculator`);
  return value;
}

/** The ladder the calculator rates against. */
export const useLadder = (): Ladder => required(useContext(LadderContext), 'useLadder');
/** The ladder's model (a shorthand for useLadder().model). */
export const useModel = (): CalculatorModel => useLadder().model;
/** Sends a change to the calculator's state (src/lib/calculator/state/). */
export const useDispatch = () => required(useContext(DispatchContext), 'useDispatch');
