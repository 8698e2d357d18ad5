/**
 * Per competency: the level reached and the gap to the target profile of the level reached and of the
 * target level. One cell per target ("L4 · 1 below"), so the table fits a 320 px screen without scrolling.
 */
import type { ModelCompetency, ModelLevel } from '@lib/calculator/model';
import { gapsTo } from '@lib/calculator/promotion';
import { LevelBadge } from '../LevelBadge';
import { useModel } from '../context';

interface Props {
  competencies: readonly ModelCompetency[];
  levels: Record<string, number | null>;
  /** The level the result stands at (final or provisional). */
  current: ModelLevel | undefined;
  /** The level aimed at: the person's target, else the one above the current. */
  target: ModelLevel | undefined;
}

function Gap({ gap }: { gap: number | null }) {
  if (gap === null) return <span className="calc-muted">not rated yet</span>;
  if (gap <= 0) return <span className="calc-gap calc-gap--met">met{gap < 0 ? ` (+${-gap})` : ''}</span>;
  return <span className="calc-gap calc-gap--short">{gap} below</span>;
}

export function GapTable({ competencies, levels, current, target }: Props) {
  const model = useModel();
  const references = [current, target].filter(
    (level, index, all): level is ModelLevel => level !== undefined && all.indexOf(level) === index,
  );
  const rows = references.map((level) => gapsTo(model, levels, level.rank));
  const anyRated = competencies.some((competency) => levels[competency.id] != null);
  return (
    <section className="calc-section" aria-labelledby="calc-gaps-heading">
      <h2 id="calc-gaps-heading">Gap to target profiles</h2>
      {!anyRated ? (
        <p className="calc-muted">Not rated yet. Each competency’s gap to a level’s target shows once it is rated.</p>
      ) : (
        <table className="calc-table calc-gaps">
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Level</th>
              {references.map((level) => (
                <th key={level.rank} scope="col">
                  {level.code} target {level === current ? '(now)' : '(aim)'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {competencies.map((competency) => {
              const index = model.competencies.indexOf(competency);
              return (
                <tr key={competency.id}>
                  <th scope="row">{competency.shortName}</th>
                  <td>
                    <LevelBadge level={levels[competency.id] ?? null} />
                  </td>
                  {rows.map((row, r) => (
                    <td key={references[r]!.rank}>
                      <LevelBadge level={row[index]!.target} /> <Gap gap={row[index]!.gap} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
