/**
 * "All at L3", then adjust: rates every dimension of a competency at one level in one step, for when they
 * are all alike. Folded (one tab stop), and it only fills in the rows: each dimension keeps its own rating,
 * and the competency's level still comes from the rule over them.
 */
import { useRef } from 'react';
import type { CalculatorModel, ModelCompetency } from '../../../src/lib/calculator/model';

interface Props {
  model: CalculatorModel;
  competency: ModelCompetency;
  onRateAll: (competencyId: string, level: number) => void;
}

export function AllAtOneLevel({ model, competency, onRateAll }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details className="calc-comp__all" ref={details}>
      <summary>All at one level</summary>
      <div
        className="calc-comp__all-options"
        role="group"
        aria-label={`Rate every ${competency.shortName} dimension at`}
      >
        {model.levels.map((level) => (
          <button
            key={level.rank}
            type="button"
            className="calc-button"
            onClick={() => {
              onRateAll(competency.id, level.rank);
              // Folded again, with focus back on its summary (the button it was on is hidden now).
              if (!details.current) return;
              details.current.open = false;
              details.current.querySelector('summary')?.focus();
            }}
          >
            {level.code}
          </button>
        ))}
      </div>
    </details>
  );
}
