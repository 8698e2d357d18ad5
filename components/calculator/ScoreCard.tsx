/** The headline result: weighted score (two decimals), the ladder level its rounded value falls in, and why. */
import type { CalculatorModel } from '../../src/lib/calculator/model';
import type { OverallOutcome } from '../../src/lib/calculator/results';

interface Props {
  model: CalculatorModel;
  overall: OverallOutcome;
  raterName: string;
}

export function ScoreCard({ model, overall, raterName }: Props) {
  const done = overall.scoreText !== undefined;
  return (
    <section className="calc-score" aria-labelledby="calc-score-heading">
      <h2 id="calc-score-heading" className="calc-score__heading">
        {raterName}: result
      </h2>
      <div className="calc-score__figures" aria-live="polite" aria-atomic="true">
        {done ? (
          <>
            <p className="calc-score__value">
              <span className="calc-score__label">Score</span>
              <span data-testid="score">{overall.scoreText}</span>
            </p>
            <p className="calc-score__value">
              <span className="calc-score__label">Level</span>
              <span data-testid="level">
                {overall.level ? `${overall.level.code} · ${overall.level.title}` : 'outside every band'}
              </span>
            </p>
          </>
        ) : (
          <p className="calc-score__pending" data-testid="score-pending">
            Not rated yet: {overall.rated} of {overall.total} competencies fully rated. Rate every dimension to get a
            score.
          </p>
        )}
      </div>
      {done && overall.level && overall.rounded !== undefined && (
        <p className="calc-score__why">
          Σ {model.labels.weight.toLowerCase()} × level ÷ {model.track.totalWeight} = {overall.scoreText}; rounded to{' '}
          {overall.rounded.toFixed(1)}, inside {overall.level.code}'s band {overall.level.band.min.toFixed(1)}–
          {overall.level.band.max.toFixed(1)}.
        </p>
      )}
      <progress className="calc-progress" max={overall.total} value={overall.rated} aria-label="Competencies rated" />
    </section>
  );
}
