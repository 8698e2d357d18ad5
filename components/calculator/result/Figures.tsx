/** Score, level and how much is rated, as the result bar shows them: final, provisional or not yet. */
import type { OverallOutcome } from '@lib/calculator/results';

export function Figures({ overall }: { overall: OverallOutcome }) {
  const final = overall.scoreText !== undefined;
  const provisional = overall.provisional;
  const level = final ? overall.level : provisional?.level;
  return (
    <p className="calc-figures" aria-live="polite" aria-atomic="true">
      <span className="calc-figure">
        <span className="calc-figure__label">Score</span>
        {final ? (
          <span className="calc-figure__value" data-testid="score">
            {overall.scoreText}
          </span>
        ) : provisional ? (
          <span className="calc-figure__value">
            <span data-testid="score-provisional">{provisional.scoreText}</span>{' '}
            <span className="calc-figure__tag">provisional</span>
          </span>
        ) : (
          <span className="calc-figure__value calc-muted" data-testid="score-pending">
            not rated yet
          </span>
        )}
      </span>
      <span className="calc-figure">
        <span className="calc-figure__label">Level</span>
        <span className="calc-figure__value" data-testid={final ? 'level' : 'level-provisional'}>
          {level ? `${level.code} · ${level.title}` : final || provisional ? 'outside every band' : '—'}
        </span>
      </span>
      <span className="calc-figure">
        <span className="calc-figure__label">Rated</span>
        <span className="calc-figure__value" data-testid="rated">
          {overall.ratedDimensions} of {overall.totalDimensions}
          <span className="calc-figure__unit"> rated</span>
        </span>
      </span>
    </p>
  );
}
