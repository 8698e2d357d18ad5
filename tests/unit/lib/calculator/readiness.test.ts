import { describe, expect, it } from 'vitest';
import { evaluateRequirement } from '@lib/calculator/readiness';

const IDS = ['technical', 'quality', 'design', 'ai-tools', 'problem-solving', 'communication', 'english', 'mentoring'];
const allAt = (level: number) => Object.fromEntries(IDS.map((id) => [id, level]));

describe('evaluateRequirement', () => {
  it("'all' competencies at least L2: met when every competency reaches it", () => {
    const result = evaluateRequirement({ competencies: 'all', atLeast: 2 }, allAt(2), IDS);
    expect(result.met).toBe(true);
    expect(result.shortfalls).toEqual([]);
    expect(result.unrated).toEqual([]);
  });

  it("'all' at least L3: lists each competency that falls short and by how much", () => {
    const levels = { ...allAt(3), english: 2, mentoring: 1 };
    const result = evaluateRequirement({ competencies: 'all', atLeast: 3 }, levels, IDS);
    expect(result.met).toBe(false);
    expect(result.shortfalls).toEqual([
      { id: 'english', level: 2, by: 1 },
      { id: 'mentoring', level: 1, by: 2 },
    ]);
  });

  it('a listed subset in the default mode needs every listed competency', () => {
    const levels = { ...allAt(1), design: 4, technical: 3 };
    const result = evaluateRequirement({ competencies: ['design', 'technical'], atLeast: 4 }, levels, IDS);
    expect(result.met).toBe(false);
    expect(result.shortfalls).toEqual([{ id: 'technical', level: 3, by: 1 }]);
    // Competencies outside the list do not matter.
    expect(evaluateRequirement({ competencies: ['design'], atLeast: 4 }, levels, IDS).met).toBe(true);
  });

  it("mode 'any' is met when at least one listed competency reaches the level", () => {
    const requirement = { competencies: ['design', 'mentoring'], atLeast: 4, mode: 'any' as const };
    const oneReaches = evaluateRequirement(requirement, { ...allAt(3), mentoring: 4 }, IDS);
    expect(oneReaches.met).toBe(true);
    expect(oneReaches.shortfalls).toEqual([{ id: 'design', level: 3, by: 1 }]);
    const noneReach = evaluateRequirement(requirement, allAt(3), IDS);
    expect(noneReach.met).toBe(false);
    expect(noneReach.shortfalls.map((s) => s.id)).toEqual(['design', 'mentoring']);
  });

  it('treats unrated competencies as not reaching the level and lists them', () => {
    const levels = { ...allAt(3), english: null, mentoring: undefined };
    const result = evaluateRequirement({ competencies: 'all', atLeast: 2 }, levels, IDS);
    expect(result.met).toBe(false);
    expect(result.unrated).toEqual(['english', 'mentoring']);
    expect(result.shortfalls).toEqual([]);
    const anyMode = evaluateRequirement({ competencies: ['english', 'design'], atLeast: 3, mode: 'any' }, levels, IDS);
    expect(anyMode.met).toBe(true);
  });

  it('rejects requirements naming unknown competencies, none, or a bad level', () => {
    expect(() => evaluateRequirement({ competencies: ['desgin'], atLeast: 2 }, allAt(2), IDS)).toThrow(
      /unknown competencies: desgin/,
    );
    expect(() => evaluateRequirement({ competencies: [], atLeast: 2 }, allAt(2), IDS)).toThrow(/no competencies/);
    expect(() => evaluateRequirement({ competencies: 'all', atLeast: 0 }, allAt(2), IDS)).toThrow(/atLeast is 0/);
  });
});
