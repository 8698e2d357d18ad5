/**
 * One dimension as a radio group of the ladder's levels, in a single row. The matrix cell text of a level
 * shows under the row for the level that is pointed at, focused or chosen, so a person rates against the
 * description with one choice per dimension and no opening of anything. Arrow keys move between levels
 * (a native radio group, one tab stop: the checked level or the first); a digit key picks that level and moves on to the next dimension,
 * as the form's instructions say. Each option's accessible name is the level code followed by its
 * description.
 *
 * Memoised, with primitive props and handlers that take ids: a rating re-renders its own row only. The
 * descriptions live in attributes rather than hidden elements, which keeps the form's DOM small.
 */
import { memo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { ModelDimension, ModelLevel } from '@lib/calculator/model';
import { useModel } from '../context';

interface Props {
  competencyId: string;
  competencyName: string;
  dimension: ModelDimension;
  /** Unique prefix for ids and the radio group's name. */
  baseId: string;
  value: number | undefined;
  /** The other rater's name and rating of this dimension, marked on its level. */
  otherName: string;
  otherValue: number | undefined;
  onRate: (competencyId: string, dimensionId: string, level: number) => void;
}

/** The attribute digit keys look for: the row after this one gets focus after a digit pick. */
const ROW_SELECTOR = '.calc-dim[role="radiogroup"]';

export const DimensionPicker = memo(function DimensionPicker(props: Props) {
  const model = useModel();
  const { competencyId, competencyName, dimension, baseId, value, otherName, otherValue, onRate } = props;
  // The level whose description is shown while pointing at or focusing it.
  const [previewed, setPreviewed] = useState<number | null>(null);
  const onKeyDown = useDigitPicks(competencyId, dimension.id, onRate);

  return (
    // The group itself takes no focus: its radios do, and their digit keys bubble up to it.
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus
    <div
      className="calc-dim"
      role="radiogroup"
      aria-label={`${competencyName}: ${dimension.name}`}
      data-dimension={dimension.id}
      onKeyDown={onKeyDown}
    >
      <span className="calc-dim__name" aria-hidden="true">
        {dimension.name}
      </span>
      <span
        className="calc-dim__levels"
        style={{ '--calc-level-count': model.levels.length } as CSSProperties}
        onPointerLeave={() => setPreviewed(null)}
      >
        {model.levels.map((level) => (
          <LevelOption
            key={level.rank}
            level={level}
            dimension={dimension}
            baseId={baseId}
            checked={value === level.rank}
            // One tab stop per row, as a radio group should be: the checked level, else the first.
            // (Chromium makes every radio of an unchecked group a stop once React has hydrated it.)
            tabStop={value === level.rank || (value === undefined && level.rank === 1)}
            other={otherValue === level.rank ? otherName : undefined}
            onPick={() => onRate(competencyId, dimension.id, level.rank)}
            onPreview={setPreviewed}
          />
        ))}
      </span>
      <ShownDescription
        dimension={dimension}
        shown={previewed ?? value ?? null}
        otherName={otherName}
        otherValue={otherValue}
      />
    </div>
  );
});

/** One level of the row: a radio named by its code and description (and the other rater's pick, if it is). */
function LevelOption({
  level,
  dimension,
  baseId,
  checked,
  tabStop,
  other,
  onPick,
  onPreview,
}: {
  level: ModelLevel;
  dimension: ModelDimension;
  baseId: string;
  checked: boolean;
  tabStop: boolean;
  /** The other rater's name when they picked this level. */
  other: string | undefined;
  onPick: () => void;
  onPreview: (rank: number | null) => void;
}) {
  const id = `${baseId}-${level.rank}`;
  return (
    <label
      htmlFor={id}
      className="calc-level"
      data-other={other !== undefined ? 'true' : undefined}
      onPointerEnter={() => onPreview(level.rank)}
    >
      <input
        type="radio"
        id={id}
        name={baseId}
        value={level.rank}
        checked={checked}
        tabIndex={tabStop ? 0 : -1}
        aria-label={`${level.code} ${level.matrixName}: ${dimension.cells[level.rank - 1]}${other !== undefined ? ` (${other}: ${level.code})` : ''}`}
        onChange={onPick}
        onFocus={() => onPreview(level.rank)}
        onBlur={() => onPreview(null)}
      />
      {level.code}
    </label>
  );
}

/** The same words as the focused option's name, for sighted readers; hidden from screen readers. */
function ShownDescription({
  dimension,
  shown,
  otherName,
  otherValue,
}: {
  dimension: ModelDimension;
  shown: number | null;
  otherName: string;
  otherValue: number | undefined;
}) {
  const model = useModel();
  const shownLevel = shown === null ? undefined : model.levels[shown - 1];
  return (
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
      {otherValue !== undefined && (
        <span className="calc-dim__other">
          {otherName}: {model.levels[otherValue - 1]?.code}
        </span>
      )}
    </span>
  );
}

/** A digit key picks that level and moves on to the next row's checked option (or its first), as a Tab would. */
function useDigitPicks(
  competencyId: string,
  dimensionId: string,
  onRate: (competencyId: string, dimensionId: string, level: number) => void,
) {
  const model = useModel();
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    const level = Number(event.key);
    if (level > model.levels.length) return;
    event.preventDefault();
    onRate(competencyId, dimensionId, level);
    const rows = [...document.querySelectorAll<HTMLElement>(ROW_SELECTOR)];
    const next = rows[rows.indexOf(event.currentTarget) + 1];
    const target = next?.querySelector<HTMLInputElement>('input:checked') ?? next?.querySelector('input');
    (target ?? event.currentTarget.querySelector<HTMLInputElement>(`input[value="${level}"]`))?.focus();
  };
}
