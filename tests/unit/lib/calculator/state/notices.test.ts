/** Calm messages: one Undo for the last undoable change, surviving what comes after; few informational ones. */
import { describe, expect, it } from 'vitest';
import { newPerson } from '@lib/calculator/people';
import { MAX_INFO_MESSAGES, isInfo, isUndoable } from '@lib/calculator/state/notices';
import { listOf, loadedWith, messages, names, ratedPerson, run } from './support';

const inform = (text: string) => ({ type: 'inform' as const, text });

describe('messages', () => {
  it('keep the newest few that only inform, each with its own id, and a dismissed one goes', () => {
    const state = run(loadedWith(listOf()), ...['a', 'b', 'c', 'd'].map(inform));
    expect(MAX_INFO_MESSAGES).toBe(2);
    expect(messages(state).map((m) => [m.id, m.text])).toEqual([
      [3, 'c'],
      [4, 'd'],
    ]);
    const dismissed = run(state, { type: 'dismiss', notice: messages(state)[0]! });
    expect(messages(dismissed).map((m) => m.text)).toEqual(['d']);
  });

  it('keep one Undo, for the last change that can be undone', () => {
    const four = ['Ana', 'Ben', 'Cy', 'Dee'].map((name) => ({ type: 'add' as const, person: newPerson(name) }));
    const state = run(loadedWith(listOf()), ...four);
    expect(
      messages(state)
        .filter(isUndoable)
        .map((m) => m.text),
    ).toEqual(['Added “Dee”.']);
    const undone = run(state, messages(state).find(isUndoable)!.undo!);
    expect(names(undone)).toEqual(['Ana', 'Ben', 'Cy']);
  });

  it('keep the Undo however many messages that only inform come after it', () => {
    const alex = ratedPerson('Alex');
    const deleted = run(loadedWith(listOf(alex, ratedPerson('Sam'))), { type: 'remove', id: alex.id });
    const later = run(deleted, ...['a', 'b', 'c', 'd', 'e'].map(inform));
    expect(
      messages(later)
        .filter(isUndoable)
        .map((m) => m.text),
    ).toEqual(['Deleted “Alex”.']);
    expect(messages(later).filter(isInfo)).toHaveLength(MAX_INFO_MESSAGES);
  });

  it('dismissing a message already gone (an expiry after Dismiss) changes nothing', () => {
    const state = run(loadedWith(listOf()), inform('a'));
    const [message] = messages(state);
    const once = run(state, { type: 'dismiss', notice: message! });
    expect(run(once, { type: 'dismiss', notice: message! })).toBe(once);
  });
});
