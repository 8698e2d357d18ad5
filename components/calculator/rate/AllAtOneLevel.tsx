/**
 * "All at L3", then adjust: rates every dimension of a competency at one level in one step, for when they
 * are all alike. Folded (one tab stop, its buttons rendered only when open), and it only fills in the rows:
 * each dimension keeps its own rating, and the competency's level still comes from the rule over them.
 */
import { useRef, useState } from 'react';
import type { ModelCompetency } from '@lib/calculator/model';
import { useModel } from '../context';

interface Props {
  competency: ModelCompetency;
  onRateAll: (competencyId: string, level: number) => void;
}

export function AllAtOneLevel({ competency, onRateAll }: Props) {
  const model = useModel();
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const choose = (level: number) => {
    onRateAll(competency.id, level);
    // Folded again, with focus back on its summary (the button it was on is hidden now).
    if (!details.current) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  return (
    <details className="calc-comp__all" ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>All at one level</summary>
      {open && (
        <div
          className="calc-comp__all-options"
          role="group"
          aria-label={`Rate every ${competency.shortName} dimension at`}
        >
          {model.levels.map((level) => (
            <button key={level.rank} type="button" className="calc-button" onClick={() => choose(level.rank)}>
              {level.code}
            </button>
          ))}
        </div>
      )}
    </details>
  );
}
