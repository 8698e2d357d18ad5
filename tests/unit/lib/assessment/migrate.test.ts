/** The migration seam: older saved formats and ladder revisions brought forward step by step. */
import { describe, expect, it } from 'vitest';
import { migrateLadder, migrateSaved, type FormatStep, type LadderStep } from '@lib/assessment/migrate';
import { PEOPLE_VERSION, parsePeople } from '@lib/assessment/people-format';
import { emptyPeople } from '@lib/calculator/people';

const track = 'software-engineer';

describe('migrateSaved', () => {
  it('leaves the current format as it is, and follows a chain of steps to it', () => {
    expect(migrateSaved({ version: PEOPLE_VERSION, a: 1 }, PEOPLE_VERSION)).toEqual({
      ok: true,
      value: { version: PEOPLE_VERSION, a: 1 },
    });
    const steps: FormatStep[] = [
      { from: 2, to: 3, migrate: ({ names, ...rest }) => ({ ...rest, people: names }) },
      { from: 1, to: 2, migrate: ({ name, ...rest }) => ({ ...rest, names: [name] }) },
    ];
    expect(migrateSaved({ version: 1, name: 'Alex' }, 3, steps)).toEqual({
      ok: true,
      value: { version: 3, people: ['Alex'] },
    });
  });

  it('fails, naming the version found, when no step leads on (newer, unknown or missing)', () => {
    expect(migrateSaved({ version: 9 }, PEOPLE_VERSION)).toEqual({ ok: false, version: 9 });
    expect(migrateSaved({}, PEOPLE_VERSION)).toEqual({ ok: false, version: undefined });
    expect(parsePeople(JSON.stringify({ ...emptyPeople(track), version: 9 }))).toEqual({
      ok: false,
      reason: 'saved people list is version 9; this calculator reads version 2',
    });
  });
});

describe('migrateLadder', () => {
  it('keeps a list made under the current ladder, and applies each revision since an older one', () => {
    const list = { ...emptyPeople(track), ladder: '2026.1' };
    expect(migrateLadder(list)).toBe(list);
    const steps: LadderStep[] = [
      { from: '2026.2', to: '2027.1', migrate: (people) => ({ ...people, track: `${people.track}+b` }) },
      { from: '2026.1', to: '2026.2', migrate: (people) => ({ ...people, track: `${people.track}+a` }) },
    ];
    expect(migrateLadder(list, steps)).toEqual({ ...list, track: `${track}+a+b`, ladder: '2027.1' });
  });

  it('keeps the ladder version a saved list carries', () => {
    const parsed = parsePeople(JSON.stringify({ ...emptyPeople(track), ladder: '2026.1' }));
    expect(parsed.ok && parsed.people.ladder).toBe('2026.1');
  });
});
