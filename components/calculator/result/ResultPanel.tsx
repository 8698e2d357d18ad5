/**
 * The result, always in view: score (final or provisional), ladder level, how much is rated, and every
 * competency's level in one list next to the total, with the change since the last snapshot. On wide
 * screens it is a sticky column beside the form; on narrow ones a bar stuck to the bottom of the screen
 * whose list opens on demand. Its actions (share, export, …) come as children.
 */
import type { ReactNode } from 'react';
import type { ModelCompetency } from '@lib/calculator/model';
import type { Assessment } from '@lib/calculator/results';
import { LevelBadge } from '../LevelBadge';
import { LocalDate } from '../LocalDate';
import { Figures } from './Figures';
import { useModel } from '../context';

interface Props {
  competencies: readonly ModelCompetency[];
  assessment: Assessment;
  /** "Alex · Manager": whose result this is. */
  whose: string;
  /** Per competency: level now minus level at the baseline snapshot (ISO date); absent without snapshots. */
  change?: { since: string; by: Record<string, number | null> };
  /** Share and export buttons, always in the bar. */
  actions: ReactNode;
  /** What just happened (with Undo), shown in the bar so it is in view wherever the person is. */
  messages: ReactNode;
  /** Shown under the list (the share link field). */
  children?: ReactNode;
  /** Opens the list (narrow screens), e.g. after a share link was made. */
  expanded: boolean;
  onExpand: (expanded: boolean) => void;
}

export function ResultPanel({ competencies, assessment, whose, change, actions, messages, children, ...props }: Props) {
  const model = useModel();
  const { overall } = assessment;
  const listId = `calc-result-list-${model.track.id}`;
  const unrated = overall.total - overall.rated;
  return (
    <section className="calc-result" aria-labelledby="calc-result-heading" data-expanded={props.expanded}>
      <div className="calc-result__bar">
        <h2 id="calc-result-heading" className="calc-result__heading">
          Result <span className="calc-result__whose">· {whose}</span>
        </h2>
        <Figures overall={overall} />
        <button
          type="button"
          className="calc-button calc-result__toggle"
          aria-expanded={props.expanded}
          aria-controls={listId}
          onClick={() => props.onExpand(!props.expanded)}
        >
          {props.expanded ? 'Hide levels' : 'Levels'}
        </button>
        <div className="calc-result__actions">{actions}</div>
        {messages}
      </div>
      <div className="calc-result__more" id={listId}>
        <p className="calc-result__status" data-testid="result-status">
          {overall.scoreText !== undefined
            ? `Final: all ${overall.total} competencies rated.`
            : overall.provisional
              ? `Provisional: ${overall.rated} of ${overall.total} competencies rated. The score is the weighted average of the rated ones; the ${unrated} unrated ${unrated === 1 ? 'one is' : 'ones are'} left out until rated.`
              : `Not rated yet. A competency’s level appears once its dimensions are rated, and a provisional score with it.`}
        </p>
        {change && (
          <p className="calc-result__since">
            Change since the snapshot of <LocalDate iso={change.since} />
          </p>
        )}
        <ul className="calc-levels" data-testid="competency-levels">
          {competencies.map((competency) => {
            const level = assessment.levels[competency.id] ?? null;
            const delta = change?.by[competency.id];
            return (
              <li key={competency.id} data-competency={competency.id}>
                <span className="calc-levels__name">{competency.shortName}</span>
                {level === null ? (
                  <span className="calc-muted calc-levels__none">{progressOf(assessment, competency.id)}</span>
                ) : (
                  <LevelBadge level={level} />
                )}
                {delta !== undefined && delta !== null && delta !== 0 && (
                  <span className={`calc-change calc-change--${delta > 0 ? 'up' : 'down'}`}>
                    {delta > 0 ? `+${delta}` : `−${-delta}`}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {children}
      </div>
    </section>
  );
}

/** "not rated yet", or "2 of 5 rated" once some of a competency's dimensions are rated. */
function progressOf(assessment: Assessment, id: string): string {
  const outcome = assessment.competencies.find((c) => c.id === id);
  return outcome?.status === 'incomplete' && outcome.rated > 0
    ? `${outcome.rated} of ${outcome.needed} rated`
    : 'not rated yet';
}
