/**
 * Changes to the people list. Each is applied to what is saved now (`saved`, read by the hook just before;
 * another tab may have saved since) or, without it, to what is shown; the result is what the hook writes.
 * What destroys something is reported with an Undo that puts the person back as they were.
 */
import { formatDate } from '../dates';
import { blankRaters, type Raters } from '../../assessment/raters';
import {
  FIRST_PERSON_ID,
  addPerson,
  findPerson,
  mergeRaters,
  raterHasInput,
  removePerson,
  renamePerson,
  restorePerson,
  uniqueName,
  updatePerson,
  withSnapshot,
  withSomeone,
} from '../people';
import { type People, type Person } from '../../assessment/people-format';
import { inform } from './notices';
import { refillCleared } from './refill';
import type { CalculatorState, IncomingChoice, ListAction, PersonChange, Synced } from './types';

/** Applies one change to the saved list (or the shown one) and shows the result. */
function commit(state: CalculatorState, synced: Synced, change: (people: People) => People): CalculatorState {
  return { ...state, people: withSomeone(change(synced.saved ?? state.people), state.startedAt) };
}

/** Changes one person; a person not saved yet (the first one of a browser) is added by the change. */
export function editPerson(
  state: CalculatorState,
  synced: Synced,
  id: string,
  change: PersonChange,
  now: string,
): CalculatorState {
  return commit(state, synced, (list) => {
    const person = findPerson(list, id) ?? findPerson(state.people, id);
    if (!person) return list;
    const next = { ...change(person), updated: now };
    return findPerson(list, id) ? updatePerson(list, id, () => next) : { ...list, people: [...list.people, next] };
  });
}

/** Without the browser's first person if nobody rated them yet: a manager's list starts with real people. */
function withoutBlankFirst(people: People): People {
  const first = findPerson(people, FIRST_PERSON_ID);
  const blank = first && !raterHasInput(first.raters, 'self') && !raterHasInput(first.raters, 'manager');
  return blank && first.snapshots.length === 0 ? removePerson(people, FIRST_PERSON_ID) : people;
}

const positionOf = (people: People, id: string) => people.people.findIndex((person) => person.id === id);

/** The undo of clear, replace, merge and delete: the person as they were, where they were. */
const restoreOf = (state: CalculatorState, before: Person) =>
  ({ type: 'restore', person: before, index: positionOf(state.people, before.id) }) as const;

function add(state: CalculatorState, synced: Synced, person: Person): CalculatorState {
  const named = { ...person, name: uniqueName(state.people, person.name) };
  const next = commit(state, synced, (list) => addPerson(withoutBlankFirst(list), named));
  return inform({ ...next, activeId: named.id }, `Added “${named.name}”.`, {
    type: 'remove-added',
    ids: [named.id],
    select: state.activeId,
  });
}

function remove(state: CalculatorState, synced: Synced, id: string): CalculatorState {
  const before = findPerson(state.people, id);
  if (!before) return state;
  const next = commit(state, synced, (list) => removePerson(list, id));
  const activeId = state.activeId === id ? next.people.people[0]!.id : state.activeId;
  return inform({ ...next, activeId }, `Deleted “${before.name}”.`, restoreOf(state, before));
}

function clearRatings(state: CalculatorState, synced: Synced, id: string, now: string): CalculatorState {
  const before = findPerson(state.people, id);
  if (!before) return state;
  const next = editPerson(state, synced, id, (person) => ({ ...person, raters: blankRaters() }), now);
  return inform(next, `Cleared all ratings of “${before.name}” (both raters).`, {
    type: 'restore-cleared',
    id,
    raters: before.raters,
  });
}

/** Undo of a clear: the cleared ratings come back where nothing was rated since; later ratings stay. */
function restoreCleared(state: CalculatorState, synced: Synced, id: string, cleared: Raters, now: string) {
  let keptNewer = 0;
  const next = editPerson(
    state,
    synced,
    id,
    (person) => {
      const refilled = refillCleared(person.raters, cleared);
      keptNewer = refilled.keptNewer;
      return { ...person, raters: refilled.raters };
    },
    now,
  );
  const name = findPerson(next.people, id)?.name ?? '';
  const kept = ['', ' 1 rating made since was kept.'][keptNewer] ?? ` ${keptNewer} ratings made since were kept.`;
  return inform({ ...next, activeId: id }, `Put back the cleared ratings of “${name}”.${kept}`);
}

function snapshot(state: CalculatorState, synced: Synced, id: string, now: string): CalculatorState {
  const next = editPerson(state, synced, id, (person) => withSnapshot(person, new Date(now)), now);
  const name = findPerson(next.people, id)?.name ?? '';
  return inform(next, `Saved a snapshot of “${name}” dated ${formatDate(now)}.`);
}

function setTarget(state: CalculatorState, synced: Synced, id: string, rank: number | undefined, now: string) {
  return editPerson(
    state,
    synced,
    id,
    (person) => {
      const { target: _old, ...rest } = person;
      return rank === undefined ? rest : { ...rest, target: rank };
    },
    now,
  );
}

/** What the person chose for a link or file waiting on screen. */
function resolve(state: CalculatorState, synced: Synced, choice: IncomingChoice, now: string): CalculatorState {
  const pending = state.incoming;
  if (!pending) return state;
  const cleared = { ...state, incoming: null };
  if (choice.action === 'discard') {
    const what =
      pending.source === 'link' ? 'The shared assessment was not saved.' : `${pending.label} was not imported.`;
    return inform(cleared, what);
  }
  if (choice.action === 'add') {
    const first = { ...pending.person, name: uniqueName(state.people, choice.name) };
    const added = [first, ...pending.more];
    const next = commit(cleared, synced, (list) => added.reduce(addPerson, withoutBlankFirst(list)));
    const what = added.length === 1 ? `“${first.name}”` : `${added.length} people`;
    return inform({ ...next, activeId: first.id }, `Added ${what} from ${pending.label}.`, {
      type: 'remove-added',
      ids: added.map((person) => person.id),
      select: state.activeId,
    });
  }
  const before = findPerson(state.people, choice.personId);
  if (!before) return cleared;
  const raters = pending.person.raters;
  const change: PersonChange = (person) =>
    choice.action === 'merge' ? mergeRaters(person, raters) : { ...person, raters };
  const next = editPerson(cleared, synced, before.id, change, now);
  const how = choice.action === 'merge' ? 'Put it next to' : 'Replaced the ratings of';
  return inform(
    { ...next, activeId: before.id },
    `${how} “${before.name}” from ${pending.label}.`,
    restoreOf(state, before),
  );
}

/** The on-screen person's edit: the waiting link or file's person, else the active person. */
function edit(state: CalculatorState, synced: Synced, change: PersonChange, now: string): CalculatorState {
  const pending = state.incoming;
  if (pending) return { ...state, incoming: { ...pending, person: change(pending.person) } };
  return editPerson(state, synced, state.activeId, change, now);
}

export function reduceList(state: CalculatorState, action: ListAction): CalculatorState {
  switch (action.type) {
    case 'edit':
      return edit(state, action, action.change, action.now);
    case 'edit-person':
      return editPerson(state, action, action.id, action.change, action.now);
    case 'add':
      return add(state, action, action.person);
    case 'remove-added':
      return {
        ...commit(state, action, (list) => action.ids.reduce(removePerson, list)),
        activeId: action.select,
      };
    case 'rename':
      return commit(state, action, (list) => renamePerson(list, action.id, action.name));
    case 'remove':
      return remove(state, action, action.id);
    case 'restore':
      return {
        ...commit(state, action, (list) => restorePerson(list, action.person, action.index)),
        activeId: action.person.id,
      };
    case 'clear-ratings':
      return clearRatings(state, action, action.id, action.now);
    case 'restore-cleared':
      return restoreCleared(state, action, action.id, action.raters, action.now);
    case 'snapshot':
      return snapshot(state, action, action.id, action.now);
    case 'set-target':
      return setTarget(state, action, action.id, action.rank, action.now);
    case 'resolve':
      return resolve(state, action, action.choice, action.now);
  }
}
