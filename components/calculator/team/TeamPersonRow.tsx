/**
 * One person's row of the team table: name (a button that opens them, unless they come from a file),
 * target level, a level per competency marked against the target, score and level.
 */
import { targetFor, type TeamRow } from '@lib/calculator/team';
import { standingLevel } from '@lib/calculator/results';
import { LevelBadge } from '../LevelBadge';
import { useModel } from '../context';

interface Props {
  row: TeamRow;
  onOpen: (id: string) => void;
  onTarget: (id: string, rank: number | undefined) => void;
}

export function TeamPersonRow({ row, onOpen, onTarget }: Props) {
  const model = useModel();
  return (
    <tr data-person={row.member.name}>
      <PersonCell row={row} onOpen={onOpen} />
      <TargetCell row={row} onTarget={onTarget} />
      {model.competencies.map((competency) => (
        <td key={competency.id} data-label={competency.shortName}>
          <LevelAgainstTarget value={row.levels[competency.id] ?? null} aim={targetFor(model, row, competency.id)} />
        </td>
      ))}
      <td data-label="Score">
        {row.score === null ? (
          <span className="calc-muted">—</span>
        ) : (
          `${row.overall.scoreText ?? row.overall.provisional?.scoreText}${row.provisional ? '*' : ''}`
        )}
      </td>
      <StandingCell row={row} />
    </tr>
  );
}

function PersonCell({ row: { member }, onOpen }: { row: TeamRow; onOpen: (id: string) => void }) {
  return (
    <th scope="row">
      {member.source ? (
        <>
          {member.name} <span className="calc-tag">from {member.source}</span>
        </>
      ) : (
        <button type="button" className="calc-linkish" onClick={() => onOpen(member.id)}>
          {member.name}
        </button>
      )}
      {member.carried && !member.carried.seen && (
        <>
          {' '}
          <span className="calc-tag">rated under {member.carried.from}</span>
        </>
      )}
    </th>
  );
}

/** The target level: a choice for people kept here, plain text for people from a file. */
function TargetCell({ row, onTarget }: { row: TeamRow; onTarget: (id: string, rank: number | undefined) => void }) {
  const model = useModel();
  const { member } = row;
  return (
    <td data-label="Target">
      {member.source ? (
        (row.target?.code ?? '—')
      ) : (
        <select
          aria-label={`Target level of ${member.name}`}
          value={row.targetChosen ? String(row.target?.rank) : ''}
          onChange={(event) =>
            onTarget(member.id, event.currentTarget.value ? Number(event.currentTarget.value) : undefined)
          }
        >
          <option value="">{row.target && !row.targetChosen ? `${row.target.code} (next)` : 'next level'}</option>
          {model.levels.map((l) => (
            <option key={l.rank} value={l.rank}>
              {l.code}
            </option>
          ))}
        </select>
      )}
    </td>
  );
}

/** A competency's level, with "→ target" when below the person's target and a tick when it meets it. */
function LevelAgainstTarget({ value, aim }: { value: number | null; aim: number | undefined }) {
  const model = useModel();
  const code = (rank: number) => model.levels[rank - 1]?.code ?? String(rank);
  if (value === null) return <span className="calc-muted">not rated</span>;
  return (
    <>
      <LevelBadge level={value} />
      {aim !== undefined && aim > value && (
        <span className="calc-team__aim">
          {' '}
          <span aria-hidden="true">→</span>
          <span className="calc-visually-hidden">target</span> {code(aim)}
        </span>
      )}
      {aim !== undefined && aim <= value && (
        <span className="calc-team__met">
          {' '}
          <span aria-hidden="true">✓</span>
          <span className="calc-visually-hidden">meets target {code(aim)}</span>
        </span>
      )}
    </>
  );
}

function StandingCell({ row }: { row: TeamRow }) {
  const level = standingLevel(row.overall);
  return (
    <td data-label="Level">
      {level ? (
        <>
          <strong>{level.code}</strong>
          <span className="calc-muted"> · {level.title}</span>
        </>
      ) : (
        '—'
      )}
    </td>
  );
}
