/**
 * One dimension as a radio group of the ladder's levels, in a single row. The matrix cell text of a level
 * shows under the row for the level that is pointed at, focused or chosen, so a person rates against the
 * description with one choice per dimension and no opening of anything. Arrow keys move between levels
 * (a native radio group); each option's accessible name is the level code followed by its description.
 */
import { useState, type CSSProperties } from 'react';
import type { ModelDimension } from '../../../src/lib/calculator/model';
import { useModel } from '../context';

interface Props {
  competencyName: string;
  dimension: ModelDimension;
  /** Unique prefix for ids and the radio group's name. */
  baseId: string;
  value: number | undefined;
  /** The other rater's rating of this dimension, marked on its level. */
  other: { name: string; value: number | undefined };
  onRate: (level: number) => void;
}

export function DimensionPicker({ competencyName, dimension, baseId, value, other, onRate }: Props) {
  const model = useModel();
  // The level whose description is shown while pointing at or focusing it.
  const [previewed, setPreviewed] = useState<number | null>(null);
  const shown = previewed ?? value ?? null;
  const labelId = `${baseId}-label`;
  const shownLevel = shown === null ? undefined : model.levels[shown - 1];

  return (
    <div className="calc-dim" role="radiogroup" aria-labelledby={labelId} data-dimension={dimension.id}>
      <span className="calc-dim__name" id={labelId}>
        <span className="calc-visually-hidden">{competencyName}: </span>
        {dimension.name}
      </span>
      <span
        className="calc-dim__levels"
        style={{ '--calc-level-count': model.levels.length } as CSSProperties}
        onPointerLeave={() => setPreviewed(null)}
      >
        {model.levels.map((level) => {
          const id = `${baseId}-${level.rank}`;
          const isOther = other.value === level.rank;
          return (
            <label
              key={level.rank}
              htmlFor={id}
              className="calc-level"
              data-other={isOther ? 'true' : undefined}
              onPointerEnter={() => setPreviewed(level.rank)}
            >
              <input
                type="radio"
                id={id}
                name={baseId}
                value={level.rank}
                checked={value === level.rank}
                onChange={() => onRate(level.rank)}
                onFocus={() => setPreviewed(level.rank)}
                onBlur={() => setPreviewed(null)}
              />
              <span className="calc-level__code">{level.code}</span>
              <span className="calc-visually-hidden">
                {' '}
                {level.matrixName}: {dimension.cells[level.rank - 1]}
                {isOther ? ` (${other.name}: ${level.code})` : ''}
              </span>
            </label>
          );
        })}
      </span>
      {/* The same words as the focused option's name, for sighted readers; hidden from screen readers. */}
      <span className="calc-dim__text" aria-hidden="true" data-state={shown === null ? 'empty' : 'shown'}>
        {shownLevel ? (
          <>
            <strong>
              {shownLevel.code} {shownLevel.matrixName}
            </strong>{' '}
            {dimension.cells[shownLevel.rank - 1]}
          </>
        ) : (
          'Not rated yet'
        )}
        {other.value !== undefined && (
          <span className="calc-dim__other">
            {other.name}: {model.levels[other.value - 1]?.code}
          </span>
        )}
      </span>
    </div>
  );
}
