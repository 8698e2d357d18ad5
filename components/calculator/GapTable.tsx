/** Per competency: the level reached and how far it is from the target profile of the current and next level. */
import type { CalculatorModel, ModelLevel } from '../../src/lib/calculator/model';
import { gapsTo } from '../../src/lib/calculator/results';
import { LevelBadge } from './LevelBadge';

interface Props {
  model: CalculatorModel;
  levels: Record<string, number | null>;
  current: ModelLevel | undefined;
  next: ModelLevel | undefined;
}

function Gap({ gap }: { gap: number | null }) {
  if (gap === null) return <span className="calc-muted">—</span>;
  if (gap <= 0) return <span className="calc-gap calc-gap--met">met{gap < 0 ? ` (+${-gap})` : ''}</span>;
  return <span className="calc-gap calc-gap--short">{gap} below</span>;
}

export function GapTable({ model, levels, current, next }: Props) {
  const references = [current, next].filter((level): level is ModelLevel => level !== undefined);
  const rows = references.map((level) => gapsTo(model, levels, level.rank));
  return (
    <section className="calc-section" aria-labelledby="calc-gaps-heading">
      <h2 id="calc-gaps-heading">Gap to target profiles</h2>
      {references.length === 0 ? (
        <p className="calc-muted">Rate every competency to compare your profile with a level's targets.</p>
      ) : (
        <div className="calc-table-wrap">
          <table className="calc-table">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Level</th>
                {references.map((level) => (
                  <th key={level.rank} scope="col" colSpan={2}>
                    {level.code} target {level === current ? '(current)' : '(next)'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.competencies.map((competency, index) => (
                <tr key={competency.id}>
                  <th scope="row">{competency.shortName}</th>
                  <td>
                    <LevelBadge model={model} level={levels[competency.id] ?? null} />
                  </td>
                  {rows.map((row, r) => (
                    <Cells key={references[r]!.rank} model={model} target={row[index]!.target} gap={row[index]!.gap} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Cells({ model, target, gap }: { model: CalculatorModel; target: number; gap: number | null }) {
  return (
    <>
      <td>
        <LevelBadge model={model} level={target} />
      </td>
      <td>
        <Gap gap={gap} />
      </td>
    </>
  );
}
