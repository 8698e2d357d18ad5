/**
 * The team table: people × competencies. Column headers sort (aria-sort says how); each level cell marks
 * the person's target profile ("L3 → L4" when below it); the last row is the spread of each competency.
 * On narrow screens each person becomes a card (team.css).
 */
import type { SortDirection, TeamRow } from '@lib/calculator/team';
import { useModel } from '../context';
import { TeamPersonRow } from './TeamPersonRow';
import { TeamSpreadRow } from './TeamSpreadRow';

interface Sort {
  key: string;
  direction: SortDirection;
}

interface Props {
  rows: TeamRow[];
  sort: Sort;
  onSort: (key: string) => void;
  onOpen: (id: string) => void;
  onTarget: (id: string, rank: number | undefined) => void;
}

export function TeamTable({ rows, sort, onSort, onOpen, onTarget }: Props) {
  const model = useModel();
  return (
    <table className="calc-table calc-team__table">
      <caption className="calc-visually-hidden">Competency levels per person, with targets and spread</caption>
      <thead>
        <tr>
          <SortHeader columnKey="name" label="Person" sort={sort} onSort={onSort} />
          <SortHeader columnKey="target" label="Target" sort={sort} onSort={onSort} />
          {model.competencies.map((competency) => (
            <SortHeader
              key={competency.id}
              columnKey={competency.id}
              label={competency.shortName}
              sort={sort}
              onSort={onSort}
            />
          ))}
          <SortHeader columnKey="score" label="Score" sort={sort} onSort={onSort} />
          <th scope="col">Level</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <TeamPersonRow
            key={`${row.member.source ?? ''}${row.member.id}`}
            row={row}
            onOpen={onOpen}
            onTarget={onTarget}
          />
        ))}
      </tbody>
      <tfoot>
        <TeamSpreadRow rows={rows} />
      </tfoot>
    </table>
  );
}

/** A column header that sorts by its column; aria-sort and the arrow say which way. */
function SortHeader({
  columnKey,
  label,
  sort,
  onSort,
}: {
  columnKey: string;
  label: string;
  sort: Sort;
  onSort: (key: string) => void;
}) {
  const sorted = sort.key === columnKey;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : undefined}>
      <button type="button" className="calc-sort" onClick={() => onSort(columnKey)}>
        {label}
        <span aria-hidden="true" className="calc-sort__mark">
          {sorted ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}
