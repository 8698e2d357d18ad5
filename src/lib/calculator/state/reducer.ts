/**
 * The calculator's state machine: `(state, action) => state`, pure, unit-tested case by case
 * (tests/unit/lib/calculator/state/). Rules that keep people's data safe, all of them here:
 * - a change to the list is applied to what is saved now (see Synced), so two tabs editing different
 *   dimensions both keep their edits;
 * - damaged saved data is reported, kept, and never written over until the person chooses to start over;
 * - a shared link or an imported file is shown first and saved only when the person chooses how (a new
 *   person, next to an existing one, or replacing one);
 * - deleting, clearing, replacing and importing are reported with an Undo (an action of its own).
 */
import { loaded, openLink, savedElsewhere, startOver } from './load';
import { addNotice, dismiss, inform } from './notices';
import { reduceList } from './people-actions';
import type { Action, CalculatorState } from './types';

export { activePerson, initialState } from './load';
export type * from './types';

export function calculatorReducer(state: CalculatorState, action: Action): CalculatorState {
  switch (action.type) {
    case 'loaded':
      return loaded(state, action);
    case 'link':
      return openLink(state, action.link);
    case 'saved-elsewhere':
      return savedElsewhere(state, action.saved);
    case 'select':
      return { ...state, activeId: action.id };
    case 'receive':
      return { ...state, incoming: action.incoming };
    case 'start-over':
      return startOver(state);
    case 'restore-damaged':
      return state;
    case 'dismiss':
      return dismiss(state, action.notice);
    case 'inform':
      return inform(state, action.text, action.undo);
    case 'storage-refused':
      return addNotice(state, { kind: 'no-storage' });
    default:
      return reduceList(state, action);
  }
}

/** True for the actions that change the people list (the hook reads what is saved first, and writes after). */
export function changesList(action: Action): action is Extract<Action, { saved?: unknown }> {
  return !VIEW_ACTIONS.has(action.type);
}

const VIEW_ACTIONS = new Set<Action['type']>([
  'loaded',
  'link',
  'saved-elsewhere',
  'select',
  'receive',
  'start-over',
  'restore-damaged',
  'dismiss',
  'inform',
  'storage-refused',
]);
