/**
 * What arrives from outside the page's own edits: the browser's saved list when the calculator starts, a
 * shared link in the address, another tab's save, and starting over after damaged data.
 */
import { FIRST_PERSON_ID, raterHasInput, addPerson, emptyPeople, findPerson, uniqueName, withSomeone } from '../people';
import { type People } from '../../assessment/people-format';
import { addNotice, inform } from './notices';
import type { CalculatorState, LinkRead, Notice, SavedRead, ViewAction } from './types';

type Loaded = Extract<ViewAction, { type: 'loaded' }>;

/** The first state: a blank person, nothing read yet. */
export function initialState(trackId: string, persist: boolean, now: string): CalculatorState {
  return {
    startedAt: now,
    loaded: false,
    persist,
    people: withSomeone(emptyPeople(trackId), now),
    activeId: FIRST_PERSON_ID,
    incoming: null,
    notices: [],
    paused: false,
    nextMessageId: 1,
  };
}

/** The person on screen: the incoming one while a link or file waits for a choice. */
export function activePerson(state: CalculatorState) {
  return state.incoming?.person ?? findPerson(state.people, state.activeId) ?? state.people.people[0]!;
}

/** Ratings made in this page before it was allowed to use storage (the embed's opt-in) are kept. */
function carryOver(state: CalculatorState, list: People, carryId: string): People {
  const carried = state.persist ? undefined : state.people.people[0];
  if (!carried || !(raterHasInput(carried.raters, 'self') || raterHasInput(carried.raters, 'manager'))) return list;
  return addPerson(list, { ...carried, id: carryId, name: uniqueName(list, 'Rated in this frame') });
}

/** The saved list read when the calculator starts (or storage was allowed), then a link in the address. */
export function loaded(state: CalculatorState, action: Loaded): CalculatorState {
  const { saved, persist } = action;
  const found: Notice[] = [];
  let list = emptyPeople(state.people.track);
  if (persist) {
    if (saved.kind === 'corrupt') found.push({ kind: 'corrupt', reason: saved.reason, raw: saved.raw, key: saved.key });
    else list = saved.people;
    if (saved.kind === 'no-storage') found.push({ kind: 'no-storage' });
    list = carryOver(state, list, action.carryId);
  }
  const carried = findPerson(list, action.carryId) ? action.carryId : undefined;
  const start: CalculatorState = {
    ...state,
    persist,
    paused: persist && saved.kind === 'corrupt',
    people: list,
    notices: found,
    activeId: carried ?? state.activeId,
  };
  const linked = action.link ? openLink(start, action.link) : start;
  const shown = withSomeone(linked.people, state.startedAt);
  const preferred = action.remembered || linked.activeId;
  const activeId = findPerson(shown, preferred) ? preferred : shown.people[0]!.id;
  return { ...linked, people: shown, activeId, loaded: true };
}

/** A shared link: shown at once in memory mode, otherwise offered for a choice. */
export function openLink(state: CalculatorState, link: LinkRead): CalculatorState {
  if (!link.ok) return addNotice(state, { kind: 'bad-link', reason: link.reason });
  if (!state.persist) {
    const only = { ...link.person, id: FIRST_PERSON_ID };
    const shown = { ...state, people: { ...state.people, people: [only] } };
    return inform(shown, 'You opened a shared assessment. It is kept in this page only.');
  }
  return { ...state, incoming: { source: 'link', label: 'a shared link', person: link.person, more: [] } };
}

/** Another tab saved: show what it saved (this tab's own edits were already in it). */
export function savedElsewhere(state: CalculatorState, saved: SavedRead): CalculatorState {
  if (saved.kind !== 'people' && saved.kind !== 'none') return state;
  const people = withSomeone(saved.people, state.startedAt);
  if (findPerson(people, state.activeId)) return { ...state, people };
  const gone = findPerson(state.people, state.activeId);
  const first = people.people[0]!;
  const next = { ...state, people, activeId: first.id };
  return gone && saved.kind === 'people'
    ? inform(next, `“${gone.name}” was deleted in another tab; showing “${first.name}”.`)
    : next;
}

/** Damaged saved data deleted (by the hook): a fresh list, with an Undo that writes the data back. */
export function startOver(state: CalculatorState): CalculatorState {
  const damaged = state.notices.find((notice) => notice.kind === 'corrupt');
  const fresh = withSomeone(emptyPeople(state.people.track), state.startedAt);
  const next: CalculatorState = {
    ...state,
    paused: false,
    notices: state.notices.filter((notice) => notice.kind !== 'corrupt'),
    people: fresh,
    activeId: fresh.people[0]!.id,
  };
  if (damaged?.kind !== 'corrupt') return next;
  return inform(next, 'The damaged saved data was deleted.', {
    type: 'restore-damaged',
    key: damaged.key,
    raw: damaged.raw,
  });
}
