/** The team view's numbers: rows, targets, spread, sorting and CSV. */
import { describe, expect, it } from 'vitest';
import { blankRaters } from '@lib/assessment/raters';
import {
  csvField,
  sortRows,
  spreadOf,
  targetFor,
  teamCsv,
  teamRows,
  UTF8_BOM,
  type TeamMember,
} from '@lib/calculator/team';
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
    const csv = teamCsv(seedModel, rows, 'Manager');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(UTF8_BOM.length).split('\r\n');
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

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads names such as Đặng as written', () => {
    const csv = teamCsv(seedModel, teamRows(seedModel, [member('Đặng Thị Ngọc', 3)], 'manager'), 'Manager');
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain('\r\nĐặng Thị Ngọc,Manager,');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+31 20 555', "'+31 20 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTabbed', "'\tTabbed"],
    ['\r=1', `"'\r=1"`],
    ['  =1', "'  =1"],
    ['\u00a0=HYPERLINK("x")', `"'\u00a0=HYPERLINK(""x"")"`],
    ['\u2003\u00a0@x', "'\u2003\u00a0@x"],
  ])('defuses a cell that a spreadsheet would run as a formula: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each(['Ana', ' Ana', 'L3', '3.00', '8 of 8', 'Jean-Luc', 'a=b', ''])('leaves plain text alone: %j', (value) => {
    expect(csvField(value)).toBe(value);
  });

  it('defuses names of people read from opened JSON files too', () => {
    const opened: TeamMember = { ...member('\u00a0=cmd|/C calc', 3), source: 'team.json' };
    const line = teamCsv(seedModel, teamRows(seedModel, [opened], 'manager'), 'Manager').split('\r\n')[1];
    expect(line?.startsWith("'\u00a0=cmd|/C calc,Manager,")).toBe(true);
  });
});
