/** The team table's last row: the spread of each competency's levels, as a range and a bar per level. */
import { spreadOf, type TeamRow } from '@lib/calculator/team';
import { useModel } from '../context';

export function TeamSpreadRow({ rows }: { rows: TeamRow[] }) {
  const model = useModel();
  return (
    <tr>
      <th scope="row">Spread</th>
      <td data-label="Target" />
      {model.competencies.map((competency) => (
        <td key={competency.id} data-label={competency.shortName} className="calc-spread">
          <Spread spread={spreadOf(model, rows, competency.id)} />
        </td>
      ))}
      <td data-label="Score" />
      <td data-label="Level" />
    </tr>
  );
}

function Spread({ spread }: { spread: ReturnType<typeof spreadOf> }) {
  const model = useModel();
  const code = (rank: number) => model.levels[rank - 1]?.code ?? String(rank);
  if (spread === null) return <span className="calc-muted">—</span>;
  return (
    <>
      <span className="calc-spread__range">
        {spread.min === spread.max ? code(spread.min) : `${code(spread.min)}–${code(spread.max)}`}
      </span>
      <span className="calc-spread__bars" aria-hidden="true">
        {spread.counts.map((count, index) => (
          <span key={index} className="calc-spread__bar" style={{ height: `${(count / spread.rated) * 100}%` }} />
        ))}
      </span>
      <span className="calc-visually-hidden">
        {spread.counts
          .map((count, index) => (count > 0 ? `${count} at ${code(index + 1)}` : ''))
          .filter(Boolean)
          .join(', ')}
      </span>
    </>
  );
}
