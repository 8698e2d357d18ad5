/**
 * Type-level tests of the shapes declared once and inferred everywhere else: if a schema changes, the
 * types the pages, the scoring core and the calculator use change with it, or these fail to compile.
 * Compiled by `astro check` (npm run check), which fails on any assertion here (see vitest.config.ts).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Person } from '@lib/assessment/people-format';
import type { Rater, RaterRole } from '@lib/assessment/raters';
import type { Requirement } from '@lib/calculator/readiness';
import type { checkSchema, competencySchema, levelSchema, ruleSchema } from '@lib/ladder/schemas';
import type { Competency, Track } from '@lib/ladder/model';
import type { ScoreBand, ScoringRule } from '@lib/scoring';

describe('content schemas', () => {
  it('infer a competency’s front matter field by field', () => {
    expectTypeOf<z.infer<typeof competencySchema>>().toMatchObjectType<{
      order: number;
      name: string;
      shortName: string;
      weight: number;
      targets: Record<string, number>;
      rule: { k: number; m: number; label: string; text: string };
      dimensions: { id: string; name: string; cells: Record<string, string>; replaces?: string[] | undefined }[];
    }>();
  });

  it('give a check its default mode once parsed, and leave it optional as written', () => {
    expectTypeOf<z.infer<typeof checkSchema>['mode']>().toEqualTypeOf<'all' | 'any'>();
    expectTypeOf<z.input<typeof checkSchema>['mode']>().toEqualTypeOf<'all' | 'any' | undefined>();
  });
});

describe('the ladder model', () => {
  it('carries a competency’s source fields and what the build derives', () => {
    expectTypeOf<Competency>().toMatchObjectType<{ slug: string; name: string; weight: number; filePath: string }>();
    expectTypeOf<Competency['dimensions'][number]['cells'][string]>().toEqualTypeOf<{ id: string; text: string }>();
    expectTypeOf<Track['levels'][number]['isHireBar']>().toEqualTypeOf<boolean>();
  });
});

describe('the scoring core’s inputs, derived from the schemas', () => {
  it('takes k and m of a rule', () => {
    expectTypeOf<ScoringRule>().toEqualTypeOf<Pick<z.infer<typeof ruleSchema>, 'k' | 'm'>>();
    expectTypeOf<ScoringRule>().toEqualTypeOf<{ k: number; m: number }>();
  });

  it('takes a level’s code and band', () => {
    expectTypeOf<ScoreBand>().toMatchObjectType<{ code: string; min: number; max: number }>();
    expectTypeOf<z.infer<typeof levelSchema>>().toExtend<ScoreBand | { band: unknown }>();
  });

  it('checks a requirement with its level as a rank', () => {
    expectTypeOf<Requirement['atLeast']>().toEqualTypeOf<number>();
    expectTypeOf<Requirement['competencies']>().toEqualTypeOf<'all' | string[]>();
  });
});

describe('saved assessments', () => {
  it('keep both raters’ input per person, and one list of raters', () => {
    expectTypeOf<RaterRole>().toEqualTypeOf<'self' | 'manager'>();
    expectTypeOf<Person['raters']>().toEqualTypeOf<Record<RaterRole, Rater>>();
    expectTypeOf<Rater['ratings']>().toEqualTypeOf<Record<string, Record<string, number>>>();
  });
});
