/**
 * Bad content fails with a message naming the file, the field, what was found and what was expected.
 * Each case breaks the small fixture track in one way.
 */
import { describe, expect, it } from 'vitest';
import { buildLadder, type LadderSources } from '@lib/ladder/model';
import { formatIssue, LadderValidationError } from '@lib/ladder/issues';
import { validateLadderSources } from '@lib/ladder/validate/index';
import { miniSources, problemsIn } from './support';

const TRACK = 'tests/fixtures/mini-ladder/tracks/data-analyst.yaml';
const A1 = 'tests/fixtures/mini-ladder/levels/data-analyst/a1.mdx';
const A2 = 'tests/fixtures/mini-ladder/levels/data-analyst/a2.mdx';
const SQL = 'tests/fixtures/mini-ladder/competencies/data-analyst/sql/index.mdx';
const STEP = 'tests/fixtures/mini-ladder/promotions/data-analyst/a1-to-a2.mdx';

/** Breaks a copy of the fixture and returns the formatted problems. */
function problemsAfter(breakIt: (sources: LadderSources) => void): string[] {
  const sources = miniSources();
  breakIt(sources);
  return validateLadderSources(sources).map(formatIssue);
}

const level = (sources: LadderSources, code: string) => sources.levels.find((entry) => entry.data.code === code)!.data;
const sql = (sources: LadderSources) => sources.competencies.find((entry) => entry.id.endsWith('/sql'))!.data;

describe('content validation across files', () => {
  it('accepts the intact fixture', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('rejects competency weights that do not add up to the track total', () => {
    expect(problemsAfter((s) => (sql(s).weight = 2.5))).toEqual([
      `${TRACK}: totalWeight: found 3, but the weights of its 2 competencies add up to 3.5; expected the sum of the competency weights`,
    ]);
  });

  it('rejects a gap between two level bands', () => {
    expect(problemsAfter((s) => (level(s, 'A2').band.min = 1.6))).toEqual([
      `${A2}: band.min: found 1.6 (a gap after A1's max 1.4); expected 1.5, right after A1's band`,
    ]);
  });

  it('rejects overlapping level bands', () => {
    expect(problemsAfter((s) => (level(s, 'A2').band.min = 1.3))).toEqual([
      `${A2}: band.min: found 1.3 (an overlap with A1's max 1.4); expected 1.5, right after A1's band`,
    ]);
  });

  it('rejects bands that do not cover the whole score range', () => {
    expect(
      problemsAfter((s) => {
        level(s, 'A1').band.min = 1.1;
        level(s, 'A2').band.max = 1.9;
      }),
    ).toEqual([
      `${A1}: band.min: found 1.1; expected 1.0, the lowest possible score`,
      `${A2}: band.max: found 1.9; expected 2.0, the highest possible score`,
    ]);
  });

  it('rejects a competency with a level missing', () => {
    expect(
      problemsAfter((s) => {
        s.competencyLevels = s.competencyLevels.filter((entry) => entry.id !== 'data-analyst/sql/a2');
      }),
    ).toEqual([
      `${SQL}: levels: found no file for A2 (a2.mdx); expected one MDX file per level next to index.mdx (a1.mdx, a2.mdx)`,
    ]);
  });

  it('rejects a matrix dimension with a cell missing or for an unknown level', () => {
    expect(
      problemsAfter((s) => {
        const cells = sql(s).dimensions[1]!.cells;
        delete cells.A2;
        cells.A3 = 'Beyond the ladder.';
      }),
    ).toEqual([
      `${SQL}: dimensions[1] (Modelling).cells: found missing A2, unknown A3; expected one entry for each level (A1, A2)`,
    ]);
  });

  it('rejects targets outside the scale or for unknown levels', () => {
    expect(
      problemsAfter((s) => {
        sql(s).targets = { A1: 1, A2: 3 };
      }),
    ).toEqual([`${SQL}: targets.A2: found 3; expected a competency level from 1 to 2`]);
  });

  it('rejects a hire bar and promotion steps that name levels that do not exist', () => {
    expect(
      problemsAfter((s) => {
        s.tracks[0]!.data.hireBar = 'A9';
        s.promotions[0]!.data.to = 'A3';
      }),
    ).toEqual([
      `${TRACK}: hireBar: found "A9"; expected one of the level codes (A1, A2)`,
      `${STEP}: to: found "A3"; expected one of the level codes (A1, A2)`,
    ]);
  });

  it('rejects promotion criteria that check a competency the track does not have', () => {
    expect(
      problemsAfter((s) => {
        s.promotions[0]!.data.demonstrate[0]!.checks = [{ competencies: ['python'], atLeast: 'A2', mode: 'all' }];
      }),
    ).toEqual([
      `${STEP}: demonstrate[0].competencies: found "python"; expected a competency of this track (sql, storytelling)`,
    ]);
  });

  it('rejects a promotion step that skips a level and a scale legend of the wrong length', () => {
    expect(
      problemsAfter((s) => {
        s.promotions[0]!.data.from = 'A2';
        s.tracks[0]!.data.scaleLegend = ['Only one'];
      }),
    ).toEqual([
      `${TRACK}: scaleLegend: found 1 names; expected one name per level, 2`,
      `${STEP}: to: found "A2"; expected the level right after A2`,
    ]);
  });

  it('makes buildLadder throw one error that lists every problem', () => {
    const sources = miniSources();
    sql(sources).weight = 5;
    level(sources, 'A2').band.min = 1.7;
    expect(() => buildLadder(sources)).toThrow(LadderValidationError);
    try {
      buildLadder(sources);
    } catch (error) {
      expect((error as LadderValidationError).issues).toHaveLength(2);
      expect((error as Error).message).toMatch(/^The ladder content has 2 problems:\n {2}- tests\/fixtures/);
    }
  });
});

describe('content validation of single files (schemas)', () => {
  const sqlIndex = 'competencies/data-analyst/sql/index.mdx';
  const a1 = 'levels/data-analyst/a1.mdx';
  const level = (frontmatter: string) => `---\n${frontmatter}\n---\n\nAnswers well-posed questions.\n`;

  it('names the file and field when a rule counts more dimensions than the competency has', () => {
    expect(problemsIn({ [sqlIndex]: (text) => text.replace('k: 2, m: 3', 'k: 2, m: 4') })).toEqual([
      `${sqlIndex}: rule.m: found m = 4; expected the number of dimensions, 3`,
    ]);
  });

  it('names the file and field when a rule needs more dimensions than it counts', () => {
    expect(problemsIn({ [sqlIndex]: (text) => text.replace('k: 2, m: 3', 'k: 4, m: 3') })).toEqual([
      `${sqlIndex}: rule.k: found k = 4; expected at most m = 3`,
    ]);
  });

  it('names the file and field when a value has the wrong type', () => {
    expect(
      problemsIn({ [a1]: () => level('code: A1\nrank: one\ntitle: Analyst\nband: { min: 1.0, max: 1.4 }') }),
    ).toEqual([`${a1}: rank: found "one"; expected a number`]);
  });

  it('rejects a misspelt field instead of silently ignoring it, and names the field it probably meant', () => {
    expect(problemsIn({ [sqlIndex]: (text) => text.replace('weight: 2', 'wieght: 2') })).toEqual([
      `${sqlIndex}: weight: found no value; expected a number`,
      `${sqlIndex}: wieght: found a field this file does not have; expected one of order, name, shortName, weight, targets, rule, dimensions, retired (did you mean "weight"?)`,
    ]);
  });

  it('rejects a band with two decimals and a band whose min is above its max', () => {
    expect(
      problemsIn({ [a1]: () => level('code: A1\nrank: 1\ntitle: Analyst\nband: { min: 1.45, max: 1.4 }') }),
    ).toEqual([
      `${a1}: band.min: found 1.45; expected a number with at most one decimal`,
      `${a1}: band: found min 1.45 above max 1.4; expected min <= max`,
    ]);
  });

  it('reports unreadable YAML with the file name and the line', () => {
    expect(problemsIn({ 'tracks/data-analyst.yaml': (text) => `${text}labels: [unclosed\n` })).toEqual([
      'tracks/data-analyst.yaml: (file): found invalid YAML at line 11: unexpected end of the stream within a flow collection; expected valid YAML',
    ]);
  });
});
