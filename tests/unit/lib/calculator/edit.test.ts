/** Form edits change only what the rater touched and never mutate the previous state (React relies on it). */
import { describe, expect, it } from 'vitest';
import { blankV1Assessment } from '@tests/fixtures/legacy-links';
import { clearCompetency, setAntiSignal, setEvidence, setNote, setRating } from '@lib/calculator/edit';

describe('assessment edits', () => {
  it('sets one rating for one rater and leaves the other rater and the old state alone', () => {
    const before = blankV1Assessment('software-engineer');
    const after = setRating(setRating(before, 'self', 'english', 'writing', 3), 'self', 'english', 'reading', 2);
    expect(after.raters.self.ratings).toEqual({ english: { writing: 3, reading: 2 } });
    expect(after.raters.manager.ratings).toEqual({});
    expect(before.raters.self.ratings).toEqual({});
  });

  it('ticks and unticks anti-signals, keeping them sorted and dropping empty lists', () => {
    let state = setAntiSignal(blankV1Assessment('t'), 'manager', 'english', 4, true);
    state = setAntiSignal(state, 'manager', 'english', 2, true);
    state = setAntiSignal(state, 'manager', 'english', 2, true);
    expect(state.raters.manager.antiSignals).toEqual({ english: [2, 4] });
    state = setAntiSignal(setAntiSignal(state, 'manager', 'english', 2, false), 'manager', 'english', 4, false);
    expect(state.raters.manager.antiSignals).toEqual({});
  });

  it('clears one competency only', () => {
    let state = setRating(blankV1Assessment('t'), 'self', 'english', 'writing', 3);
    state = setRating(state, 'self', 'mentoring', 'scope', 2);
    state = setAntiSignal(state, 'self', 'english', 3, true);
    const cleared = clearCompetency(state, 'self', 'english');
    expect(cleared.raters.self).toEqual({ ratings: { mentoring: { scope: 2 } }, antiSignals: {} });
  });

  it('stores a note and removes it when emptied', () => {
    const withNote = setNote(blankV1Assessment('t'), 'self', 'Led the payments migration');
    expect(withNote.raters.self.note).toBe('Led the payments migration');
    expect('note' in setNote(withNote, 'self', '').raters.self).toBe(false);
  });

  it('ticks and unticks promotion evidence per rater, keeping keys sorted and dropping an empty list', () => {
    let state = setEvidence(blankV1Assessment('t'), 'self', 'l2-to-l3-portfolio-2', true);
    state = setEvidence(state, 'self', 'l2-to-l3-demonstrate-4', true);
    state = setEvidence(state, 'self', 'l2-to-l3-demonstrate-4', true);
    expect(state.raters.self.evidence).toEqual(['l2-to-l3-demonstrate-4', 'l2-to-l3-portfolio-2']);
    expect(state.raters.manager.evidence).toBeUndefined();
    state = setEvidence(
      setEvidence(state, 'self', 'l2-to-l3-portfolio-2', false),
      'self',
      'l2-to-l3-demonstrate-4',
      false,
    );
    expect('evidence' in state.raters.self).toBe(false);
  });
});
