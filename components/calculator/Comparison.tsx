/** Self-assessment and manager side by side, per competency and per dimension, with differences marked. */
import type { AssessmentState } from '../../src/lib/assessment-state';
import type { CalculatorModel } from '../../src/lib/calculator/model';
import type { Assessment } from '../../src/lib/calculator/results';
import { RATER_NAMES } from '../../src/lib/calculator/summary';
import { LevelBadge } from './LevelBadge';

interface Props {
  model: CalculatorModel;
  state: AssessmentState;
  self: Assessment;
  manager: Assessment;
}

export function Comparison({ model, state, self, manager }: Props) {
  const code = (rank: number | undefined) =>
    rank === undefined ? 'not rated' : (model.levels[rank - 1]?.code ?? rank);
  const differing = model.competencies.filter((c) => {
    const a = self.levels[c.id] ?? null;
    const b = manager.levels[c.id] ?? null;
    return a !== null && b !== null && a !== b;
  }).length;

  return (
    <section className="calc-section" aria-labelledby="calc-compare-heading">
      <h2 id="calc-compare-heading">
        {RATER_NAMES.self} and {RATER_NAMES.manager} side by side
      </h2>
      <p data-testid="compare-summary">
        {differing === 0
          ? 'No competency level differs between the two ratings so far.'
          : `${differing} competenc${differing === 1 ? 'y differs' : 'ies differ'} between the two ratings (marked ≠).`}
      </p>
      <div className="calc-table-wrap">
        <table className="calc-table calc-compare">
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">{RATER_NAMES.self}</th>
              <th scope="col">{RATER_NAMES.manager}</th>
              <th scope="col">Dimensions rated differently</th>
            </tr>
          </thead>
          <tbody>
            <tr className={rowClass(self.overall.scoreText, manager.overall.scoreText)}>
              <th scope="row">Score</th>
              <td>{self.overall.scoreText ?? '—'}</td>
              <td>{manager.overall.scoreText ?? '—'}</td>
              <td>
                {self.overall.level?.code ?? '—'} / {manager.overall.level?.code ?? '—'}
              </td>
            </tr>
            {model.competencies.map((competency) => {
              const a = self.levels[competency.id] ?? null;
              const b = manager.levels[competency.id] ?? null;
              const selfRatings = state.raters.self.ratings[competency.id] ?? {};
              const managerRatings = state.raters.manager.ratings[competency.id] ?? {};
              const dims = competency.dimensions.filter((d) => {
                const x = selfRatings[d.id];
                const y = managerRatings[d.id];
                return x !== undefined && y !== undefined && x !== y;
              });
              return (
                <tr key={competency.id} className={rowClass(a, b)}>
                  <th scope="row">
                    {a !== null && b !== null && a !== b && (
                      <span className="calc-diff-mark" aria-label="differs">
                        ≠{' '}
                      </span>
                    )}
                    {competency.shortName}
                  </th>
                  <td>
                    <LevelBadge model={model} level={a} />
                  </td>
                  <td>
                    <LevelBadge model={model} level={b} />
                  </td>
                  <td>
                    {dims.length === 0 ? (
                      <span className="calc-muted">—</span>
                    ) : (
                      <ul className="calc-dimdiff">
                        {dims.map((d) => (
                          <li key={d.id}>
                            {d.name}: {code(selfRatings[d.id])} vs {code(managerRatings[d.id])}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function rowClass(a: unknown, b: unknown): string | undefined {
  const rated = a !== null && a !== undefined && b !== null && b !== undefined;
  return rated && a !== b ? 'calc-differs' : undefined;
}
