/**
 * One competency of the rating form: its dimensions as rows of levels, a shortcut that rates them all at one
 * level, its anti-signals folded away, and the level the ladder's rule gives as soon as every dimension is
 * rated, with the steps that produced it. Memoised: handlers take the competency's id, so they stay the same
 * from one rating to the next, and
 * a rating re-renders only its own competency.
 */
import { memo } from 'react';
import type { ModelCompetency } from '@lib/calculator/model';
import type { CompetencyOutcome } from '@lib/calculator/results';
import { LevelBadge } from '../LevelBadge';
import { AllAtOneLevel } from './AllAtOneLevel';
import { AntiSignals } from './AntiSignals';
import { DimensionPicker } from './DimensionPicker';
import { useModel } from '../context';

interface Props {
  competency: ModelCompetency;
  /** This rater's ratings of the competency's dimensions, by dimension id. */
  ratings: Readonly<Record<string, number>> | undefined;
  /** Levels whose anti-signal this rater observed. */
  observed: readonly number[] | undefined;
  /** The other rater, whose ratings are marked for comparison. */
  otherName: string;
  otherRatings: Readonly<Record<string, number>> | undefined;
  outcome: CompetencyOutcome;
  /** Prefix that keeps ids and radio names unique per rater. */
  idPrefix: string;
  onRate: (competencyId: string, dimensionId: string, level: number) => void;
  onRateAll: (competencyId: string, level: number) => void;
  onAntiSignal: (competencyId: string, level: number, observed: boolean) => void;
  onClear: (competencyId: string) => void;
}

const NONE: Readonly<Record<string, number>> = {};
const NOTHING: readonly number[] = [];

function Section(props: Props) {
  const model = useModel();
  const { competency, outcome, idPrefix, otherName } = props;
  const ratings = props.ratings ?? NONE;
  const otherRatings = props.otherRatings ?? NONE;
  const observed = props.observed ?? NOTHING;
  const baseId = `${idPrefix}-${competency.id}`;
  const rated = Object.keys(ratings).length > 0 || observed.length > 0;

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
        <AllAtOneLevel competency={competency} onRateAll={props.onRateAll} />
      </div>

      {competency.dimensions.map((dimension) => (
        <DimensionPicker
          key={dimension.id}
          competencyId={competency.id}
          competencyName={competency.shortName}
          dimension={dimension}
          baseId={`${baseId}-${dimension.id}`}
          value={ratings[dimension.id]}
          otherName={otherName}
          otherValue={otherRatings[dimension.id]}
          onRate={props.onRate}
        />
      ))}

      <AntiSignals
        competency={competency}
        baseId={baseId}
        observed={observed}
        onChange={(level, isObserved) => props.onAntiSignal(competency.id, level, isObserved)}
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
          <button type="button" className="calc-button calc-button--quiet" onClick={() => props.onClear(competency.id)}>
            Clear {competency.shortName}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * The outcome is recomputed on every rating, as a new object; it follows from this competency's own
 * ratings and anti-signals, so while those are the same objects it is the same outcome.
 */
function sameSection(before: Props, after: Props): boolean {
  return (Object.keys(after) as (keyof Props)[]).every(
    (key) =>
      before[key] === after[key] ||
      (key === 'outcome' && before.ratings === after.ratings && before.observed === after.observed),
  );
}

export const CompetencySection = memo(Section, sameSection);
