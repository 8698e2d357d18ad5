/** The reducer's changes to the people list, case by case, each with its Undo. */
import { describe, expect, it } from 'vitest';
import { blankRaters } from '@lib/assessment/raters';
import { setRating } from '@lib/calculator/edit';
import { FIRST_PERSON_ID, findPerson, newPerson, withSnapshot } from '@lib/calculator/people';
import { activePerson, calculatorReducer } from '@lib/calculator/state/reducer';
import { NOW, listOf, loadedWith, messages, names, ratedPerson, run } from './support';

describe('adding a person', () => {
  it('adds them with a unique name, shows them, and drops the blank first person', () => {
    const state = run(loadedWith(listOf()), { type: 'add', person: newPerson('Alex') });
    expect(names(state)).toEqual(['Alex']);
    expect(activePerson(state).name).toBe('Alex');
    const again = run(state, { type: 'add', person: newPerson('alex') });
    expect(names(again)).toEqual(['Alex', 'alex (2)']);
    expect(messages(again).at(-1)?.text).toBe('Added “alex (2)”.');
  });

  it('is undone by removing them and showing who was shown before', () => {
    const alex = ratedPerson('Alex');
    const added = run(loadedWith(listOf(alex)), { type: 'add', person: newPerson('Sam') });
    const undone = run(added, messages(added).at(-1)!.undo!);
    expect(names(undone)).toEqual(['Alex']);
    expect(undone.activeId).toBe(alex.id);
  });
});

describe('deleting a person', () => {
  it('removes them, shows the first person and puts them back where they were on Undo', () => {
    const [alex, sam, kim] = [ratedPerson('Alex'), ratedPerson('Sam'), ratedPerson('Kim')];
    const shown = run(loadedWith(listOf(alex, sam, kim)), { type: 'select', id: sam.id });
    const deleted = run(shown, { type: 'remove', id: sam.id });
    expect(names(deleted)).toEqual(['Alex', 'Kim']);
    expect(deleted.activeId).toBe(alex.id);
    expect(messages(deleted).at(-1)?.text).toBe('Deleted “Sam”.');
    const undone = run(deleted, messages(deleted).at(-1)!.undo!);
    expect(names(undone)).toEqual(['Alex', 'Sam', 'Kim']);
    expect(undone.activeId).toBe(sam.id);
  });

  it('keeps someone to rate when the last person goes', () => {
    const alex = ratedPerson('Alex');
    const deleted = run(loadedWith(listOf(alex)), { type: 'remove', id: alex.id });
    expect(deleted.people.people.map((p) => p.id)).toEqual([FIRST_PERSON_ID]);
    expect(activePerson(deleted).name).toBe('Me');
  });

  it('ignores a person who is not in the list', () => {
    const state = loadedWith(listOf(ratedPerson('Alex')));
    expect(run(state, { type: 'remove', id: 'nobody' })).toBe(state);
  });
});

describe('editing ratings', () => {
  it('changes the person on screen and stamps the change', () => {
    const alex = ratedPerson('Alex');
    const state = run(loadedWith(listOf(alex)), {
      type: 'edit',
      change: (p) => setRating(p, 'manager', 'english', 'speaking', 2),
    });
    const edited = findPerson(state.people, alex.id)!;
    expect(edited.raters.manager.ratings).toEqual({ english: { speaking: 2 } });
    expect(edited.updated).toBe(NOW);
  });

  it('adds the browser’s first person to the list on their first rating', () => {
    const state = run(loadedWith(listOf()), {
      type: 'edit',
      change: (p) => setRating(p, 'self', 'english', 'speaking', 4),
    });
    expect(state.people.people).toHaveLength(1);
    expect(state.people.people[0]).toMatchObject({ id: FIRST_PERSON_ID, updated: NOW });
  });

  it('applies the change to what is saved now, so another tab’s edits are kept', () => {
    const alex = ratedPerson('Alex');
    const state = loadedWith(listOf(alex));
    const elsewhere = listOf(alex, ratedPerson('Sam'));
    const next = calculatorReducer(state, {
      type: 'edit',
      change: (p) => setRating(p, 'manager', 'english', 'speaking', 2),
      now: NOW,
      saved: elsewhere,
    });
    expect(names(next)).toEqual(['Alex', 'Sam']);
    expect(findPerson(next.people, alex.id)!.raters.manager.ratings).toEqual({ english: { speaking: 2 } });
  });

  it('clears both raters, reports it and restores them on Undo', () => {
    const alex = ratedPerson('Alex');
    const cleared = run(loadedWith(listOf(alex)), { type: 'clear-ratings', id: alex.id });
    expect(findPerson(cleared.people, alex.id)!.raters).toEqual(blankRaters());
    expect(messages(cleared).at(-1)?.text).toBe('Cleared all ratings of “Alex” (both raters).');
    const undone = run(cleared, messages(cleared).at(-1)!.undo!);
    expect(findPerson(undone.people, alex.id)!.raters).toEqual(alex.raters);
  });

  it('keeps a dated snapshot and says so', () => {
    const alex = ratedPerson('Alex');
    const state = run(loadedWith(listOf(alex)), { type: 'snapshot', id: alex.id });
    expect(findPerson(state.people, alex.id)!.snapshots).toEqual(withSnapshot(alex, new Date(NOW)).snapshots);
    expect(messages(state).at(-1)?.text).toMatch(/^Saved a snapshot of “Alex” dated /);
    expect(messages(state).at(-1)?.undo).toBeUndefined();
  });

  it('sets and clears a target level, and renames without a clash', () => {
    const [alex, sam] = [ratedPerson('Alex'), ratedPerson('Sam')];
    const aimed = run(loadedWith(listOf(alex, sam)), { type: 'set-target', id: alex.id, rank: 4 });
    expect(findPerson(aimed.people, alex.id)!.target).toBe(4);
    const unaimed = run(aimed, { type: 'set-target', id: alex.id, rank: undefined });
    expect('target' in findPerson(unaimed.people, alex.id)!).toBe(false);
    expect(names(run(unaimed, { type: 'rename', id: alex.id, name: ' sam ' }))).toEqual(['sam (2)', 'Sam']);
  });
});

describe('messages', () => {
  it('reports refused storage once however often it happens', () => {
    const state = run(loadedWith(listOf()), { type: 'storage-refused' }, { type: 'storage-refused' });
    expect(state.notices).toEqual([{ kind: 'no-storage' }]);
  });
});
