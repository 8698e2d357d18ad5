/** Adding and removing notices: problems replace their own kind, messages pile up to a few. */
import type { CalculatorState, Command, Notice } from './types';

/** How many messages stay: an undo a minute old is still useful, a pile of them is not. */
export const MAX_MESSAGES = 3;

export function addNotice(state: CalculatorState, notice: Notice): CalculatorState {
  const others = notice.kind === 'message' ? state.notices : state.notices.filter((n) => n.kind !== notice.kind);
  const messages = others.filter((n) => n.kind === 'message');
  const dropped = messages.length >= MAX_MESSAGES ? messages[0] : undefined;
  return { ...state, notices: [...others.filter((n) => n !== dropped), notice] };
}

/** A message about what just happened, with the action that undoes it when it destroyed something. */
export function inform(state: CalculatorState, text: string, undo?: Command): CalculatorState {
  const id = state.nextMessageId;
  const message: Notice = { kind: 'message', id, text, ...(undo ? { undo } : {}) };
  return addNotice({ ...state, nextMessageId: id + 1 }, message);
}

/** Removes a notice: a message by its id, a problem by its kind. */
export function dismiss(state: CalculatorState, notice: Notice): CalculatorState {
  const same = (n: Notice) =>
    notice.kind === 'message' ? n.kind === 'message' && n.id === notice.id : n.kind === notice.kind;
  return { ...state, notices: state.notices.filter((n) => !same(n)) };
}
