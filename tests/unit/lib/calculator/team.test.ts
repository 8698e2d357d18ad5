/** The team view's numbers: rows, targets, spread, sorting and CSV. */
import { describe, expect, it } from 'vitest';
import { blankRaters } from '../../../../src/lib/assessment/raters';
import { sortRows, spreadOf, targetFor, teamCsv, teamRows, type TeamMember } from '../../../../src/lib/calculator/team';
import { raterWith, seedModel } from './support';

const member = (name: string, level: number | null, target?: number): TeamMember => ({
  id: name,
  name,
  raters: { ...blankRaters(), manager: level === null ? blankRaters().manager : raterWith(seedModel, level) },
  ...(target ? { target } : {}),
});

describe('team rows', () => {
  const rows = teamRows(
    seedModel,
    [member('Ana', 2), member('=Ben, "B"', 3), member('Cy', 4, 5), member('Dee', null)],
    'manager',
  );

  it('take the target chosen for a person, else the level above where they stand', () => {
    expect(rows.map((row) => row.target?.code)).toEqual(['L3', 'L4', 'L5', undefined]);
    expect(rows.map((row) => row.targetChosen)).toEqual([false, false, true, false]);
    // Technical Mastery's profile asks for L4 at L3 (Ana's aim).
    expect(targetFor(seedModel, rows[0]!, 'technical-mastery')).toBe(4);
  });

  it('give the spread of a competency over the rated people', () => {
    expect(spreadOf(seedModel, rows, 'english')).toEqual({ min: 2, max: 4, counts: [0, 1, 1, 1, 0], rated: 3 });
    expect(spreadOf(seedModel, [rows[3]!], 'english')).toBeNull();
  });

  it('sort by score either way with unrated people last, ties by name', () => {
    const names = (key: string, direction: 'ascending' | 'descending') =>
      sortRows(rows, key, direction).map((row) => row.member.name);
    expect(names('score', 'descending')).toEqual(['Cy', '=Ben, "B"', 'Ana', 'Dee']);
    expect(names('score', 'ascending')).toEqual(['Ana', '=Ben, "B"', 'Cy', 'Dee']);
    expect(names('name', 'ascending')).toEqual(['=Ben, "B"', 'Ana', 'Cy', 'Dee']);
  });

  it('export as CSV with quoting and formula-looking names defused', () => {
    const lines = teamCsv(seedModel, rows, 'Manager').split('\r\n');
    expect(lines[0]).toBe(
      `Person,Ratings of,Target level,${seedModel.competencies.map((c) => c.shortName).join(',')},Score,Level,Competencies rated`,
    );
    expect(lines[2]).toBe(
      `"'=Ben, ""B""",Manager,L4,${seedModel.competencies.map(() => 'L3').join(',')},3.00,L3,8 of 8`,
    );
    expect(lines[4]).toBe(`Dee,Manager,,${seedModel.competencies.map(() => '').join(',')},,,0 of 8`);
    expect(lines.at(-1)).toBe('');
  });
});
