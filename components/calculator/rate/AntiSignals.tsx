/**
 * A competency's anti-signals as checkboxes, folded away: most people observe none, and each one that is
 * ticked caps the competency below its level (docs/decisions/0004). The summary says how many are ticked.
 */
import type { ModelCompetency } from '@lib/calculator/model';
import { useModel } from '../context';

interface Props {
  competency: ModelCompetency;
  baseId: string;
  observed: readonly number[];
  onChange: (level: number, observed: boolean) => void;
}

export function AntiSignals({ competency, baseId, observed, onChange }: Props) {
  const model = useModel();
  const levels = model.levels.filter((level) => competency.antiSignals[level.rank - 1]);
  if (levels.length === 0) return null;
  const codes = observed.map((rank) => model.levels[rank - 1]?.code).join(', ');
  return (
    <details className="calc-anti" open={observed.length > 0 || undefined}>
      <summary>
        {model.labels.antiSignal}:{' '}
        <span className={observed.length > 0 ? 'calc-anti__count' : 'calc-muted'}>
          {observed.length > 0 ? `observed at ${codes}` : 'none observed'}
        </span>
      </summary>
      <div
        className="calc-anti__options"
        role="group"
        aria-label={`${competency.shortName}: ${model.labels.antiSignal}`}
      >
        {levels.map((level) => {
          const id = `${baseId}-anti-${level.rank}`;
          return (
            <label key={level.rank} htmlFor={id} className="calc-anti__option">
              <input
                type="checkbox"
                id={id}
                checked={observed.includes(level.rank)}
                onChange={(event) => onChange(level.rank, event.currentTarget.checked)}
              />
              <span className="calc-anti__code">{level.code}</span>
              <span>{competency.antiSignals[level.rank - 1]}</span>
            </label>
          );
        })}
      </div>
    </details>
  );
}
