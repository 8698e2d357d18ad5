/**
 * Self-assessment and manager side by side, per competency, with the dimensions they rated differently
 * listed under the competency (three columns, so it fits a 320 px screen).
 */
import type { Raters } from '@lib/assessment/raters';
import type { ModelCompetency } from '@lib/calculator/model';
import type { Assessment } from '@lib/calculator/results';
import { RATER_NAMES } from '@lib/assessment/raters';
import { LevelBadge } from '../LevelBadge';
import { useModel } from '../context';

interface Props {
  competencies: readonly ModelCompetency[];
  raters: Raters;
  self: Assessment;
  manager: Assessment;
}

/** Level codes for ranks, "not rated" for none. */
function useLevelCode() {
  const model = useModel();
  return (rank: number | undefined) => (rank === undefined ? 'not rated' : (model.levels[rank - 1]?.code ?? rank));
}

const differs = (self: Assessment, manager: Assessment, id: string) => {
  const a = self.levels[id] ?? null;
  const b = manager.levels[id] ?? null;
  return a !== null && b !== null && a !== b;
};

const scoreOf = (assessment: Assessment) =>
  assessment.overall.scoreText ??
  (assessment.overall.provisional ? `${assessment.overall.provisional.scoreText}*` : '—');

/** One competency: both levels, and under them the dimensions the two raters rated differently. */
function CompetencyRows({
  competency,
  raters,
  self,
  manager,
}: Omit<Props, 'competencies'> & { competency: ModelCompetency }) {
  const code = useLevelCode();
  const selfRatings = raters.self.ratings[competency.id] ?? {};
  const managerRatings = raters.manager.ratings[competency.id] ?? {};
  const dims = competency.dimensions.filter((d) => {
    const x = selfRatings[d.id];
    const y = managerRatings[d.id];
    return x !== undefined && y !== undefined && x !== y;
  });
  const differ = differs(self, manager, competency.id);
  return (
    <>
      <tr className={differ ? 'calc-differs' : undefined}>
        <th scope="row">
          {differ && (
            <span className="calc-diff-mark" aria-label="differs">
              ≠{' '}
            </span>
          )}
          {competency.shortName}
        </th>
        <td>
          <LevelBadge level={self.levels[competency.id] ?? null} />
        </td>
        <td>
          <LevelBadge level={manager.levels[competency.id] ?? null} />
        </td>
      </tr>
      {dims.length > 0 && (
        <tr className="calc-compare__dims">
          <td colSpan={3}>
            <span className="calc-visually-hidden">{competency.shortName}, dimensions rated differently: </span>
            <ul className="calc-dimdiff">
              {dims.map((d) => (
                <li key={d.id}>
                  {d.name}: {code(selfRatings[d.id])} vs {code(managerRatings[d.id])}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

export function Comparison({ competencies, raters, self, manager }: Props) {
  const differing = competencies.filter((c) => differs(self, manager, c.id)).length;
  const provisional = Boolean(self.overall.provisional || manager.overall.provisional);

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
      <table className="calc-table calc-compare">
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">{RATER_NAMES.self}</th>
            <th scope="col">{RATER_NAMES.manager}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Score</th>
            <td>{scoreOf(self)}</td>
            <td>{scoreOf(manager)}</td>
          </tr>
          {competencies.map((competency) => (
            <CompetencyRows key={competency.id} competency={competency} raters={raters} self={self} manager={manager} />
          ))}
        </tbody>
      </table>
      {provisional && <p className="calc-muted">* provisional: not every competency is rated yet.</p>}
    </section>
  );
}
