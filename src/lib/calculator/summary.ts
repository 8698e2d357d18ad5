/**
 * A Markdown summary of an assessment (both raters), for pasting into a review document or a ticket.
 * Every name and number comes from the model and the scoring; only the table headings are ours.
 */
import type { V1Assessment } from '../assessment/legacy/v1-assessment';
import type { CalculatorModel } from './model';
import { RATER_NAMES, RATER_ROLES } from '../assessment/raters';
import { assess, hasAnyInput, ratingsOf, type Assessment } from './results';

export { RATER_NAMES };

/** Escapes the characters that would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function levelCode(model: CalculatorModel, level: number | null | undefined): string {
  if (level === null || level === undefined) return '—';
  return model.levels[level - 1]?.code ?? String(level);
}

function overallLine(name: string, result: Assessment): string {
  const { overall } = result;
  if (overall.scoreText === undefined) {
    return `- **${name}:** not complete (${overall.rated} of ${overall.total} competencies rated)`;
  }
  const level = overall.level ? `${overall.level.code} ${overall.level.title}` : 'outside every level band';
  return `- **${name}:** score ${overall.scoreText} → ${level}`;
}

export interface SummaryOptions {
  /** Shown as "Date: …"; pass it in so the output is reproducible. */
  date?: string;
  /** Whose assessment it is, added to the title. */
  name?: string;
}

/** The whole assessment as Markdown. Raters with no input at all are left out. */
export function markdownSummary(
  model: CalculatorModel,
  state: Pick<V1Assessment, 'raters'>,
  options: SummaryOptions = {},
): string {
  const roles = RATER_ROLES.filter((role) => hasAnyInput(state.raters[role]));
  const results = new Map(roles.map((role) => [role, assess(model, state.raters[role])]));
  const lines: string[] = [`# ${model.track.name} assessment${options.name ? `: ${cell(options.name)}` : ''}`, ''];
  if (options.date) lines.push(`Date: ${options.date}`, '');
  if (roles.length === 0) {
    lines.push('Nothing rated yet.');
    return `${lines.join('\n')}\n`;
  }

  lines.push('## Overall', '');
  for (const role of roles) lines.push(overallLine(RATER_NAMES[role], results.get(role)!));
  lines.push('');

  // Targets of the level the first rater reached (or the first level while incomplete).
  const reference = results.get(roles[0]!)!.overall.level ?? model.levels[0]!;
  lines.push('## Competencies', '');
  const head = [
    'Competency',
    model.labels.weight,
    ...roles.map((role) => RATER_NAMES[role]),
    `${reference.code} target`,
  ];
  lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' :-: ')).join('|')}|`);
  for (const competency of model.competencies) {
    const levels = roles.map((role) => levelCode(model, results.get(role)!.levels[competency.id]));
    const target = levelCode(model, competency.targets[reference.rank - 1]);
    lines.push(`| ${[cell(competency.name), String(competency.weight), ...levels, target].join(' | ')} |`);
  }
  lines.push('');

  for (const role of roles) {
    const rater = state.raters[role];
    const result = results.get(role)!;
    lines.push(`## ${RATER_NAMES[role]}: how each level was reached`, '');
    model.competencies.forEach((competency, index) => {
      const outcome = result.competencies[index]!;
      const ratings = ratingsOf(competency, rater)
        .map((rating, i) => `${competency.dimensions[i]!.name} ${levelCode(model, rating)}`)
        .join(', ');
      const why =
        outcome.status === 'complete'
          ? `**${levelCode(model, outcome.level)}** (${outcome.explanation})`
          : `not rated yet (${outcome.rated} of ${outcome.needed} dimensions)`;
      lines.push(`- ${competency.name}: ${why}. ${ratings}.`);
      const observed = rater.antiSignals[competency.id] ?? [];
      for (const level of [...observed].sort((a, b) => a - b)) {
        lines.push(`  - Anti-signal (${levelCode(model, level)}) observed: ${competency.antiSignals[level - 1] ?? ''}`);
      }
    });
    if (rater.note?.trim()) lines.push('', `Note: ${rater.note.trim()}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
