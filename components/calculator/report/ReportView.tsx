/**
 * The "Results" view: everything the rating produced for the person and rater on screen — the score and
 * how it was computed, the history of snapshots, the chart against the target profile, the gaps, the
 * promotion checklist and the two raters side by side. Loaded when first opened.
 */
import { useEffect } from 'react';
import type { RaterRole } from '@lib/assessment/raters';
import { setEvidence } from '@lib/calculator/edit';
import type { ModelCompetency, ModelLevel } from '@lib/calculator/model';
import type { Person } from '@lib/assessment/people-format';
import { promotionFrom } from '@lib/calculator/promotion';
import { standingLevel, type Assessment } from '@lib/calculator/results';
import { RATER_NAMES } from '@lib/assessment/raters';
import { Comparison } from './Comparison';
import { GapTable } from './GapTable';
import { History } from './History';
import { RadarChart, type RadarSeries } from './RadarChart';
import { ReadinessChecklist } from './ReadinessChecklist';
import { ScoreCard } from './ScoreCard';
import { useDispatch, useModel } from '../context';

interface Props {
  competencies: readonly ModelCompetency[];
  person: Person;
  role: RaterRole;
  results: Record<RaterRole, Assessment>;
  /** The level aimed at, when chosen (the person's target or the embed's ?level=). */
  target: ModelLevel | undefined;
  /** False when people are not kept (the embed without storage): no history then. */
  withHistory: boolean;
  onPrint: () => void;
  /** Print as soon as the report is on screen ("Print sheet" from the Rate view). */
  printNow: boolean;
  onPrinted: () => void;
}

export default function ReportView({ competencies, person, role, results, target, ...props }: Props) {
  const model = useModel();
  const dispatch = useDispatch();
  const active = results[role];
  const otherRole: RaterRole = role === 'self' ? 'manager' : 'self';
  const current = standingLevel(active.overall);
  const aim = target ?? (current ? model.levels[current.rank] : undefined);
  const partial = competencies.length < model.competencies.length;
  const view = partial ? { ...model, competencies: [...competencies] } : model;
  const values = (levels: Record<string, number | null>) => competencies.map((c) => levels[c.id] ?? null);

  const series: RadarSeries[] = [{ name: RATER_NAMES[role], values: values(active.levels), variant: 'primary' }];
  if (results[otherRole].overall.rated > 0) {
    series.push({ name: RATER_NAMES[otherRole], values: values(results[otherRole].levels), variant: 'secondary' });
  }
  const profile = aim ?? current ?? model.levels[Math.min(2, model.levels.length - 1)];
  if (profile) {
    series.push({
      name: `${profile.code} target`,
      values: competencies.map((c) => c.targets[profile.rank - 1] ?? null),
      variant: 'target',
    });
  }
  const { printNow, onPrint, onPrinted } = props;
  useEffect(() => {
    if (!printNow) return;
    onPrinted();
    onPrint();
  }, [printNow, onPrint, onPrinted]);
  const whose = `${props.withHistory ? `${person.name} · ` : ''}${RATER_NAMES[role]}`;

  return (
    <div className="calc-report">
      <p className="calc-actions calc-report__print">
        <button type="button" className="calc-button" onClick={props.onPrint}>
          Print sheet
        </button>
      </p>
      <div className="calc-report__summary">
        <ScoreCard overall={active.overall} whose={whose} />
        {props.withHistory && <History competencies={competencies} person={person} role={role} now={active} />}
      </div>
      {/* A radar needs at least three axes. */}
      {competencies.length >= 3 && (
        <section className="calc-section calc-report__chart" aria-label="Chart">
          <RadarChart
            model={view}
            series={series}
            caption={`Competency levels of the ${RATER_NAMES[role].toLowerCase()} against the target profile`}
          />
        </section>
      )}
      <GapTable competencies={competencies} levels={active.levels} current={current} target={aim} />
      {/* Promotion criteria span the whole track; a partial view cannot judge them. */}
      {!partial && (
        <ReadinessChecklist
          key={role}

          levels={active.levels}
          suggested={
            target
              ? model.promotions.find((promotion) => promotion.to === target.rank)
              : current
                ? promotionFrom(model, current.rank)
                : undefined
          }
          idPrefix={`calc-${role}`}
          evidence={person.raters[role].evidence ?? []}
          onEvidence={(key, ticked) => dispatch({ type: 'edit', change: (p) => setEvidence(p, role, key, ticked) })}
        />
      )}
      <Comparison competencies={competencies} raters={person.raters} self={results.self} manager={results.manager} />
    </div>
  );
}
