/**
 * One competency as a collapsible form: a radio group per dimension (each option shows the matrix cell
 * text of its level, so people rate against descriptions, not numbers), the anti-signals as checkboxes,
 * and the level the rule gives with the steps that produced it.
 */
import type { Rater } from '../../src/lib/assessment-state';
import type { CalculatorModel, ModelCompetency } from '../../src/lib/calculator/model';
import type { CompetencyOutcome } from '../../src/lib/calculator/results';
import { LevelBadge } from './LevelBadge';

interface Props {
  model: CalculatorModel;
  competency: ModelCompetency;
  rater: Rater;
  /** The other rater's ratings, marked on the options for comparison. */
  other: { name: string; rater: Rater };
  outcome: CompetencyOutcome;
  /** Prefix that keeps ids and radio names unique per rater. */
  idPrefix: string;
  onRate: (dimensionId: string, level: number) => void;
  onAntiSignal: (level: number, observed: boolean) => void;
  onClear: () => void;
}

export function CompetencyCard(props: Props) {
  const { model, competency, rater, other, outcome, idPrefix } = props;
  const ratings = rater.ratings[competency.id] ?? {};
  const otherRatings = other.rater.ratings[competency.id] ?? {};
  const observed = rater.antiSignals[competency.id] ?? [];
  const baseId = `${idPrefix}-${competency.id}`;

  return (
    <details className="calc-card" id={baseId}>
      <summary>
        <span className="calc-card__title">{competency.name}</span>
        <span className="calc-card__meta">
          {model.labels.weight} ×{competency.weight} · {competency.rule.label}
        </span>
        <span className="calc-card__status">
          {outcome.status === 'complete' ? (
            <LevelBadge model={model} level={outcome.level} />
          ) : (
            <span className="calc-muted">
              {outcome.rated} of {outcome.needed} rated
            </span>
          )}
        </span>
      </summary>

      <div className="calc-card__body">
        <p className="calc-rule">{competency.rule.text}</p>
        {competency.dimensions.map((dimension) => {
          const name = `${baseId}-${dimension.id}`;
          return (
            <fieldset key={dimension.id} className="calc-dimension">
              <legend>
                <span className="calc-visually-hidden">{competency.shortName}: </span>
                {dimension.name}
              </legend>
              <div className="calc-options">
                {model.levels.map((level) => {
                  const id = `${name}-${level.rank}`;
                  const otherPicked = otherRatings[dimension.id] === level.rank;
                  return (
                    <label key={level.rank} htmlFor={id} className="calc-option">
                      <input
                        type="radio"
                        id={id}
                        name={name}
                        value={level.rank}
                        checked={ratings[dimension.id] === level.rank}
                        onChange={() => props.onRate(dimension.id, level.rank)}
                      />
                      <span className="calc-option__level">{level.code}</span>
                      <span className="calc-option__text">{dimension.cells[level.rank - 1]}</span>
                      {otherPicked && <span className="calc-option__other">{other.name}</span>}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          );
        })}

        <fieldset className="calc-dimension calc-antisignals">
          <legend>
            <span className="calc-visually-hidden">{competency.shortName}: </span>
            {model.labels.antiSignal}
          </legend>
          <div className="calc-options">
            {model.levels.map((level) => {
              const text = competency.antiSignals[level.rank - 1];
              if (!text) return null;
              const id = `${baseId}-anti-${level.rank}`;
              return (
                <label key={level.rank} htmlFor={id} className="calc-option">
                  <input
                    type="checkbox"
                    id={id}
                    checked={observed.includes(level.rank)}
                    onChange={(event) => props.onAntiSignal(level.rank, event.currentTarget.checked)}
                  />
                  <span className="calc-option__level">{level.code}</span>
                  <span className="calc-option__text">{text}</span>
                </label>
              );
            })}
          </div>
        </fieldset>

        <div className="calc-card__footer">
          <p className="calc-explain" aria-live="polite">
            {outcome.status === 'complete' ? (
              <>
                <strong>
                  {competency.shortName}: {model.levels[outcome.level - 1]?.code}
                </strong>{' '}
                — {outcome.explanation}
              </>
            ) : (
              <>
                Not rated yet: {outcome.rated} of {outcome.needed} dimensions rated.
              </>
            )}
          </p>
          <button type="button" className="calc-button calc-button--quiet" onClick={props.onClear}>
            Clear {competency.shortName}
          </button>
        </div>
        <p className="calc-card__link">
          <a href={competency.href}>Read the full {competency.name} description</a>
        </p>
      </div>
    </details>
  );
}
