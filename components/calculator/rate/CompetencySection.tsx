/**
 * One competency of the rating form: its dimensions as rows of levels, its anti-signals folded away, and
 * the level the ladder's rule gives as soon as every dimension is rated, with the steps that produced it.
 */
import type { Rater } from '../../../src/lib/assessment/raters';
import type { ModelCompetency } from '../../../src/lib/calculator/model';
import type { CompetencyOutcome } from '../../../src/lib/calculator/results';
import { LevelBadge } from '../LevelBadge';
import { AntiSignals } from './AntiSignals';
import { DimensionPicker } from './DimensionPicker';
import { useModel } from '../context';

interface Props {
  competency: ModelCompetency;
  rater: Rater;
  /** The other rater, whose ratings are marked for comparison. */
  other: { name: string; rater: Rater };
  outcome: CompetencyOutcome;
  /** Prefix that keeps ids and radio names unique per rater. */
  idPrefix: string;
  onRate: (dimensionId: string, level: number) => void;
  onAntiSignal: (level: number, observed: boolean) => void;
  onClear: () => void;
}

export function CompetencySection(props: Props) {
  const model = useModel();
  const { competency, rater, other, outcome, idPrefix } = props;
  const ratings = rater.ratings[competency.id] ?? {};
  const otherRatings = other.rater.ratings[competency.id] ?? {};
  const baseId = `${idPrefix}-${competency.id}`;
  const rated = Object.keys(ratings).length > 0 || (rater.antiSignals[competency.id]?.length ?? 0) > 0;

  return (
    <section className="calc-comp" id={baseId} aria-labelledby={`${baseId}-title`} data-competency={competency.id}>
      <div className="calc-comp__head">
        <h3 id={`${baseId}-title`}>{competency.shortName}</h3>
        <span className="calc-comp__status">
          {outcome.status === 'complete' ? (
            <LevelBadge level={outcome.level} />
          ) : (
            <span className="calc-muted">
              {outcome.rated} of {outcome.needed} rated
            </span>
          )}
        </span>
        <details className="calc-comp__rule">
          <summary>
            {model.labels.weight} ×{competency.weight} · {competency.rule.label}
          </summary>
          <p>{competency.rule.text}</p>
          <p>
            <a href={competency.href}>What {competency.shortName} covers, level by level</a>
          </p>
        </details>
      </div>

      {competency.dimensions.map((dimension) => (
        <DimensionPicker
          key={dimension.id}

          competencyName={competency.shortName}
          dimension={dimension}
          baseId={`${baseId}-${dimension.id}`}
          value={ratings[dimension.id]}
          other={{ name: other.name, value: otherRatings[dimension.id] }}
          onRate={(level) => props.onRate(dimension.id, level)}
        />
      ))}

      <AntiSignals
        competency={competency}
        baseId={baseId}
        observed={rater.antiSignals[competency.id] ?? []}
        onChange={props.onAntiSignal}
      />

      <div className="calc-comp__foot">
        <p className="calc-explain" aria-live="polite">
          {outcome.status === 'complete' ? (
            <>
              <strong>
                {competency.shortName}: {model.levels[outcome.level - 1]?.code}
              </strong>{' '}
              — {outcome.explanation}
            </>
          ) : (
            <span className="calc-muted">
              {competency.shortName}: not rated yet ({outcome.rated} of {outcome.needed} dimensions)
            </span>
          )}
        </p>
        {rated && (
          <button type="button" className="calc-button calc-button--quiet" onClick={props.onClear}>
            Clear {competency.shortName}
          </button>
        )}
      </div>
    </section>
  );
}
