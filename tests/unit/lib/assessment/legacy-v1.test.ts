import { describe, expect, it } from 'vitest';
import {
  SHARE_FRAGMENT_PREFIX,
  STORAGE_KEY,
  decodeShareFragment,
  emptyState,
  encodeShareFragment,
  parseSavedState,
  type AssessmentState,
  type KnownIds,
} from '../../../src/lib/assessment-state';

const KNOWN: KnownIds = {
  trackId: 'software-engineer',
  levelCount: 5,
  competencies: {
    technical: ['foundations', 'debugging', 'reviews'],
    english: ['speaking', 'writing'],
  },
};

function sampleState(): AssessmentState {
  return {
    version: 1,
    track: 'software-engineer',
    raters: {
      self: {
        ratings: { technical: { foundations: 3, debugging: 4 }, english: { speaking: 2, writing: 3 } },
        antiSignals: { technical: [4] },
        note: 'Zoë — aiming for L3 ✓',
      },
      manager: { ratings: { technical: { foundations: 2, debugging: 3, reviews: 3 } }, antiSignals: {} },
    },
  };
}

function expectFailure(result: ReturnType<typeof parseSavedState>, reason: RegExp): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(reason);
}

describe('STORAGE_KEY', () => {
  it('carries the state version so a future format gets a fresh key', () => {
    expect(STORAGE_KEY).toBe('career-ladder:assessment:v1');
  });
});

describe('parseSavedState', () => {
  it('accepts a saved state, including partial ratings, and returns it unchanged', () => {
    const state = sampleState();
    expect(parseSavedState(JSON.stringify(state), KNOWN)).toEqual({ ok: true, state });
    expect(parseSavedState(JSON.stringify(emptyState('software-engineer')), KNOWN)).toEqual({
      ok: true,
      state: emptyState('software-engineer'),
    });
  });

  it('reports nothing saved for null or empty storage', () => {
    expectFailure(parseSavedState(null), /no saved assessment/);
    expectFailure(parseSavedState(''), /no saved assessment/);
  });

  it('reports corrupted JSON without throwing', () => {
    const json = JSON.stringify(sampleState());
    expectFailure(parseSavedState(json.slice(0, json.length - 5)), /not valid JSON/);
    expectFailure(parseSavedState('{"version":1,'), /not valid JSON/);
  });

  it('reports a wrong or missing version', () => {
    expectFailure(
      parseSavedState(JSON.stringify({ ...sampleState(), version: 2 })),
      /is version 2; this calculator reads version 1/,
    );
    const { version: _dropped, ...noVersion } = sampleState();
    expectFailure(parseSavedState(JSON.stringify(noVersion)), /has no version/);
    expectFailure(parseSavedState('[1,2]'), /not an object/);
    expectFailure(parseSavedState('"text"'), /not an object/);
  });

  it('reports a wrong shape with the path of the problem', () => {
    const state = sampleState() as unknown as { raters: { manager: unknown } };
    state.raters.manager = { ratings: { technical: { foundations: 'three' } }, antiSignals: {} };
    expectFailure(
      parseSavedState(JSON.stringify(state)),
      /wrong shape: raters\.manager\.ratings\.technical\.foundations/,
    );
    expectFailure(parseSavedState(JSON.stringify({ version: 1, track: 'x' })), /wrong shape: raters/);
  });

  it('reports an unknown track', () => {
    expectFailure(
      parseSavedState(JSON.stringify({ ...sampleState(), track: 'designer' }), KNOWN),
      /for track 'designer', not 'software-engineer'/,
    );
  });

  it('reports an out-of-range rating naming the dimension and competency', () => {
    const state = sampleState();
    state.raters.manager.ratings.technical!.reviews = 7;
    expectFailure(
      parseSavedState(JSON.stringify(state), KNOWN),
      /^manager: rating for dimension 'reviews' of 'technical' is 7; expected 1 to 5$/,
    );
    state.raters.manager.ratings.technical!.reviews = 2.5;
    expectFailure(parseSavedState(JSON.stringify(state), KNOWN), /is 2.5; expected 1 to 5/);
    // Without known ids the upper bound is unknown, but 0 is still wrong.
    state.raters.manager.ratings.technical!.reviews = 0;
    expectFailure(parseSavedState(JSON.stringify(state)), /is 0; expected a whole number from 1/);
  });

  it('reports unknown competencies, dimensions and anti-signal levels', () => {
    const state = sampleState();
    state.raters.self.ratings.leadership = { vision: 3 };
    state.raters.self.ratings.english!.reading = 3;
    state.raters.self.antiSignals.technical = [6];
    Object.assign(state.raters.self.antiSignals, { constructor: [2] }); // an own key named like an Object.prototype member
    const result = parseSavedState(JSON.stringify(state), KNOWN);
    expectFailure(result, /self-assessment: unknown competency 'leadership'/);
    expectFailure(result, /unknown dimension 'reading' of 'english'/);
    expectFailure(result, /anti-signal level 6 of 'technical'; expected 1 to 5/);
    expectFailure(result, /\(and 1 more\)/);
  });

  it('does not treat Object.prototype names as known competencies', () => {
    const state = sampleState();
    state.raters.self.ratings = { constructor: { name: 3 } };
    expectFailure(parseSavedState(JSON.stringify(state), KNOWN), /unknown competency 'constructor'/);
  });
});

describe('share fragment', () => {
  it('round-trips a state, with or without the leading #', () => {
    const state = sampleState();
    const fragment = encodeShareFragment(state);
    expect(fragment.startsWith(SHARE_FRAGMENT_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^[A-Za-z0-9_=.-]+$/); // safe in a URL fragment without escaping
    expect(decodeShareFragment(fragment, KNOWN)).toEqual({ ok: true, state });
    expect(decodeShareFragment(`#${fragment}`, KNOWN)).toEqual({ ok: true, state });
  });

  it('rejects a fragment that is not a shared assessment (e.g. an in-page anchor)', () => {
    expectFailure(decodeShareFragment('#main-content'), /does not contain a shared assessment/);
    expectFailure(decodeShareFragment(''), /does not contain a shared assessment/);
  });

  it('rejects every truncation of a fragment without throwing', () => {
    const fragment = encodeShareFragment(sampleState());
    for (let length = SHARE_FRAGMENT_PREFIX.length; length < fragment.length; length++) {
      const result = decodeShareFragment(fragment.slice(0, length), KNOWN);
      if (result.ok) expect({ length, result }).toBe('truncated fragment rejected');
      else expect(result.reason).toMatch(/damaged or incomplete/);
    }
  });

  it('rejects every single-character change without throwing', () => {
    const fragment = encodeShareFragment(sampleState());
    const alphabet = 'Aa0-_.%';
    for (let i = SHARE_FRAGMENT_PREFIX.length; i < fragment.length; i++) {
      for (const char of alphabet) {
        if (fragment[i] === char) continue;
        const tampered = fragment.slice(0, i) + char + fragment.slice(i + 1);
        const result = decodeShareFragment(tampered, KNOWN);
        if (result.ok) expect({ i, char }).toBe('tampered fragment rejected');
      }
    }
  });

  it('validates the decoded state like saved state', () => {
    const state = sampleState();
    state.raters.self.ratings.technical!.foundations = 9;
    expectFailure(
      decodeShareFragment(encodeShareFragment(state), KNOWN),
      /'foundations' of 'technical' is 9; expected 1 to 5/,
    );
    expectFailure(
      decodeShareFragment(encodeShareFragment({ ...sampleState(), track: 'designer' }), KNOWN),
      /for track 'designer'/,
    );
  });
});
