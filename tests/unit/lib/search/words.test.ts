import { describe, expect, it } from 'vitest';
import { editDistance, sameWord, singular, tokens } from '@lib/search/words';

describe('words as search compares them', () => {
  it('splits text into lower-case tokens without accents or punctuation', () => {
    expect(tokens('Anti-signal · Café & “Code Quality”')).toEqual(['anti', 'signal', 'cafe', 'code', 'quality']);
  });

  it('makes plurals singular', () => {
    expect(['behaviours', 'abilities', 'class', 'traps'].map(singular)).toEqual([
      'behaviour',
      'ability',
      'class',
      'trap',
    ]);
  });

  it('counts swapped neighbours as one edit and stops past the limit', () => {
    expect(editDistance('mentorign', 'mentoring')).toBe(1);
    expect(editDistance('obervability', 'observability')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('architecture', 'zz', 2)).toBe(3);
  });

  it('lets longer words carry typos, never codes and short words', () => {
    expect(sameWord('qualty', 'quality')).toBe(true);
    expect(sameWord('distingushed', 'distinguished')).toBe(true);
    expect(sameWord('l3', 'l4')).toBe(false);
    expect(sameWord('sql', 'sq')).toBe(false);
    expect(sameWord('lead', 'load')).toBe(false);
    expect(sameWord('Behaviours'.toLowerCase(), 'behaviour')).toBe(true);
  });
});
