/** The headline result with its working: weighted score, the band its rounded value falls in, or why not yet. */
import type { OverallOutcome } from '@lib/calculator/results';
import { Figures } from '../result/Figures';
import { useModel } from '../context';

interface Props {
  overall: OverallOutcome;
  /** "Alex · Self-assessment". */
  whose: string;
}

export function ScoreCard({ overall, whose }: Props) {
  const model = useModel();
  const weight = model.labels.weight.toLowerCase();
  const provisional = overall.provisional;
  return (
    <section className="calc-section calc-score" aria-labelledby="calc-score-heading">
      <h2 id="calc-score-heading">Result: {whose}</h2>
      <Figures overall={overall} />
      {overall.scoreText !== undefined && overall.level && overall.rounded !== undefined && (
        <p className="calc-score__why">
          Σ {weight} × level ÷ {model.track.totalWeight} = {overall.scoreText}; rounded to {overall.rounded.toFixed(1)},
          inside {overall.level.code}’s band {overall.level.band.min.toFixed(1)}–{overall.level.band.max.toFixed(1)}.
        </p>
      )}
      {provisional && (
        <p className="calc-score__why">
          Provisional: {overall.rated} of {overall.total} competencies rated. Σ {weight} × level of the rated ones ÷
          their {weight} {provisional.weight} = {provisional.scoreText}; the unrated ones are left out, not counted as
          zero. The final score divides by {model.track.totalWeight} once every competency is rated.
        </p>
      )}
      {overall.rated === 0 && (
        <p className="calc-score__why">
          Not rated yet: rate a competency’s dimensions to see its level and a provisional score.
        </p>
      )}
    </section>
  );
}
