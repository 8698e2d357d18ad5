/**
 * The "Team" view: everyone kept in this browser (and any JSON exports opened here) in one table of
 * competency levels, each person's target marked, the spread of levels per competency, score and level per
 * person; sortable by any column, printable, exported as CSV. Loaded when first opened; nothing leaves the
 * browser, and opened files are only shown, not saved.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { RaterRole } from '@lib/assessment/raters';
import type { People } from '@lib/assessment/people-format';
import { RATER_NAMES } from '@lib/assessment/raters';
import { raterHasInput } from '@lib/calculator/people';
import { sortRows, teamCsv, teamRows, type SortDirection, type TeamMember } from '@lib/calculator/team';
import { downloadText, today } from '@lib/calculator/download-and-copy';
import { readImport } from '@lib/calculator/export-import';
import { TeamTable } from './TeamTable';
import { useDispatch, useLadder } from '../context';

interface Props {
  people: People;
  /** Show a saved person in the Rate view. */
  onOpen: (id: string) => void;
}

export default function TeamView({ people, onOpen }: Props) {
  const { model } = useLadder();
  const dispatch = useDispatch();
  const onTarget = (id: string, rank: number | undefined) => dispatch({ type: 'set-target', id, rank });
  const id = useId();
  const [role, setRole] = useState<RaterRole>('manager');
  const { opened, open, hideOpened } = useOpenedExports();
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const members: TeamMember[] = [...people.people, ...opened];
  const rows = sortRows(teamRows(model, members, role), sort.key, sort.direction);
  const exportCsv = () =>
    downloadText(
      `${model.track.id}-team-${today()}.csv`,
      teamCsv(model, rows, RATER_NAMES[role]),
      'text/csv;charset=utf-8',
    );

  return (
    <section className="calc-team" aria-labelledby={`${id}-title`}>
      <div className="calc-team__head">
        <h2 id={`${id}-title`}>
          Team: {rows.length} {rows.length === 1 ? 'person' : 'people'}
        </h2>
        <p className="calc-row">
          <label htmlFor={`${id}-rater`}>Ratings of</label>
          <select id={`${id}-rater`} value={role} onChange={(event) => setRole(event.currentTarget.value as RaterRole)}>
            <option value="manager">{RATER_NAMES.manager}</option>
            <option value="self">{RATER_NAMES.self}</option>
          </select>
        </p>
        <TeamActions
          fileInputId={`${id}-open`}
          onExportCsv={exportCsv}
          onOpenFiles={open}
          onHideOpened={opened.length > 0 ? hideOpened : undefined}
        />
      </div>
      <WhoseRatings members={members} role={role} onRole={setRole} />
      <p className="calc-muted">
        Levels from the {RATER_NAMES[role].toLowerCase()} ratings. A level below the person’s target profile is marked
        with the target (“L3 → L4”); the target is the level above where they stand unless one is chosen. Scores marked
        * are provisional.
      </p>
      <TeamTable
        rows={rows}
        sort={sort}
        onSort={(key) =>
          setSort((current) => ({
            key,
            direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
          }))
        }
        onOpen={onOpen}
        onTarget={onTarget}
      />
    </section>
  );
}

/** JSON exports opened in the Team view: shown beside the people kept here, never saved. */
function useOpenedExports() {
  const { known } = useLadder();
  const dispatch = useDispatch();
  const inform = (text: string) => dispatch({ type: 'inform', text });
  const [opened, setOpened] = useState<TeamMember[]>([]);
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    const added: TeamMember[] = [];
    for (const file of files) {
      const result = await readImport(file, known);
      if (typeof result === 'string') inform(result);
      else for (const person of [result.person, ...result.more]) added.push({ ...person, source: file.name });
    }
    if (added.length > 0) {
      setOpened((current) => [...current, ...added]);
      inform(
        `Showing ${added.length} ${added.length === 1 ? 'person' : 'people'} from ${files.length === 1 ? `“${files[0]!.name}”` : `${files.length} files`} (not saved).`,
      );
    }
  };
  return { opened, open, hideOpened: () => setOpened([]) };
}

/** Download CSV, Print, Add JSON exports and, once files are opened, Hide opened files. */
function TeamActions({
  fileInputId,
  onExportCsv,
  onOpenFiles,
  onHideOpened,
}: {
  fileInputId: string;
  onExportCsv: () => void;
  onOpenFiles: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Absent while no file is opened. */
  onHideOpened: (() => void) | undefined;
}) {
  return (
    <p className="calc-actions calc-team__actions">
      <button type="button" className="calc-button" onClick={onExportCsv}>
        Download CSV
      </button>
      <button type="button" className="calc-button" onClick={() => window.print()}>
        Print
      </button>
      <label htmlFor={fileInputId} className="calc-button calc-file">
        Add JSON exports
        <input
          id={fileInputId}
          type="file"
          multiple
          accept="application/json,.json"
          onChange={onOpenFiles}
          className="calc-file__input"
        />
      </label>
      {onHideOpened && (
        <button type="button" className="calc-button" onClick={onHideOpened}>
          Hide opened files
        </button>
      )}
    </p>
  );
}

/** Whose ratings are shown, and a switch to the other rater for people who only have theirs. */
function WhoseRatings({
  members,
  role,
  onRole,
}: {
  members: readonly TeamMember[];
  role: RaterRole;
  onRole: (role: RaterRole) => void;
}) {
  const other: RaterRole = role === 'manager' ? 'self' : 'manager';
  // People with nothing from this rater but something from the other: their levels are one click away.
  const elsewhere = members.filter((m) => !raterHasInput(m.raters, role) && raterHasInput(m.raters, other));
  return (
    <p className="calc-team__whose" data-testid="team-whose">
      Showing the {RATER_NAMES[role]} ratings.
      {elsewhere.length > 0 && (
        <>
          {' '}
          No {RATER_NAMES[role]} ratings yet for {namesOf(elsewhere)}, who {elsewhere.length === 1 ? 'has' : 'have'}{' '}
          {RATER_NAMES[other]} ratings.{' '}
          <button type="button" className="calc-button" onClick={() => onRole(other)}>
            Show the {RATER_NAMES[other]} ratings
          </button>
        </>
      )}
    </p>
  );
}

/** "Alex", "Alex and Sam", "Alex, Sam and 3 more". */
function namesOf(members: readonly TeamMember[]): string {
  const names = members.map((member) => `“${member.name}”`);
  if (names.length <= 2) return names.join(' and ');
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} more`;
}
