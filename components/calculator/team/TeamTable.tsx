/**
 * The team table: people × competencies. Column headers sort (aria-sort says how); each level cell marks
 * the person's target profile ("L3 → L4" when below it); the last row is the spread of each competency.
 * On narrow screens each person becomes a card (calculator.css).
 */
import { spreadOf, targetFor, type SortDirection, type TeamRow } from '@lib/calculator/team';
import { standingLevel } from '@lib/calculator/results';
import { LevelBadge } from '../LevelBadge';
import { useModel } from '../context';

interface Props {
  rows: TeamRow[];
  sort: { key: string; direction: SortDirection };
  onSort: (key: string) => void;
  onOpen: (id: string) => void;
  onTarget: (id: string, rank: number | undefined) => void;
}

export function TeamTable({ rows, sort, onSort, onOpen, onTarget }: Props) {
  const model = useModel();
  const code = (rank: number) => model.levels[rank - 1]?.code ?? String(rank);
  const header = (key: string, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="calc-sort" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true" className="calc-sort__mark">
          {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <table className="calc-table calc-team__table">
      <caption className="calc-visually-hidden">Competency levels per person, with targets and spread</caption>
      <thead>
        <tr>
          {header('name', 'Person')}
          {header('target', 'Target')}
          {model.competencies.map((competency) => (
            <th key={competency.id} scope="col" aria-sort={sort.key === competency.id ? sort.direction : undefined}>
              <button type="button" className="calc-sort" onClick={() => onSort(competency.id)}>
                {competency.shortName}
                <span aria-hidden="true" className="calc-sort__mark">
                  {sort.key === competency.id ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          ))}
          {header('score', 'Score')}
          <th scope="col">Level</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { member } = row;
          const level = standingLevel(row.overall);
          return (
            <tr key={`${member.source ?? ''}${member.id}`} data-person={member.name}>
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
                    <option value="">
                      {row.target && !row.targetChosen ? `${row.target.code} (next)` : 'next level'}
                    </option>
                    {model.levels.map((l) => (
                      <option key={l.rank} value={l.rank}>
                        {l.code}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              {model.competencies.map((competency) => {
                const value = row.levels[competency.id] ?? null;
                const aim = targetFor(model, row, competency.id);
                return (
                  <td key={competency.id} data-label={competency.shortName}>
                    {value === null ? (
                      <span className="calc-muted">not rated</span>
                    ) : (
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
                    )}
                  </td>
                );
              })}
              <td data-label="Score">
                {row.score === null ? (
                  <span className="calc-muted">—</span>
                ) : (
                  `${row.overall.scoreText ?? row.overall.provisional?.scoreText}${row.provisional ? '*' : ''}`
                )}
              </td>
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
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Spread</th>
          <td data-label="Target" />
          {model.competencies.map((competency) => {
            const spread = spreadOf(model, rows, competency.id);
            return (
              <td key={competency.id} data-label={competency.shortName} className="calc-spread">
                {spread === null ? (
                  <span className="calc-muted">—</span>
                ) : (
                  <>
                    <span className="calc-spread__range">
                      {spread.min === spread.max ? code(spread.min) : `${code(spread.min)}–${code(spread.max)}`}
                    </span>
                    <span className="calc-spread__bars" aria-hidden="true">
                      {spread.counts.map((count, index) => (
                        <span
                          key={index}
                          className="calc-spread__bar"
                          style={{ height: `${(count / spread.rated) * 100}%` }}
                        />
                      ))}
                    </span>
                    <span className="calc-visually-hidden">
                      {spread.counts
                        .map((count, index) => (count > 0 ? `${count} at ${code(index + 1)}` : ''))
                        .filter(Boolean)
                        .join(', ')}
                    </span>
                  </>
                )}
              </td>
            );
          })}
          <td data-label="Score" />
          <td data-label="Level" />
        </tr>
      </tfoot>
    </table>
  );
}
