/** The shape checker for data read back in the browser: types from shapes, clear paths, no surprises. */
import { describe, expect, it } from 'vitest';
import {
  array,
  checkShape,
  literal,
  nonEmptyString,
  number,
  object,
  optional,
  record,
  string,
  type Infer,
} from '@lib/assessment/shape';

const rater = object({
  ratings: record(record(number)),
  note: optional(string(10)),
  tags: optional(array(string(), 2)),
});
const saved = object({ version: literal(1), track: nonEmptyString(), raters: object({ self: rater }) });
type Saved = Infer<typeof saved>;

describe('checkShape', () => {
  it('returns the value with only the declared keys, leaving absent optional keys absent', () => {
    const value = { version: 1, track: 'se', raters: { self: { ratings: { a: { b: 3 } }, extra: true } }, more: 1 };
    const result = checkShape(saved, value);
    const expected: Saved = { version: 1, track: 'se', raters: { self: { ratings: { a: { b: 3 } } } } };
    expect(result).toEqual({ ok: true, value: expected });
    expect(result.ok && 'note' in result.value.raters.self).toBe(false);
  });

  it('names the path of the first problem and what was found', () => {
    const bad = { version: 1, track: 'se', raters: { self: { ratings: { english: { writing: 'three' } } } } };
    expect(checkShape(saved, bad)).toEqual({
      ok: false,
      problem: 'raters.self.ratings.english.writing: expected a number, found "three"',
    });
    expect(checkShape(saved, { version: 2, track: 'se', raters: {} })).toEqual({
      ok: false,
      problem: 'version: expected 1, found 2',
    });
    expect(checkShape(saved, { version: 1, track: '', raters: {} })).toMatchObject({
      problem: 'track: expected a non-empty string, found ""',
    });
    expect(checkShape(saved, { version: 1, track: 'se' })).toMatchObject({
      problem: 'raters: expected an object, found nothing',
    });
    expect(checkShape(saved, [])).toMatchObject({ problem: 'expected an object, found a list' });
  });

  it('enforces lengths and counts, and rejects non-finite numbers', () => {
    const long = { version: 1, track: 'se', raters: { self: { ratings: {}, note: 'x'.repeat(11) } } };
    expect(checkShape(saved, long)).toMatchObject({
      problem: 'raters.self.note: expected at most 10 characters, found 11',
    });
    const many = { version: 1, track: 'se', raters: { self: { ratings: {}, tags: ['a', 'b', 'c'] } } };
    expect(checkShape(saved, many)).toMatchObject({ problem: 'raters.self.tags: expected at most 2 items, found 3' });
    expect(checkShape(number, Number.NaN).ok).toBe(false);
  });

  it('keeps keys named like Object.prototype members as plain data', () => {
    const result = checkShape(record(number), JSON.parse('{"constructor": 1, "__proto__": 2}'));
    expect(result.ok && Object.keys(result.value)).toEqual(['constructor', '__proto__']);
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });
});
