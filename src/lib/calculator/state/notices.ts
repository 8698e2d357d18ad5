/**
 * Adding and removing notices. Problems replace their own kind. Messages are calm: one Undo, for the last
 * change that can be undone, stays until it is used or dismissed, whatever is reported after it; messages
 * that only inform are few and go away by themselves (the hook dismisses them after MESSAGE_LIFETIME_MS).
 */
import type { CalculatorState, Command, Notice } from './types';

/** Informational messages shown at once; the one Undo comes on top. */
export const MAX_INFO_MESSAGES = 2;

/** How long an informational message stays: long enough to read twice, short enough not to pile up. */
export const MESSAGE_LIFETIME_MS = 8_000;

type Message = Extract<Notice, { kind: 'message' }>;

/** A message that only informs (it has no Undo), so it may go away by itself. */
export const isInfo = (notice: Notice): notice is Message => notice.kind === 'message' && !notice.undo;

/** A message with an Undo. */
export const isUndoable = (notice: Notice): notice is Message => notice.kind === 'message' && !!notice.undo;

export function addNotice(state: CalculatorState, notice: Notice): CalculatorState {
  if (notice.kind !== 'message') {
    return { ...state, notices: [...state.notices.filter((n) => n.kind !== notice.kind), notice] };
  }
  // A new Undo replaces the one before (only the last change can be undone from here); a new informational
  // message pushes out the oldest beyond the few kept, never the Undo.
  const kept = notice.undo ? state.notices.filter((n) => !isUndoable(n)) : state.notices;
  const infos = kept.filter(isInfo);
  const dropped = notice.undo ? [] : infos.slice(0, Math.max(0, infos.length - MAX_INFO_MESSAGES + 1));
  return { ...state, notices: [...kept.filter((n) => !dropped.includes(n as Message)), notice] };
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
  const notices = state.notices.filter((n) => !same(n));
  // An expiry for a message already gone changes nothing (the same state, so nothing re-renders).
  return notices.length === state.notices.length ? state : { ...state, notices };
}
