/** Short share links: a full two-rater profile in at most 120 characters, refused when damaged or stale. */
import { describe, expect, it } from 'vitest';
import { encodeV1Link } from '@tests/fixtures/legacy-links';
import { type Raters } from '@lib/assessment/raters';
import { knownIds, type CalculatorModel } from '@lib/calculator/model';
import { decodeShareLink, encodeShareLink, isShareFragment } from '@lib/assessment/share-link';
import { blankRater, raterWith, seedModel } from '../calculator/support';

const known = knownIds(seedModel);

/** Both raters, every dimension rated with varied levels, anti-signals and evidence ticks. */
function fullProfile(): Raters {
  const self = raterWith(seedModel, 3, { 'system-design': [4, 3, 1, 3, 2], english: [5, 5, 4, 4, 3] });
  const manager = raterWith(seedModel, 2, { 'technical-mastery': [1, 2, 3, 4, 5, 1] }, { 'code-quality': [3, 5] });
  const step = seedModel.promotions[0]!;
  manager.evidence = [`${step.id}-${step.demonstrate[0]!.id}`];
  return { self, manager };
}

describe('encodeShareLink', () => {
  it('fits a full profile with both raters, anti-signals and evidence in 120 characters', () => {
    const fragment = encodeShareLink(seedModel, fullProfile());
    expect(fragment.length).toBeLessThanOrEqual(120);
    expect(fragment).toMatch(/^cl2\.[\w-]{3}\.[\w-]+\.[\w-]{6}$/);
    // Only ratings: 2 + 2 × (2 + 41 × 3) bits = 252 bits = 42 characters of payload.
    const plain = encodeShareLink(seedModel, { self: raterWith(seedModel, 3), manager: raterWith(seedModel, 2) });
    expect(plain.split('.')[2]).toHaveLength(42);
  });

  it('round-trips ratings, anti-signals and evidence of both raters; notes only when asked', () => {
    const raters = fullProfile();
    raters.self.note = 'Zoë — aiming for L4 ✓';
    const decoded = decodeShareLink(encodeShareLink(seedModel, raters), seedModel, known);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { note: _note, ...selfWithoutNote } = raters.self;
    expect(decoded.shared.raters).toEqual({ self: selfWithoutNote, manager: raters.manager });

    const withText = encodeShareLink(seedModel, raters, { includeText: true, name: 'Zoë' });
    const again = decodeShareLink(`#${withText}`, seedModel, known);
    expect(again.ok && again.shared).toEqual({ raters, name: 'Zoë' });
  });

  it('leaves out a rater with no input', () => {
    const fragment = encodeShareLink(seedModel, { self: raterWith(seedModel, 4), manager: blankRater() });
    const decoded = decodeShareLink(fragment, seedModel, known);
    expect(decoded.ok && decoded.shared.raters.manager).toEqual(blankRater());
    expect(fragment.split('.')[2]!.length).toBeLessThan(25);
  });
});

describe('decodeShareLink', () => {
  const fragment = encodeShareLink(seedModel, fullProfile());

  it('rejects every truncation and every single-character change without throwing', () => {
    for (let length = 0; length < fragment.length; length++) {
      expect(decodeShareLink(fragment.slice(0, length), seedModel, known).ok).toBe(false);
    }
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let at = 0; at < fragment.length; at++) {
      const swapped = alphabet[(alphabet.indexOf(fragment[at]!) + 7) % alphabet.length]!;
      const damaged = fragment.slice(0, at) + swapped + fragment.slice(at + 1);
      const result = decodeShareLink(damaged, seedModel, known);
      expect(result.ok, `change at ${at}`).toBe(false);
    }
  });

  it('says so when the ladder changed shape since the link was made', () => {
    const reshaped: CalculatorModel = {
      ...seedModel,
      competencies: seedModel.competencies.map((c, i) =>
        i === 0 ? { ...c, dimensions: [...c.dimensions, { id: 'new', name: 'New', cells: [] }] } : c,
      ),
    };
    const result = decodeShareLink(fragment, reshaped, knownIds(reshaped));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/earlier version of this ladder/) });
  });

  it('says so when the link comes from a newer calculator', () => {
    expect(decodeShareLink('cl3.abc.def.ghijkl', seedModel, known)).toEqual({
      ok: false,
      reason: expect.stringMatching(/newer version/),
    });
  });

  it('still opens the earlier JSON links', () => {
    const raters = fullProfile();
    const old = encodeV1Link({ version: 1, track: seedModel.track.id, raters });
    expect(isShareFragment(old)).toBe(true);
    expect(decodeShareLink(`#${old}`, seedModel, known)).toEqual({ ok: true, shared: { raters }, format: 'json' });
  });

  it('is not fooled by an in-page anchor', () => {
    expect(isShareFragment('#l2-behaviour-3')).toBe(false);
    expect(decodeShareLink('l2-behaviour-3', seedModel, known).ok).toBe(false);
  });
});
