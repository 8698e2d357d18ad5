/** The last Undo offer read back after a reload: offered again when it checks out, silently dropped if not. */
import { describe, expect, it } from 'vitest';
import { newPerson, withSnapshot } from '@lib/calculator/people';
import { isUndoable } from '@lib/calculator/state/notices';
import { readUndoOffer } from '@lib/calculator/state/undo-offer';
import { known, listOf, loadedWith, messages, names, ratedPerson, run } from './support';

/** The offer as the hook keeps it: the undoable message's text and command, as JSON. */
function keptOffer(state: ReturnType<typeof run>): string {
  const offer = messages(state).find(isUndoable)!;
  return JSON.stringify({ text: offer.text, undo: offer.undo });
}

describe('the Undo offer after a reload', () => {
  it('puts a deleted person back with their ratings and snapshots', () => {
    const alex = withSnapshot(ratedPerson('Alex'), new Date('2026-02-01T00:00:00Z'));
    const sam = ratedPerson('Sam', 2);
    const deleted = run(loadedWith(listOf(sam, alex)), { type: 'remove', id: alex.id });
    // A reload: the list as saved, and the offer read back.
    const reloaded = loadedWith(deleted.people);
    const offer = readUndoOffer(keptOffer(deleted), known)!;
    expect(offer.text).toBe('Deleted “Alex”.');
    const offered = run(reloaded, { type: 'inform', ...offer });
    const undone = run(offered, messages(offered).find(isUndoable)!.undo!);
    expect(names(undone)).toEqual(['Sam', 'Alex']);
    expect(undone.people.people[1]).toEqual(alex);
  });

  it('reads back the undo of an add and of a clear', () => {
    const ana = ratedPerson('Ana');
    const added = run(loadedWith(listOf(ana)), { type: 'add', person: newPerson('Ben') });
    expect(readUndoOffer(keptOffer(added), known)?.undo).toMatchObject({ type: 'remove-added', select: ana.id });
    const cleared = run(loadedWith(listOf(ana)), { type: 'clear-ratings', id: ana.id });
    const offer = readUndoOffer(keptOffer(cleared), known)!;
    const undone = run(loadedWith(cleared.people), offer.undo);
    expect(undone.people.people[0]!.raters).toEqual(ana.raters);
  });

  it('gives no offer for damaged, foreign or unsafe data', () => {
    const alex = ratedPerson('Alex');
    const deleted = run(loadedWith(listOf(alex, ratedPerson('Sam'))), { type: 'remove', id: alex.id });
    const good = JSON.parse(keptOffer(deleted)) as { text: string; undo: Record<string, unknown> };
    const levelNine = structuredClone(good);
    const rater = (levelNine.undo.person as typeof alex).raters.self;
    const [competency] = Object.keys(rater.ratings);
    const [dimension] = Object.keys(rater.ratings[competency!]!);
    rater.ratings[competency!]![dimension!] = 9;
    const bad: (string | null)[] = [
      null,
      '',
      '{"text":"Deleted',
      '[]',
      '"Deleted"',
      JSON.stringify({ ...good, text: '' }),
      JSON.stringify({ ...good, undo: 'restore' }),
      JSON.stringify({ ...good, undo: { ...good.undo, index: -1 } }),
      JSON.stringify({ ...good, undo: { ...good.undo, person: { name: 'Alex' } } }),
      JSON.stringify(levelNine),
      JSON.stringify({ text: 'Added “Ben”.', undo: { type: 'remove-added', ids: [], select: 'me' } }),
      JSON.stringify({ text: 'Cleared.', undo: { type: 'restore-cleared', id: alex.id, raters: { self: 3 } } }),
      JSON.stringify({ text: 'Deleted data.', undo: { type: 'restore-damaged', key: 'other', raw: '{}' } }),
      JSON.stringify({ text: 'Gone.', undo: { type: 'start-over' } }),
    ];
    for (const raw of bad) expect(readUndoOffer(raw, known), String(raw)).toBeNull();
    expect(readUndoOffer(JSON.stringify(good), known)).not.toBeNull();
  });
});
