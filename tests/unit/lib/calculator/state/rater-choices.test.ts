/** Who is rating each person, kept in this browser: read back as untrusted, pruned to the people listed. */
import { describe, expect, it } from 'vitest';
import { parseRaterChoices, raterChoicesKey, withRaterChoice } from '@lib/calculator/state/rater-choices';

describe('rater choices', () => {
  it('are kept under a key of their own per track', () => {
    expect(raterChoicesKey('engineering')).toBe('career-ladder:engineering:raters:v1');
    expect(raterChoicesKey('engineering')).not.toBe(raterChoicesKey('design'));
  });

  it('read back what was written', () => {
    const choices = withRaterChoice({}, 'alex', 'manager', ['me', 'alex']);
    expect(parseRaterChoices(JSON.stringify(withRaterChoice(choices, 'me', 'self', ['me', 'alex'])))).toEqual({
      alex: 'manager',
      me: 'self',
    });
  });

  it('read nothing from damaged or foreign data, and drop entries that are not a known rater', () => {
    for (const raw of [null, '', '{', '[1]', '"manager"', 'null', '42']) expect(parseRaterChoices(raw)).toEqual({});
    expect(parseRaterChoices('{"a":"manager","b":"boss","c":1,"d":{"x":"self"},"e":"self"}')).toEqual({
      a: 'manager',
      e: 'self',
    });
  });

  it('forget people no longer in the list, and a new choice replaces the old', () => {
    const before = { gone: 'manager', alex: 'self' } as const;
    expect(withRaterChoice(before, 'alex', 'manager', ['me', 'alex'])).toEqual({ alex: 'manager' });
  });
});
