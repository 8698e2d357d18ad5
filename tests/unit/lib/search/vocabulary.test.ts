import { describe, expect, it } from 'vitest';
import { closestWord, didYouMean, indexWords, unseenWords } from '@lib/search/vocabulary';

describe('"did you mean" from the index vocabulary', () => {
  const vocabulary = indexWords([
    'Observability dashboards for the service. Observability first.',
    'Mentoring juniors; mentors review. Race conditions in L3 code.',
  ]);

  it('lists words of four letters or more, most frequent first', () => {
    expect(vocabulary[0]).toBe('observability');
    expect(vocabulary).toContain('mentoring');
    expect(vocabulary).not.toContain('l3');
    expect(vocabulary).not.toContain('the');
  });

  it('suggests the closest known word for an unknown one, and nothing for known words or prefixes', () => {
    expect(closestWord('obervability', vocabulary)).toBe('observability');
    expect(closestWord('mentorign', vocabulary)).toBe('mentoring');
    expect(closestWord('mentor', vocabulary)).toBeUndefined();
    expect(closestWord('dashboard', vocabulary)).toBeUndefined();
    expect(closestWord('zzqxv', vocabulary)).toBeUndefined();
  });

  it('corrects only the words that found nothing, keeping the rest as typed', () => {
    expect(didYouMean('Why OBERVABILITY matters', vocabulary, ['obervability'])).toBe('Why observability matters');
    expect(didYouMean('race condtions', vocabulary)).toBe('race conditions');
    expect(didYouMean('race conditions', vocabulary)).toBeUndefined();
  });

  it('finds the searched words no shown result holds', () => {
    expect(unseenWords(['englsh', 'junior'], new Set(['juniors', 'english']))).toEqual(['englsh']);
  });
});
