/**
 * Export, import and the Markdown summary: loaded only when the person uses one of them (a dynamic
 * import from the calculator), so the page's first download stays small. All of it stays in the browser.
 */
import type { KnownIds } from '@lib/assessment/raters';
import type { CalculatorModel } from '@lib/calculator/model';
import { newPerson } from '@lib/calculator/people';
import type { People, Person } from '@lib/assessment/people-format';
import { parseImport, personExport } from '@lib/assessment/people-files';
import { stampedPeople, stampedPerson } from '@lib/calculator/ladder-stamp';
import { formatDate } from '@lib/calculator/dates';
import { markdownSummary } from '@lib/calculator/summary';
import { copyText, downloadText, today } from '@lib/calculator/download-and-copy';
import type { Incoming } from '@lib/calculator/state/types';

/** A file-name-safe form of a name ("Zoë Li" → "zoe-li"). */
function slug(name: string): string {
  const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return (
    plain
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'person'
  );
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function exportPerson(model: CalculatorModel, person: Person): void {
  const name = `${model.track.id}-${slug(person.name)}-${today()}.json`;
  downloadText(name, json(personExport(model.track.id, stampedPerson(model, person))), 'application/json');
}

export function exportEveryone(model: CalculatorModel, people: People): void {
  downloadText(`${model.track.id}-people-${today()}.json`, json(stampedPeople(model, people)), 'application/json');
}

function summary(model: CalculatorModel, person: Person): string {
  // Shown to people, so in the one date format of the calculator; file names keep YYYY-MM-DD.
  return markdownSummary(model, person, { date: formatDate(new Date().toISOString()), name: person.name });
}

export function downloadMarkdown(model: CalculatorModel, person: Person): void {
  downloadText(`${model.track.id}-${slug(person.name)}-${today()}.md`, summary(model, person), 'text/markdown');
}

export async function copyMarkdown(model: CalculatorModel, person: Person): Promise<boolean> {
  return copyText(summary(model, person));
}

/** Reads a chosen file as something to import, or says why it cannot be. */
export async function readImport(file: File, known: KnownIds): Promise<Incoming | string> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return `Could not read “${file.name}”.`;
  }
  const parsed = parseImport(text, known);
  if (!parsed.ok) return `“${file.name}” was not imported: ${parsed.reason}.`;
  const from = parsed.kind === 'people' ? parsed.people.find((one) => one.carried)?.carried?.from : undefined;
  // Made under an older ladder: carried forward (people-format.ts), and the question says from which version.
  const label = from ? `“${file.name}” (made under ladder version ${from})` : `“${file.name}”`;
  if (parsed.kind === 'assessment') {
    const name = file.name.replace(/\.json$/i, '');
    return { source: 'file', label, person: newPerson(name, parsed.raters), more: [] };
  }
  // Fresh ids: the file may come from this very browser, whose people still exist.
  const [first, ...more] = parsed.people.map((person) => ({ ...person, id: newPerson('').id }));
  if (!first) return `“${file.name}” holds nobody to import.`;
  return { source: 'file', label, person: first, more };
}
