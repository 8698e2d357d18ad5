/**
 * A person's snapshots next to the ratings now: score, level and each competency's level per date (the
 * last few snapshots), so a review cycle shows what moved.
 */
import type { RaterRole } from '../../../src/lib/assessment/raters';
import type { ModelCompetency } from '../../../src/lib/calculator/model';
import type { Person } from '../../../src/lib/assessment/people-format';
import { assess, type Assessment } from '../../../src/lib/calculator/results';
import { RATER_NAMES } from '../../../src/lib/assessment/raters';
import { LevelBadge } from '../LevelBadge';
import { formatDate } from '../../../src/lib/calculator/dates';
import { useModel } from '../context';

interface Props {
  competencies: readonly ModelCompetency[];
  person: Person;
  role: RaterRole;
  now: Assessment;
}

const SHOWN = 3;

export function History({ competencies, person, role, now }: Props) {
  const model = useModel();
  const snapshots = person.snapshots.slice(-SHOWN);
  const columns = [
    ...snapshots.map((snapshot) => ({
      label: formatDate(snapshot.date),
      result: assess(model, snapshot.raters[role]),
    })),
    { label: 'Now', result: now },
  ];
  const score = (result: Assessment) =>
    result.overall.scoreText ?? (result.overall.provisional ? `${result.overall.provisional.scoreText}*` : '—');
  return (
    <section className="calc-section" aria-labelledby="calc-history-heading">
      <h2 id="calc-history-heading">History: {RATER_NAMES[role]}</h2>
      {snapshots.length === 0 ? (
        <p className="calc-muted">
          No snapshots of {person.name} yet. “Save snapshot” (under Manage) keeps today’s ratings, so the next review
          can show what changed.
        </p>
      ) : (
        <table className="calc-table calc-history">
          <caption className="calc-visually-hidden">
            Levels of {person.name} at each snapshot{person.snapshots.length > SHOWN ? ` (the last ${SHOWN})` : ''} and
            now
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {columns.map((column, index) => (
                <th key={index} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Score</th>
              {columns.map((column, index) => (
                <td key={index}>{score(column.result)}</td>
              ))}
            </tr>
            {competencies.map((competency) => (
              <tr key={competency.id}>
                <th scope="row">{competency.shortName}</th>
                {columns.map((column, index) => (
                  <td key={index}>
                    <LevelBadge level={column.result.levels[competency.id] ?? null} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
