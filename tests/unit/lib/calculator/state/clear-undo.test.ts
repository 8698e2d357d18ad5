/** Undo after "Clear all ratings" puts the cleared ratings back without discarding ratings made since. */
import { describe, expect, it } from 'vitest';
import { blankRaters } from '@lib/assessment/raters';
import { setAntiSignal, setNote, setRating } from '@lib/calculator/edit';
import { findPerson } from '@lib/calculator/people';
import { refillCleared } from '@lib/calculator/state/refill';
import { seedModel } from '../support';
import { listOf, loadedWith, messages, ratedPerson, run } from './support';

const english = seedModel.competencies.find((c) => c.id === 'english')!;
const [first, second] = english.dimensions.map((d) => d.id);

describe('undo after clearing all ratings', () => {
  it('puts every rating back when nothing was rated since', () => {
    const alex = ratedPerson('Alex', 3);
    const cleared = run(loadedWith(listOf(alex)), { type: 'clear-ratings', id: alex.id });
    const undone = run(cleared, messages(cleared).at(-1)!.undo!);
    expect(findPerson(undone.people, alex.id)!.raters).toEqual(alex.raters);
    expect(messages(undone).at(-1)?.text).toBe('Put back the cleared ratings of “Alex”.');
  });

  it('keeps what was rated since, and says how many of the cleared ratings it kept out', () => {
    const alex = ratedPerson('Alex', 3);
    const cleared = run(loadedWith(listOf(alex)), { type: 'clear-ratings', id: alex.id });
    const undo = messages(cleared).at(-1)!.undo!;
    const rated = run(
      cleared,
      { type: 'edit', change: (p) => setRating(p, 'self', 'english', first!, 5) },
      { type: 'edit', change: (p) => setRating(p, 'manager', 'english', first!, 2) },
    );
    const undone = run(rated, undo);
    const raters = findPerson(undone.people, alex.id)!.raters;
    expect(raters.self.ratings['english']![first!]).toBe(5);
    expect(raters.self.ratings['english']![second!]).toBe(3);
    expect(raters.manager.ratings['english']![first!]).toBe(2);
    expect(raters.self.ratings).toEqual({
      ...alex.raters.self.ratings,
      english: { ...alex.raters.self.ratings['english'], [first!]: 5 },
    });
    expect(messages(undone).at(-1)?.text).toBe('Put back the cleared ratings of “Alex”. 1 rating made since was kept.');
  });

  it('leaves anti-signals, notes and evidence given since as they are', () => {
    const alex = ratedPerson('Alex', 3);
    const before = setNote(setAntiSignal(alex, 'self', 'english', 2, true), 'self', 'old note').raters;
    const since = setNote(setAntiSignal({ raters: blankRaters() }, 'self', 'english', 4, true), 'self', 'new note');
    const { raters } = refillCleared(since.raters, before);
    expect(raters.self.antiSignals['english']).toEqual([4]);
    expect(raters.self.note).toBe('new note');
    // Where nothing was given since, they come back.
    const back = refillCleared(blankRaters(), before).raters.self;
    expect([back.note, back.antiSignals['english']]).toEqual(['old note', [2]]);
  });
});
