/**
 * Share links as they arrive after mail, chat and wikis: repaired where the intent is clear, refused with the
 * one "damaged or incomplete" message where it is not, and in-page anchors left alone.
 */
import { describe, expect, it } from 'vitest';
import { DAMAGED_LINK } from '@lib/assessment/legacy/v1-link';
import { knownIds } from '@lib/calculator/model';
import { readFragment } from '@lib/assessment/fragment-text';
import { decodeShareLink, encodeShareLink, isShareFragment } from '@lib/assessment/share-link';
import { raterWith, seedModel } from '../calculator/support';

const known = knownIds(seedModel);
const link = encodeShareLink(seedModel, { self: raterWith(seedModel, 3), manager: raterWith(seedModel, 2) });
const RLM = '\u200f';

describe('readFragment', () => {
  it.each([[''], ['#'], ['#main'], ['#l2-behaviour-3'], ['#calculator'], ['#self-assessment']])(
    '%j is not a share link',
    (hash) => {
      expect(readFragment(hash)).toEqual({ kind: 'none' });
      expect(isShareFragment(hash)).toBe(false);
    },
  );

  it.each([
    ['upper-case prefix', `#${link.replace('cl2.', 'CL2.')}`],
    ['leading space', `# ${link}`],
    ['leading space, percent-encoded as the address bar shows it', `#%20${link}`],
    ['dots written %2E', `#${link.replaceAll('.', '%2E')}`],
    ['dots written %2e', `#${link.replaceAll('.', '%2e')}`],
    ['a leading right-to-left mark', `#${RLM}${link}`],
    ['a leading right-to-left mark, percent-encoded', `#%E2%80%8F${link}`],
    ['a line break in the middle, as a mail client wraps it', `#${link.slice(0, 20)}%0A${link.slice(20)}`],
    ['a trailing space', `#${link}%20`],
  ])('repairs a link with %s', (_name, hash) => {
    expect(readFragment(hash)).toEqual({ kind: 'link', text: link });
    const decoded = decodeShareLink(hash, seedModel, known);
    expect(decoded).toEqual(decodeShareLink(link, seedModel, known));
    expect(decoded.ok).toBe(true);
  });

  it.each([
    ['#c'],
    ['#cl'],
    ['#cl2'],
    ['#cl2.'],
    ['#CL'],
    ['# cl2'],
    ['#assess'],
    ['#assessment='],
    [`#%00${link}`],
    [`#${link}%00`],
    [`#${link.slice(0, 10)}%07${link.slice(10)}`],
    [`#${link}%`],
    [`#${link}%E2%80`],
  ])('refuses %j as damaged or incomplete', (hash) => {
    expect(readFragment(hash)).toEqual({ kind: 'refused' });
    expect(isShareFragment(hash)).toBe(true);
    expect(decodeShareLink(hash, seedModel, known)).toEqual({ ok: false, reason: DAMAGED_LINK });
  });

  it('leaves the rest of the link to its check character: a link upper-cased as a whole is damaged', () => {
    expect(decodeShareLink(`#${link.toUpperCase()}`, seedModel, known)).toEqual({ ok: false, reason: DAMAGED_LINK });
  });
});
