/** Loading, shared links, imported files and other tabs' saves, as the reducer sees them. */
import { describe, expect, it } from 'vitest';
import { blankRaters } from '@lib/assessment/raters';
import { setRating } from '@lib/calculator/edit';
import { FIRST_PERSON_ID, findPerson, newPerson } from '@lib/calculator/people';
import { type Person } from '@lib/assessment/people-format';
import {
  activePerson,
  calculatorReducer,
  initialState,
  type CalculatorState,
  type IncomingChoice,
} from '@lib/calculator/state/reducer';
import { raterWith, seedModel } from '../support';
import { NOW, listOf, loadedWith, messages, names, ratedPerson, run, track } from './support';

const shared = () => ({
  ...newPerson('Shared assessment'),
  raters: { ...blankRaters(), manager: raterWith(seedModel, 4) },
});

function withLink(state: CalculatorState) {
  return calculatorReducer(state, { type: 'link', link: { ok: true, person: shared() } });
}

describe('loading', () => {
  it('shows the saved people and the person remembered from the last visit', () => {
    const [alex, sam] = [ratedPerson('Alex'), ratedPerson('Sam')];
    const state = calculatorReducer(initialState(track, true, NOW), {
      type: 'loaded',
      persist: true,
      saved: { kind: 'people', people: listOf(alex, sam) },
      link: null,
      remembered: sam.id,
      carryId: 'c',
    });
    expect(state.loaded).toBe(true);
    expect(activePerson(state).name).toBe('Sam');
  });

  it('reports damaged data, keeps it and pauses writing until the person starts over', () => {
    const damaged = { kind: 'corrupt' as const, reason: 'bad', raw: '{', key: 'k' };
    const state = calculatorReducer(initialState(track, true, NOW), {
      type: 'loaded',
      persist: true,
      saved: damaged,
      link: null,
      carryId: 'c',
    });
    expect(state.paused).toBe(true);
    expect(state.notices).toEqual([{ kind: 'corrupt', reason: 'bad', raw: '{', key: 'k' }]);
    const fresh = run(state, { type: 'start-over' });
    expect(fresh.paused).toBe(false);
    expect(fresh.notices.some((notice) => notice.kind === 'corrupt')).toBe(false);
    expect(messages(fresh).at(-1)).toMatchObject({
      text: 'The damaged saved data was deleted.',
      undo: { type: 'restore-damaged', key: 'k', raw: '{' },
    });
  });

  it('keeps ratings made in the page when storage is allowed later (the embed’s opt-in)', () => {
    const inPage = run(loadedWith(listOf(), false), {
      type: 'edit',
      change: (p) => setRating(p, 'self', 'english', 'speaking', 3),
    });
    const alex = ratedPerson('Alex');
    const opened = calculatorReducer(inPage, {
      type: 'loaded',
      persist: true,
      saved: { kind: 'people', people: listOf(alex) },
      link: null,
      carryId: 'carried',
    });
    expect(names(opened)).toEqual(['Alex', 'Rated in this frame']);
    expect(activePerson(opened).raters.self.ratings).toEqual({ english: { speaking: 3 } });
  });
});

describe('a shared link', () => {
  it('waits for a choice in a browser that keeps people, and edits apply to it meanwhile', () => {
    const alex = ratedPerson('Alex');
    const state = withLink(loadedWith(listOf(alex)));
    expect(state.incoming?.label).toBe('a shared link');
    expect(activePerson(state).name).toBe('Shared assessment');
    const edited = run(state, { type: 'edit', change: (p) => setRating(p, 'self', 'english', 'speaking', 1) });
    expect(edited.people).toBe(state.people);
    expect(edited.incoming?.person.raters.self.ratings).toEqual({ english: { speaking: 1 } });
  });

  it('is shown at once, in this page only, where nothing is kept', () => {
    const state = withLink(loadedWith(listOf(), false));
    expect(state.incoming).toBeNull();
    expect(state.people.people.map((p) => p.id)).toEqual([FIRST_PERSON_ID]);
    expect(messages(state).at(-1)?.text).toBe('You opened a shared assessment. It is kept in this page only.');
  });

  it('that cannot be read is reported once, and the person’s own data stays', () => {
    const alex = ratedPerson('Alex');
    const bad = { type: 'link' as const, link: { ok: false as const, reason: 'cut short' } };
    const state = calculatorReducer(calculatorReducer(loadedWith(listOf(alex)), bad), bad);
    expect(state.notices).toEqual([{ kind: 'bad-link', reason: 'cut short' }]);
    expect(names(state)).toEqual(['Alex']);
  });

  const choose = (choice: (alex: Person) => IncomingChoice) => {
    const alex = ratedPerson('Alex');
    return { alex, state: run(withLink(loadedWith(listOf(alex))), { type: 'resolve', choice: choice(alex) }) };
  };

  it('becomes a new person, undone by removing them', () => {
    const { alex, state } = choose(() => ({ action: 'add', name: 'Jo' }));
    expect(names(state)).toEqual(['Alex', 'Jo']);
    expect(activePerson(state).name).toBe('Jo');
    expect(messages(state).at(-1)?.text).toBe('Added “Jo” from a shared link.');
    const undone = run(state, messages(state).at(-1)!.undo!);
    expect(names(undone)).toEqual(['Alex']);
    expect(undone.activeId).toBe(alex.id);
  });

  it('goes next to a person as the other rater, undone by restoring them', () => {
    const { alex, state } = choose((person) => ({ action: 'merge', personId: person.id }));
    const person = findPerson(state.people, alex.id)!;
    expect(state.incoming).toBeNull();
    expect(person.raters).toEqual({ self: alex.raters.self, manager: raterWith(seedModel, 4) });
    expect(state.activeId).toBe(alex.id);
    expect(messages(state).at(-1)?.text).toBe('Put it next to “Alex” from a shared link.');
    const undone = run(state, messages(state).at(-1)!.undo!);
    expect(findPerson(undone.people, alex.id)!.raters).toEqual(alex.raters);
  });

  it('replaces a person’s ratings', () => {
    const { alex, state } = choose((person) => ({ action: 'replace', personId: person.id }));
    expect(findPerson(state.people, alex.id)!.raters).toEqual(shared().raters);
    expect(messages(state).at(-1)?.text).toBe('Replaced the ratings of “Alex” from a shared link.');
  });

  it('is dropped, or dropped when the chosen person is gone, and nothing changes', () => {
    const dropped = choose(() => ({ action: 'discard' })).state;
    expect(messages(dropped).at(-1)?.text).toBe('The shared assessment was not saved.');
    expect(names(dropped)).toEqual(['Alex']);
    const gone = choose(() => ({ action: 'merge', personId: 'nobody' }));
    expect(gone.state.incoming).toBeNull();
    expect(findPerson(gone.state.people, gone.alex.id)).toEqual(gone.alex);
  });
});

describe('an imported file', () => {
  it('with several people adds them all, undone together', () => {
    const [kim, lee] = [ratedPerson('Kim'), ratedPerson('Lee')];
    const received = run(loadedWith(listOf()), {
      type: 'receive',
      incoming: { source: 'file', label: '“team.json”', person: kim, more: [lee] },
    });
    const added = run(received, { type: 'resolve', choice: { action: 'add', name: 'Kim' } });
    expect(names(added)).toEqual(['Kim', 'Lee']);
    expect(messages(added).at(-1)?.text).toBe('Added 2 people from “team.json”.');
    expect(names(run(added, messages(added).at(-1)!.undo!))).toEqual(['Me']);
  });
});

describe('another tab saved', () => {
  it('shows its list, and says so when the person on screen was deleted there', () => {
    const [alex, sam] = [ratedPerson('Alex'), ratedPerson('Sam')];
    const state = run(loadedWith(listOf(alex, sam)), { type: 'select', id: sam.id });
    const next = calculatorReducer(state, { type: 'saved-elsewhere', saved: { kind: 'people', people: listOf(alex) } });
    expect(names(next)).toEqual(['Alex']);
    expect(next.activeId).toBe(alex.id);
    expect(messages(next).at(-1)?.text).toBe('“Sam” was deleted in another tab; showing “Alex”.');
  });

  it('ignores what it cannot read', () => {
    const state = loadedWith(listOf(ratedPerson('Alex')));
    const damaged = { kind: 'corrupt' as const, reason: 'x', raw: '', key: 'k' };
    expect(calculatorReducer(state, { type: 'saved-elsewhere', saved: damaged })).toBe(state);
  });
});
