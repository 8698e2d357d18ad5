/**
 * The team view's numbers: one row per person (levels per competency, score and level, the target level),
 * the spread of levels per competency, sorting, and the same table as CSV. Pure; the view renders it.
 */
import type { Carried } from '../assessment/ladder-versions';
import type { RaterRole, Raters } from '../assessment/raters';
import type { CalculatorModel, ModelLevel } from './model';
import { assess, standingLevel, type OverallOutcome } from './results';

/** Who a row is about; people from imported files are not saved, so they carry where they came from. */
export interface TeamMember {
  id: string;
  name: string;
  raters: Raters;
  target?: number;
  /** The file a member was read from, when not one of the saved people. */
  source?: string;
  /** Set when the ratings were made under an older ladder version (marked in the table). */
  carried?: Carried;
}

export interface TeamRow {
  member: TeamMember;
  levels: Record<string, number | null>;
  overall: OverallOutcome;
  /** The level aimed at: the person's chosen target, else the level above where they stand. */
  target: ModelLevel | undefined;
  /** True when the person's target was chosen, false when it follows from the result. */
  targetChosen: boolean;
  /** The score to sort and export: final, else provisional, else null. */
  score: number | null;
  provisional: boolean;
}

export function teamRows(model: CalculatorModel, members: readonly TeamMember[], role: RaterRole): TeamRow[] {
  return members.map((member) => {
    const { levels, overall } = assess(model, member.raters[role]);
    const standing = standingLevel(overall);
    const chosen = member.target ? model.levels[member.target - 1] : undefined;
    const target = chosen ?? (standing ? (model.levels[standing.rank] ?? standing) : undefined);
    const score = overall.score ?? overall.provisional?.score ?? null;
    return {
      member,
      levels,
      overall,
      target,
      targetChosen: Boolean(chosen),
      score,
      provisional: overall.scoreText === undefined,
    };
  });
}

/** The competency level the row's target level asks for (the target profile), if there is a target. */
export function targetFor(model: CalculatorModel, row: TeamRow, competencyId: string): number | undefined {
  const competency = model.competencies.find((c) => c.id === competencyId);
  return row.target && competency ? competency.targets[row.target.rank - 1] : undefined;
}

export interface Spread {
  min: number;
  max: number;
  /** People per level, index 0 = level 1. */
  counts: number[];
  rated: number;
}

/** The range and distribution of one competency's levels over the rows (null when nobody is rated). */
export function spreadOf(model: CalculatorModel, rows: readonly TeamRow[], competencyId: string): Spread | null {
  const levels = rows.map((row) => row.levels[competencyId]).filter((level): level is number => level != null);
  if (levels.length === 0) return null;
  const counts = model.levels.map((level) => levels.filter((l) => l === level.rank).length);
  return { min: Math.min(...levels), max: Math.max(...levels), counts, rated: levels.length };
}

/** 'name', 'score', 'target' or a competency id. */
export type SortKey = string;
export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by a column; unrated values go last either way, ties keep name order. */
export function sortRows(rows: readonly TeamRow[], key: SortKey, direction: SortDirection): TeamRow[] {
  const value = (row: TeamRow): string | number | null => {
    if (key === 'name') return row.member.name.toLowerCase();
    if (key === 'score') return row.score;
    if (key === 'target') return row.target?.rank ?? null;
    return row.levels[key] ?? null;
  };
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: TeamRow, b: TeamRow) => a.member.name.localeCompare(b.member.name);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    if (x === y) return byName(a, b);
    return (x < y ? -1 : 1) * sign;
  });
}

/**
 * Text a spreadsheet would run as a formula: =, +, -, @, a tab or a carriage return first, also after
 * leading white space of any kind (a no-break space included), as Excel skips it before reading a formula.
 */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/** A CSV field: formula-looking text is defused with a leading apostrophe; quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8 ("Đặng", not "Ä�áº·ng"). */
export const UTF8_BOM = '\uFEFF';

/**
 * The table as CSV for Excel and every other spreadsheet: UTF-8 with a byte-order mark, RFC 4180 quoting,
 * CRLF line ends; one row per person (saved or from an opened file), level codes per competency.
 */
export function teamCsv(model: CalculatorModel, rows: readonly TeamRow[], raterName: string): string {
  const code = (rank: number | null | undefined) => (rank ? (model.levels[rank - 1]?.code ?? '') : '');
  const head = [
    'Person',
    'Ratings of',
    'Target level',
    ...model.competencies.map((c) => c.shortName),
    'Score',
    'Level',
    'Competencies rated',
  ];
  const lines = rows.map((row) => {
    const level = standingLevel(row.overall);
    const score = row.score === null ? '' : (row.overall.scoreText ?? row.overall.provisional?.scoreText ?? '');
    return [
      row.member.name,
      raterName,
      row.target?.code ?? '',
      ...model.competencies.map((c) => code(row.levels[c.id])),
      score,
      level?.code ?? '',
      `${row.overall.rated} of ${row.overall.total}${row.provisional && row.score !== null ? ' (provisional)' : ''}`,
    ];
  });
  return `${UTF8_BOM}${[head, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
