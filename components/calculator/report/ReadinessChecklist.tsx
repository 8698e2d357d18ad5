/**
 * The promotion criteria of one step as a checklist: criteria with a machine check are evaluated from the
 * competency levels (with what falls short), the rest are checkboxes the rater ticks from evidence.
 */
import { useState } from 'react';
import type { RequirementResult } from '@lib/calculator/readiness';
import type { CalculatorModel, ModelPromotion } from '@lib/calculator/model';
import { readiness, type CriterionOutcome } from '@lib/calculator/promotion';
import { useModel } from '../context';

interface Props {
  levels: Record<string, number | null>;
  /** The step out of the rater's current level, if known. */
  suggested: ModelPromotion | undefined;
  idPrefix: string;
  /** Criteria this rater ticked as evidenced ("<step id>-<criterion id>"). */
  evidence: readonly string[];
  onEvidence: (key: string, ticked: boolean) => void;
}

function stepName(model: CalculatorModel, promotion: ModelPromotion): string {
  const code = (rank: number) => model.levels[rank - 1]?.code ?? String(rank);
  return `${code(promotion.from)} → ${code(promotion.to)}`;
}

function shortfallText(model: CalculatorModel, result: RequirementResult): string {
  const name = (id: string) => model.competencies.find((c) => c.id === id)?.shortName ?? id;
  const code = (rank: number) => model.levels[rank - 1]?.code ?? String(rank);
  const parts = result.shortfalls.map((s) => `${name(s.id)} is ${code(s.level)}`);
  if (result.unrated.length > 0) parts.push(`not rated yet: ${result.unrated.map(name).join(', ')}`);
  const needs = `needs ${code(result.requirement.atLeast)}${result.requirement.mode === 'any' ? ' in at least one' : ''}`;
  return `${needs}; ${parts.join('; ')}`;
}

function Criterion({
  outcome,
  id,
  ticked,
  onTick,
}: {
  outcome: CriterionOutcome;
  id: string;
  ticked: boolean;
  onTick: (value: boolean) => void;
}) {
  const model = useModel();
  const { criterion } = outcome;
  const text = (
    <>
      {criterion.subTrack && <span className="calc-tag">{criterion.subTrack}</span>} {criterion.text}
    </>
  );
  if (outcome.status === 'manual') {
    return (
      <li className="calc-check calc-check--manual">
        <input type="checkbox" id={id} checked={ticked} onChange={(event) => onTick(event.currentTarget.checked)} />
        <label htmlFor={id}>{text}</label>
      </li>
    );
  }
  if (outcome.status === 'not-rated') {
    const unrated = [...new Set(outcome.results.flatMap((result) => result.unrated))];
    const name = (competencyId: string) =>
      model.competencies.find((c) => c.id === competencyId)?.shortName ?? competencyId;
    return (
      <li className="calc-check calc-check--open">
        <span className="calc-check__mark" aria-hidden="true">
          ○
        </span>
        <span>
          <span className="calc-visually-hidden">Not rated yet: </span>
          {text}
          <span className="calc-check__why">Not rated yet: {unrated.map(name).join(', ')}</span>
        </span>
      </li>
    );
  }
  const met = outcome.status === 'met';
  return (
    <li className={`calc-check ${met ? 'calc-check--met' : 'calc-check--unmet'}`}>
      <span className="calc-check__mark" aria-hidden="true">
        {met ? '✓' : '✗'}
      </span>
      <span>
        <span className="calc-visually-hidden">{met ? 'Met: ' : 'Not met: '}</span>
        {text}
        {!met && (
          <span className="calc-check__why">
            {outcome.results
              .filter((result) => !result.met)
              .map((result) => shortfallText(model, result))
              .join('. ')}
          </span>
        )}
      </span>
    </li>
  );
}

export function ReadinessChecklist({ levels, suggested, idPrefix, evidence, onEvidence }: Props) {
  const model = useModel();
  const [chosen, setChosen] = useState<string>('');
  const promotion = model.promotions.find((p) => p.id === chosen) ?? suggested ?? model.promotions[0];
  if (!promotion) return null;
  const outcome = readiness(model, promotion, levels);
  const automatic = [...outcome.demonstrate, ...outcome.portfolio].filter((o) => o.status !== 'manual');
  const open = automatic.filter((o) => o.status === 'not-rated').length;
  const selectId = `${idPrefix}-promotion-step`;

  const list = (items: CriterionOutcome[]) => (
    <ul className="calc-checklist">
      {items.map((item) => {
        const key = `${promotion.id}-${item.criterion.id}`;
        return (
          <Criterion
            key={key}

            outcome={item}
            id={`${idPrefix}-${key}`}
            ticked={evidence.includes(key)}
            onTick={(value) => onEvidence(key, value)}
          />
        );
      })}
    </ul>
  );

  return (
    <section className="calc-section" aria-labelledby="calc-readiness-heading">
      <h2 id="calc-readiness-heading">Promotion readiness: {stepName(model, promotion)}</h2>
      <p className="calc-row">
        <label htmlFor={selectId}>Promotion step</label>
        <select id={selectId} value={promotion.id} onChange={(event) => setChosen(event.currentTarget.value)}>
          {model.promotions.map((p) => (
            <option key={p.id} value={p.id}>
              {stepName(model, p)}
              {p === suggested ? ' (next for this result)' : ''}
            </option>
          ))}
        </select>
        <span className="calc-muted">{promotion.summary}</span>
      </p>
      <p data-testid="readiness-summary">
        {automatic.filter((o) => o.status === 'met').length} of {automatic.length} level checks met
        {open > 0 ? `, ${open} not rated yet` : ''}; the other items need evidence and are yours to tick (ticks are kept
        with this rater’s ratings).
      </p>
      <h3>{model.labels.whatToDemonstrate}</h3>
      {list(outcome.demonstrate)}
      {outcome.portfolio.length > 0 && (
        <>
          <h3>{model.labels.portfolio}</h3>
          {list(outcome.portfolio)}
        </>
      )}
      {promotion.verification.length > 0 && (
        <>
          <h3>{model.labels.verificationPath}</h3>
          <ol className="calc-steps">
            {promotion.verification.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <p>
        <a href={promotion.href}>Read the {stepName(model, promotion)} promotion criteria</a>
      </p>
    </section>
  );
}
