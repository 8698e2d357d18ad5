/**
 * What can be done to the people list, each as one change applied to what is saved (see usePeopleStore's
 * commit) and, where it destroys something, reported with an Undo that puts the person back as they were.
 */
import { useCallback, type RefObject } from 'react';
import { blankRaters } from '../../../src/lib/assessment-state';
import {
  addPerson,
  findPerson,
  mergeRaters,
  newPerson,
  raterHasInput,
  removePerson,
  renamePerson,
  restorePerson,
  uniqueName,
  withSnapshot,
  type People,
  type Person,
} from '../../../src/lib/calculator/people';
import { FIRST_PERSON_ID } from './saved-people';
import { clearShareFragment, type Incoming, type IncomingChoice } from './incoming';

interface Core {
  commit: (change: (people: People) => People) => void;
  editPerson: (id: string, change: (person: Person) => Person) => void;
  choose: (id: string) => void;
  inform: (text: string, undo?: () => void) => void;
  receiveIncoming: (incoming: Incoming | null) => void;
  peopleRef: RefObject<People>;
  activeRef: RefObject<string>;
  incomingRef: RefObject<Incoming | null>;
}

/** Without the browser's first person if nobody rated them yet: a manager's list starts with real people. */
function withoutBlankFirst(people: People): People {
  const first = findPerson(people, FIRST_PERSON_ID);
  const blank = first && !raterHasInput(first.raters, 'self') && !raterHasInput(first.raters, 'manager');
  return blank && first.snapshots.length === 0 ? removePerson(people, FIRST_PERSON_ID) : people;
}

const positionOf = (people: People, id: string) => people.people.findIndex((person) => person.id === id);

export function usePersonActions({
  commit,
  editPerson,
  choose,
  inform,
  receiveIncoming,
  peopleRef,
  activeRef,
  incomingRef,
}: Core) {
  /** Puts a person back as they were before a change (the undo of clear, replace and merge). */
  const restore = useCallback(
    (before: Person, index: number) => {
      commit((list) => restorePerson(list, before, index));
      choose(before.id);
    },
    [commit, choose],
  );

  const add = useCallback(
    (name: string) => {
      const person = newPerson(uniqueName(peopleRef.current, name));
      const previous = activeRef.current;
      commit((list) => addPerson(withoutBlankFirst(list), person));
      choose(person.id);
      inform(`Added “${person.name}”.`, () => {
        commit((list) => removePerson(list, person.id));
        choose(previous);
      });
    },
    [commit, choose, inform],
  );

  const rename = useCallback((id: string, name: string) => commit((list) => renamePerson(list, id, name)), [commit]);

  const remove = useCallback(
    (id: string) => {
      const before = findPerson(peopleRef.current, id);
      if (!before) return;
      const index = positionOf(peopleRef.current, id);
      commit((list) => removePerson(list, id));
      if (activeRef.current === id) choose(peopleRef.current.people[0]!.id);
      inform(`Deleted “${before.name}”.`, () => restore(before, index));
    },
    [commit, choose, inform, restore],
  );

  const clearRatings = useCallback(
    (id: string) => {
      const before = findPerson(peopleRef.current, id);
      if (!before) return;
      const index = positionOf(peopleRef.current, id);
      editPerson(id, (person) => ({ ...person, raters: blankRaters() }));
      inform(`Cleared all ratings of “${before.name}” (both raters).`, () => restore(before, index));
    },
    [editPerson, inform, restore],
  );

  const snapshot = useCallback(
    (id: string) => {
      const now = new Date();
      editPerson(id, (person) => withSnapshot(person, now));
      const name = findPerson(peopleRef.current, id)?.name ?? '';
      inform(`Saved a snapshot of “${name}” dated ${now.toLocaleDateString()}.`);
    },
    [editPerson, inform],
  );

  const setTarget = useCallback(
    (id: string, rank: number | undefined) =>
      editPerson(id, (person) => {
        const { target: _old, ...rest } = person;
        return rank === undefined ? rest : { ...rest, target: rank };
      }),
    [editPerson],
  );

  const resolve = useCallback(
    (choice: IncomingChoice) => {
      const pending = incomingRef.current;
      if (!pending) return;
      receiveIncoming(null);
      clearShareFragment();
      if (choice.action === 'discard') {
        inform(
          pending.source === 'link' ? 'The shared assessment was not saved.' : `${pending.label} was not imported.`,
        );
        return;
      }
      if (choice.action === 'add') {
        const first = { ...pending.person, name: uniqueName(peopleRef.current, choice.name) };
        const added = [first, ...pending.more];
        const previous = activeRef.current;
        commit((list) => added.reduce(addPerson, withoutBlankFirst(list)));
        choose(first.id);
        const what = added.length === 1 ? `“${first.name}”` : `${added.length} people`;
        inform(`Added ${what} from ${pending.label}.`, () => {
          commit((list) => added.reduce((rest, person) => removePerson(rest, person.id), list));
          choose(previous);
        });
        return;
      }
      const before = findPerson(peopleRef.current, choice.personId);
      if (!before) return;
      const index = positionOf(peopleRef.current, before.id);
      const raters = pending.person.raters;
      editPerson(before.id, (person) =>
        choice.action === 'merge' ? mergeRaters(person, raters) : { ...person, raters },
      );
      choose(before.id);
      const how = choice.action === 'merge' ? 'Put it next to' : 'Replaced the ratings of';
      inform(`${how} “${before.name}” from ${pending.label}.`, () => restore(before, index));
    },
    [commit, choose, editPerson, inform, receiveIncoming, restore],
  );

  return { add, rename, remove, clearRatings, snapshot, setTarget, resolve };
}
