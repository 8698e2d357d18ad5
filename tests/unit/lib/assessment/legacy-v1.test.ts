import { describe, expect, it } from 'vitest';
import { decodeV1Link } from '@lib/assessment/legacy/v1-link';
import { V1_LINK_PREFIX } from '@lib/assessment/share-fragment';
import { V1_STORAGE_KEY, parseV1, type V1Assessment } from '@lib/assessment/legacy/v1-assessment';
import { blankV1Assessment, encodeV1Link } from '@tests/fixtures/legacy-links';
import { type KnownIds } from '@lib/assessment/raters';

const KNOWN: KnownIds = {
  trackId: 'software-engineer',
  levelCount: 5,
  competencies: {
    technical: ['foundations', 'debugging', 'reviews'],
    english: ['speaking', 'writing'],
  },
};

function sampleState(): V1Assessment {
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

function expectFailure(result: ReturnType<typeof parseV1>, reason: RegExp): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(reason);
}

describe('V1_STORAGE_KEY', () => {
  it('carries the state version so a future format gets a fresh key', () => {
    expect(V1_STORAGE_KEY).toBe('career-ladder:assessment:v1');
  });
});

describe('parseV1', () => {
  it('accepts a saved state, including partial ratings, and returns it unchanged', () => {
    const state = sampleState();
    expect(parseV1(JSON.stringify(state), KNOWN)).toEqual({ ok: true, state });
    expect(parseV1(JSON.stringify(blankV1Assessment('software-engineer')), KNOWN)).toEqual({
      ok: true,
      state: blankV1Assessment('software-engineer'),
    });
  });

  it('reports nothing saved for null or empty storage', () => {
    expectFailure(parseV1(null), /no saved assessment/);
    expectFailure(parseV1(''), /no saved assessment/);
  });

  it('reports corrupted JSON without throwing', () => {
    const json = JSON.stringify(sampleState());
    expectFailure(parseV1(json.slice(0, json.length - 5)), /not valid JSON/);
    expectFailure(parseV1('{"version":1,'), /not valid JSON/);
  });

  it('reports a wrong or missing version', () => {
    expectFailure(
      parseV1(JSON.stringify({ ...sampleState(), version: 2 })),
      /is version 2; this calculator reads version 1/,
    );
    const { version: _dropped, ...noVersion } = sampleState();
    expectFailure(parseV1(JSON.stringify(noVersion)), /has no version/);
    expectFailure(parseV1('[1,2]'), /not an object/);
    expectFailure(parseV1('"text"'), /not an object/);
  });

  it('reports a wrong shape with the path of the problem', () => {
    const state = sampleState() as unknown as { raters: { manager: unknown } };
    state.raters.manager = { ratings: { technical: { foundations: 'three' } }, antiSignals: {} };
    expectFailure(parseV1(JSON.stringify(state)), /wrong shape: raters\.manager\.ratings\.technical\.foundations/);
    expectFailure(parseV1(JSON.stringify({ version: 1, track: 'x' })), /wrong shape: raters/);
  });

  it('reports an unknown track', () => {
    expectFailure(
      parseV1(JSON.stringify({ ...sampleState(), track: 'designer' }), KNOWN),
      /for track 'designer', not 'software-engineer'/,
    );
  });

  it('reports an out-of-range rating naming the dimension and competency', () => {
    const state = sampleState();
    state.raters.manager.ratings.technical!.reviews = 7;
    expectFailure(
      parseV1(JSON.stringify(state), KNOWN),
      /^manager: rating for dimension 'reviews' of 'technical' is 7; expected 1 to 5$/,
    );
    state.raters.manager.ratings.technical!.reviews = 2.5;
    expectFailure(parseV1(JSON.stringify(state), KNOWN), /is 2.5; expected 1 to 5/);
    // Without known ids the upper bound is unknown, but 0 is still wrong.
    state.raters.manager.ratings.technical!.reviews = 0;
    expectFailure(parseV1(JSON.stringify(state)), /is 0; expected a whole number from 1/);
  });

  it('reports unknown competencies, dimensions and anti-signal levels', () => {
    const state = sampleState();
    state.raters.self.ratings.leadership = { vision: 3 };
    state.raters.self.ratings.english!.reading = 3;
    state.raters.self.antiSignals.technical = [6];
    Object.assign(state.raters.self.antiSignals, { constructor: [2] }); // an own key named like an Object.prototype member
    const result = parseV1(JSON.stringify(state), KNOWN);
    expectFailure(result, /self-assessment: unknown competency 'leadership'/);
    expectFailure(result, /unknown dimension 'reading' of 'english'/);
    expectFailure(result, /anti-signal level 6 of 'technical'; expected 1 to 5/);
    expectFailure(result, /\(and 1 more\)/);
  });

  it('does not treat Object.prototype names as known competencies', () => {
    const state = sampleState();
    state.raters.self.ratings = { constructor: { name: 3 } };
    expectFailure(parseV1(JSON.stringify(state), KNOWN), /unknown competency 'constructor'/);
  });
});

describe('share fragment', () => {
  it('round-trips a state, with or without the leading #', () => {
    const state = sampleState();
    const fragment = encodeV1Link(state);
    expect(fragment.startsWith(V1_LINK_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^[A-Za-z0-9_=.-]+$/); // safe in a URL fragment without escaping
    expect(decodeV1Link(fragment, KNOWN)).toEqual({ ok: true, state });
    expect(decodeV1Link(`#${fragment}`, KNOWN)).toEqual({ ok: true, state });
  });

  it('rejects a fragment that is not a shared assessment (e.g. an in-page anchor)', () => {
    expectFailure(decodeV1Link('#main-content'), /does not contain a shared assessment/);
    expectFailure(decodeV1Link(''), /does not contain a shared assessment/);
  });

  it('rejects every truncation of a fragment without throwing', () => {
    const fragment = encodeV1Link(sampleState());
    for (let length = V1_LINK_PREFIX.length; length < fragment.length; length++) {
      const result = decodeV1Link(fragment.slice(0, length), KNOWN);
      if (result.ok) expect({ length, result }).toBe('truncated fragment rejected');
      else expect(result.reason).toMatch(/damaged or incomplete/);
    }
  });

  it('rejects every single-character change without throwing', () => {
    const fragment = encodeV1Link(sampleState());
    const alphabet = 'Aa0-_.%';
    for (let i = V1_LINK_PREFIX.length; i < fragment.length; i++) {
      for (const char of alphabet) {
        if (fragment[i] === char) continue;
        const tampered = fragment.slice(0, i) + char + fragment.slice(i + 1);
        const result = decodeV1Link(tampered, KNOWN);
        if (result.ok) expect({ i, char }).toBe('tampered fragment rejected');
      }
    }
  });

  it('validates the decoded state like saved state', () => {
    const state = sampleState();
    state.raters.self.ratings.technical!.foundations = 9;
    expectFailure(decodeV1Link(encodeV1Link(state), KNOWN), /'foundations' of 'technical' is 9; expected 1 to 5/);
    expectFailure(decodeV1Link(encodeV1Link({ ...sampleState(), track: 'designer' }), KNOWN), /for track 'designer'/);
  });
});
